fc_add_test(tst_cloud_permalink LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cloud_permalink.cpp LIBS fastercodes-core TIMEOUT 60)
fc_add_test(tst_cloud_client LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cloud_client.cpp LIBS fastercodes-core TIMEOUT 60)
fc_add_test(tst_cloud_sync LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cloud_sync.cpp LIBS fastercodes-core TIMEOUT 60)
