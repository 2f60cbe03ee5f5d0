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

# The spawner's other architecture, aarch64, must build too (Debian's cross g++): the spawner
# itself, freestanding and static as launcher/CMakeLists.txt links it, and the static_asserts of
# spawner_kernel_check.cpp against aarch64's system headers.
find_program(FC_AARCH64_CXX aarch64-linux-gnu-g++)
if(FC_AARCH64_CXX)
  set(fc_spawner_flags -std=c++20 -O2 -Wall -Wextra -Wpedantic -Werror -ffreestanding -fno-builtin
    -fno-exceptions -fno-rtti -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables
    -fno-pie)
  add_test(NAME tst_spawner_aarch64_build
    COMMAND ${FC_AARCH64_CXX} ${fc_spawner_flags} -nostdlib -static -no-pie -Wl,--build-id=none
      ${PROJECT_SOURCE_DIR}/launcher/spawner_linux.cpp
      -o ${CMAKE_CURRENT_BINARY_DIR}/fastercodes-spawner-aarch64)
  add_test(NAME tst_spawner_aarch64_abi
    COMMAND ${FC_AARCH64_CXX} -std=c++20 -Wall -Wextra -Wpedantic -Werror -fsyntax-only
      ${PROJECT_SOURCE_DIR}/launcher/spawner_kernel_check.cpp)
else()
  foreach(t tst_spawner_aarch64_build tst_spawner_aarch64_abi)
    add_test(NAME ${t} COMMAND ${CMAKE_COMMAND} -E echo
      "SKIPPED: aarch64-linux-gnu-g++ not found (Debian: g++-aarch64-linux-gnu); the aarch64 spawner was not compile-checked")
    set_tests_properties(${t} PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED:")
  endforeach()
endif()
set_tests_properties(tst_spawner_aarch64_build tst_spawner_aarch64_abi PROPERTIES LABELS core TIMEOUT 300)
fc_add_test(tst_launchersession LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_launchersession.cpp LIBS fastercodes-core TIMEOUT 180)
add_dependencies(tst_launchersession fastercodes-launcher fc-workloads)
fc_add_test(tst_launchersession_ends LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_launchersession_ends.cpp LIBS fastercodes-core TIMEOUT 180)
add_dependencies(tst_launchersession_ends fastercodes-launcher fc-workloads)
fc_add_test(tst_spawner LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_spawner.cpp LIBS fastercodes-core TIMEOUT 120)
add_dependencies(tst_spawner fastercodes-launcher fc-workloads)
fc_add_test(tst_capture LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_capture.cpp LIBS fastercodes-core TIMEOUT 120)
add_dependencies(tst_capture fastercodes-launcher fc-workloads)
