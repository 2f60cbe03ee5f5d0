# History, sharing and permalinks in the window (ui/history): two suites with their own include
# paths. "Run it here" runs real code, and Share Live runs a comparison: the measuring launcher
# must be next to them.
foreach(suite tst_history_view tst_sharing)
  fc_add_test(${suite} LABEL ui
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/${suite}.cpp ${CMAKE_CURRENT_LIST_DIR}/historytestutil.h
    LIBS fastercodes-ui TIMEOUT 120)
  target_include_directories(${suite} PRIVATE ${PROJECT_SOURCE_DIR}/tests/core)
  add_dependencies(${suite} fastercodes-launcher)
endforeach()
# Consent before someone else's code runs: restarts, duplicates, files of unknown origin.
fc_add_test(tst_consent LABEL ui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_consent.cpp LIBS fastercodes-ui TIMEOUT 120)
target_include_directories(tst_consent PRIVATE ${PROJECT_SOURCE_DIR}/tests/core)
