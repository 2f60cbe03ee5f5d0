# Compiled into fastercodes-ui as :/icons/*.svg and :/examples/... (included from ui/CMakeLists.txt).
set(_fc_resources_dir ${CMAKE_CURRENT_LIST_DIR})
file(GLOB _fc_icon_files CONFIGURE_DEPENDS ${_fc_resources_dir}/icons/*.svg)
file(GLOB_RECURSE _fc_example_files CONFIGURE_DEPENDS ${_fc_resources_dir}/examples/*)
qt_add_resources(fastercodes-ui "fastercodes-resources"
  PREFIX "/"
  BASE ${_fc_resources_dir}
  FILES ${_fc_icon_files} ${_fc_example_files})

# Desktop integration for installs on Linux.
if(UNIX AND NOT APPLE)
  include(GNUInstallDirs)
  install(FILES ${_fc_resources_dir}/codes.faster.fastercodes.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${_fc_resources_dir}/codes.faster.fastercodes.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${_fc_resources_dir}/icons/fastercodes.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME codes.faster.fastercodes.svg)
endif()
