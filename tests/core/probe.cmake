# The measuring launcher and core/probe.
fc_add_test(tst_launcherprotocol LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_launcherprotocol.cpp LIBS fastercodes-core TIMEOUT 60)
fc_add_test(tst_launcher LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_launcher.cpp LIBS fastercodes-core TIMEOUT 180)
add_dependencies(tst_launcher fastercodes-launcher fc-workloads)

# The Windows probe cannot run here, but it must compile: with Debian's MinGW-w64 cross compiler,
# warnings as errors, into a real .exe.
include(${PROJECT_SOURCE_DIR}/launcher/sources.cmake)
find_program(FC_MINGW_CXX x86_64-w64-mingw32-g++-posix)
if(FC_MINGW_CXX)
  list(TRANSFORM FCL_WINDOWS_LIBS PREPEND -l OUTPUT_VARIABLE fc_mingw_libs)
  add_test(NAME tst_launcher_windows_build
    COMMAND ${FC_MINGW_CXX} -std=c++20 -O1 -Wall -Wextra -Wpedantic -Werror
      "-DFASTERCODES_VERSION=\"${PROJECT_VERSION}\""
      ${FCL_COMMON_SOURCES} ${FCL_WINDOWS_SOURCES}
      -static -o ${CMAKE_CURRENT_BINARY_DIR}/fastercodes-launcher-mingw.exe ${fc_mingw_libs})
else()
  add_test(NAME tst_launcher_windows_build
    COMMAND ${CMAKE_COMMAND} -E echo
      "SKIPPED: x86_64-w64-mingw32-g++-posix not found (Debian: g++-mingw-w64-x86-64-posix); the Windows launcher was not compile-checked")
  set_tests_properties(tst_launcher_windows_build PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED:")
endif()
set_tests_properties(tst_launcher_windows_build PROPERTIES LABELS core TIMEOUT 300)
fc_add_test(tst_launchersession LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_launchersession.cpp LIBS fastercodes-core TIMEOUT 180)
add_dependencies(tst_launchersession fastercodes-launcher fc-workloads)
fc_add_test(tst_spawner LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_spawner.cpp LIBS fastercodes-core TIMEOUT 120)
add_dependencies(tst_spawner fastercodes-launcher fc-workloads)
