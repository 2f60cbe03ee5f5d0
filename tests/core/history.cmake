fc_add_test(tst_history LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_history.cpp LIBS fastercodes-core TIMEOUT 60)
fc_add_test(tst_history_database LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_history_database.cpp LIBS fastercodes-core TIMEOUT 60)
fc_add_test(tst_history_queue LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_history_queue.cpp LIBS fastercodes-core TIMEOUT 60)
