# Compiled into fastercodes-ui as :/icons/*.svg and :/examples/... (included from ui/CMakeLists.txt).
set(_fc_resources_dir ${CMAKE_CURRENT_LIST_DIR})
file(GLOB _fc_icon_files CONFIGURE_DEPENDS ${_fc_resources_dir}/icons/*.svg)
file(GLOB_RECURSE _fc_example_files CONFIGURE_DEPENDS ${_fc_resources_dir}/examples/*)
qt_add_resources(fastercodes-ui "fastercodes-resources"
  PREFIX "/"
  BASE ${_fc_resources_dir}
  FILES ${_fc_icon_files} ${_fc_example_files})
# Installed with the app by packaging/CMakeLists.txt (desktop file, metainfo, icons).
