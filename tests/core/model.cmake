fc_add_test(tst_comparisonjson LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_comparisonjson.cpp LIBS fastercodes-core)
fc_add_test(tst_health LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_health.cpp LIBS fastercodes-core)
