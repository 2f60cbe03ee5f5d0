# History, sharing and permalinks in the window (ui/history).
fc_add_test(tst_history_view LABEL ui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_history_view.cpp LIBS fastercodes-ui TIMEOUT 120)
target_include_directories(tst_history_view PRIVATE ${PROJECT_SOURCE_DIR}/tests/core)
# "Run it here" runs real code: the measuring launcher must be next to the test.
add_dependencies(tst_history_view fastercodes-launcher)
# Consent before someone else's code runs: restarts, duplicates, files of unknown origin.
fc_add_test(tst_consent LABEL ui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_consent.cpp LIBS fastercodes-ui TIMEOUT 120)
target_include_directories(tst_consent PRIVATE ${PROJECT_SOURCE_DIR}/tests/core)
