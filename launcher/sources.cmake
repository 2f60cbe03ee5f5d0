# The launcher's sources per platform; also read by tests/core/probe.cmake, which compiles the
# Windows set with MinGW as a check.
set(FCL_COMMON_SOURCES main.cpp options.cpp protocol.cpp session.cpp outputsink.cpp)
set(FCL_POSIX_SOURCES posix_util.cpp posix_run.cpp)
# A run (linux_run), the creation of its program (linux_launch: through the spawner, or
# linux_fork; both take the steps of child_steps.h), its watch loop (linux_watch).
set(FCL_LINUX_SOURCES ${FCL_POSIX_SOURCES} probe_linux.cpp linux_run.cpp linux_launch.cpp
  linux_fork.cpp child_steps.h linux_watch.cpp linux_spawner.cpp linux_cgroup.cpp
  linux_cgroupfiles.cpp linux_proctree.cpp linux_sampler.cpp)
set(FCL_MACOS_SOURCES ${FCL_POSIX_SOURCES} probe_oneshot.cpp probe_macos.cpp)
set(FCL_WINDOWS_SOURCES probe_oneshot.cpp windows_util.cpp probe_windows.cpp)
foreach(set COMMON POSIX LINUX MACOS WINDOWS)
  list(TRANSFORM FCL_${set}_SOURCES PREPEND ${CMAKE_CURRENT_LIST_DIR}/)
endforeach()
set(FCL_WINDOWS_LIBS psapi)
