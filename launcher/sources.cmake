# The launcher's sources per platform; also read by tests/core/probe.cmake, which compiles the
# Windows set with MinGW as a check.
set(FCL_COMMON_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/main.cpp
  ${CMAKE_CURRENT_LIST_DIR}/options.cpp
  ${CMAKE_CURRENT_LIST_DIR}/protocol.cpp
  ${CMAKE_CURRENT_LIST_DIR}/session.cpp
  ${CMAKE_CURRENT_LIST_DIR}/outputsink.cpp)
set(FCL_LINUX_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/posix_util.cpp
  ${CMAKE_CURRENT_LIST_DIR}/linux_cgroup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/linux_cgroupfiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/linux_proctree.cpp
  ${CMAKE_CURRENT_LIST_DIR}/linux_sampler.cpp
  ${CMAKE_CURRENT_LIST_DIR}/linux_spawner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/probe_linux.cpp)
set(FCL_MACOS_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/posix_util.cpp
  ${CMAKE_CURRENT_LIST_DIR}/probe_macos.cpp)
set(FCL_WINDOWS_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/probe_windows.cpp)
set(FCL_WINDOWS_LIBS psapi)
