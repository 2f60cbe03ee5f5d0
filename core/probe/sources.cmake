fastercodes_add_classes(fastercodes-core
  launcherprotocol
  launcherexit
  launcherlocation
  measuredprocess
  launchersession
  HEADERS proberesult)
# MeasuredProcess runs the launcher: whatever links the core gets it built next to it.
add_dependencies(fastercodes-core fastercodes-launcher)
# Where an install puts the launcher, relative to the app's bin directory (libexec/fastercodes on
# Linux): the app finds it there when it is not beside the app (the build tree, Windows, macOS).
file(RELATIVE_PATH _fc_libexec_from_bin ${CMAKE_INSTALL_FULL_BINDIR}
  ${CMAKE_INSTALL_FULL_LIBEXECDIR}/fastercodes)
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/launcherlocation.cpp PROPERTIES
  COMPILE_DEFINITIONS "FASTERCODES_LIBEXEC_FROM_BIN=\"${_fc_libexec_from_bin}\"")
# The requests quote their words, and the records are unquoted, as the launcher does, with its
# own plain C++ header (launcher/quoting.h): only these two files see the launcher's folder.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/launchersession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/launcherprotocol.cpp PROPERTIES
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR})
