fastercodes_add_classes(fastercodes-core
  commandline
  installhints
  language
  languageerror
  languageparser
  languageregistry
  packagemanager
  placeholders
  platform
  toolchaindetector
  toolchainstatus
  versioncache
  versionprobe
  HEADERS commandcontext)

# The built-in recipes, compiled in as :/languages/<id>.json. A new file in toolchains/languages
# is picked up at the next configure.
set(_fc_languages_dir ${PROJECT_SOURCE_DIR}/toolchains/languages)
file(GLOB _fc_language_files CONFIGURE_DEPENDS ${_fc_languages_dir}/*.json)
qt_add_resources(fastercodes-core "languages"
  PREFIX "/languages"
  BASE ${_fc_languages_dir}
  FILES ${_fc_language_files})
