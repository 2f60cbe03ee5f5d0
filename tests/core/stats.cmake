# core/stats: statistics of a comparison, checked against reference values from numpy/scipy
# (tests/core/data/stats/reference.py prints every literal the suites carry).
fc_add_test(tst_stats_summary LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stats_summary.cpp LIBS fastercodes-core)
fc_add_test(tst_stats_compare LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stats_compare.cpp LIBS fastercodes-core)
fc_add_test(tst_stats_verdict LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stats_verdict.cpp LIBS fastercodes-core)
fc_add_test(tst_stats_adaptive LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stats_adaptive.cpp LIBS fastercodes-core)
