# fastercodes_add_classes(TARGET NAME... [HEADERS NAME...] [SOURCES NAME...])
#
# Adds classes to TARGET from the folder of the list file that calls it: each NAME is a pair,
# NAME.cpp and NAME.h; after HEADERS a header alone (NAME.h), after SOURCES a source alone
# (NAME.cpp). One list per folder names its classes, not their files twice over.
function(fastercodes_add_classes target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "HEADERS;SOURCES")
  # Inside a function this is still the caller's folder (CMAKE_CURRENT_FUNCTION_LIST_DIR is ours).
  set(dir ${CMAKE_CURRENT_LIST_DIR})
  set(files)
  foreach(name IN LISTS arg_UNPARSED_ARGUMENTS)
    list(APPEND files ${dir}/${name}.cpp ${dir}/${name}.h)
  endforeach()
  foreach(name IN LISTS arg_HEADERS)
    list(APPEND files ${dir}/${name}.h)
  endforeach()
  foreach(name IN LISTS arg_SOURCES)
    list(APPEND files ${dir}/${name}.cpp)
  endforeach()
  target_sources(${target} PRIVATE ${files})
endfunction()
