# fastercodes-commands: the command line's subcommands (compare, languages, history, share, sync,
# fetch) and what they share (Command, Console), a library of its own so that tests run them
# in-process. Core only: the command line needs no widgets.
add_library(fastercodes-commands STATIC
  ${CMAKE_CURRENT_LIST_DIR}/command.cpp ${CMAKE_CURRENT_LIST_DIR}/command.h
  ${CMAKE_CURRENT_LIST_DIR}/commands.h
  ${CMAKE_CURRENT_LIST_DIR}/comparecommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compareoptions.cpp ${CMAKE_CURRENT_LIST_DIR}/compareoptions.h
  ${CMAKE_CURRENT_LIST_DIR}/console.cpp ${CMAKE_CURRENT_LIST_DIR}/console.h
  ${CMAKE_CURRENT_LIST_DIR}/fetchcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/historycommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/languagescommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sharecommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/synccommand.cpp
)
# Included as "cli/command.h".
target_include_directories(fastercodes-commands PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(fastercodes-commands PUBLIC fastercodes-core)
