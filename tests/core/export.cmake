# core/export: numbers, units, export formats and the atomic file write, in-process.
fc_add_test(tst_export_format LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_export_format.cpp LIBS fastercodes-core)
