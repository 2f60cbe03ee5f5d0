fc_add_test(tst_runner LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_runner.cpp LIBS fastercodes-core TIMEOUT 600)
fc_add_test(tst_diagnostics LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_diagnostics.cpp LIBS fastercodes-core)
fc_add_test(tst_conditionsampler LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_conditionsampler.cpp LIBS fastercodes-core)
