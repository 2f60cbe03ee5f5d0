# Language recipes and toolchain detection (core/toolchains, toolchains/languages).
fc_add_test(tst_toolchain_language LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_toolchain_language.cpp
  LIBS fastercodes-core TIMEOUT 60)
fc_add_test(tst_toolchain_registry LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_toolchain_registry.cpp
  LIBS fastercodes-core KF6::SyntaxHighlighting TIMEOUT 60)
fc_add_test(tst_toolchain_detector LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_toolchain_detector.cpp
  LIBS fastercodes-core TIMEOUT 180)
fc_add_test(tst_toolchain_run LABEL core
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_toolchain_run.cpp
  LIBS fastercodes-core TIMEOUT 300)
