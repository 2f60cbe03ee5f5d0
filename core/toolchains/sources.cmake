target_sources(fastercodes-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/commandcontext.h
  ${CMAKE_CURRENT_LIST_DIR}/commandline.cpp ${CMAKE_CURRENT_LIST_DIR}/commandline.h
  ${CMAKE_CURRENT_LIST_DIR}/installhints.cpp ${CMAKE_CURRENT_LIST_DIR}/installhints.h
  ${CMAKE_CURRENT_LIST_DIR}/language.cpp ${CMAKE_CURRENT_LIST_DIR}/language.h
  ${CMAKE_CURRENT_LIST_DIR}/languageerror.cpp ${CMAKE_CURRENT_LIST_DIR}/languageerror.h
  ${CMAKE_CURRENT_LIST_DIR}/languageparser.cpp ${CMAKE_CURRENT_LIST_DIR}/languageparser.h
  ${CMAKE_CURRENT_LIST_DIR}/languageregistry.cpp ${CMAKE_CURRENT_LIST_DIR}/languageregistry.h
  ${CMAKE_CURRENT_LIST_DIR}/packagemanager.cpp ${CMAKE_CURRENT_LIST_DIR}/packagemanager.h
  ${CMAKE_CURRENT_LIST_DIR}/placeholders.cpp ${CMAKE_CURRENT_LIST_DIR}/placeholders.h
  ${CMAKE_CURRENT_LIST_DIR}/platform.cpp ${CMAKE_CURRENT_LIST_DIR}/platform.h
  ${CMAKE_CURRENT_LIST_DIR}/toolchaindetector.cpp ${CMAKE_CURRENT_LIST_DIR}/toolchaindetector.h
  ${CMAKE_CURRENT_LIST_DIR}/toolchainstatus.cpp ${CMAKE_CURRENT_LIST_DIR}/toolchainstatus.h
  ${CMAKE_CURRENT_LIST_DIR}/versioncache.cpp ${CMAKE_CURRENT_LIST_DIR}/versioncache.h
  ${CMAKE_CURRENT_LIST_DIR}/versionprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/versionprobe.h
)

# The built-in recipes, compiled in as :/languages/<id>.json. A new file in toolchains/languages
# is picked up at the next configure.
set(_fc_languages_dir ${PROJECT_SOURCE_DIR}/toolchains/languages)
file(GLOB _fc_language_files CONFIGURE_DEPENDS ${_fc_languages_dir}/*.json)
qt_add_resources(fastercodes-core "languages"
  PREFIX "/languages"
  BASE ${_fc_languages_dir}
  FILES ${_fc_language_files})
