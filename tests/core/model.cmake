fc_add_test(tst_comparisonjson LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_comparisonjson.cpp LIBS fastercodes-core)
