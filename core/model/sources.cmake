target_sources(fastercodes-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/analysis.cpp ${CMAKE_CURRENT_LIST_DIR}/analysis.h
  ${CMAKE_CURRENT_LIST_DIR}/comparison.cpp ${CMAKE_CURRENT_LIST_DIR}/comparison.h
  ${CMAKE_CURRENT_LIST_DIR}/comparisonjson.cpp ${CMAKE_CURRENT_LIST_DIR}/comparisonjson.h
  ${CMAKE_CURRENT_LIST_DIR}/environment.cpp ${CMAKE_CURRENT_LIST_DIR}/environment.h
  ${CMAKE_CURRENT_LIST_DIR}/health.cpp ${CMAKE_CURRENT_LIST_DIR}/health.h
  ${CMAKE_CURRENT_LIST_DIR}/jsonreader.cpp ${CMAKE_CURRENT_LIST_DIR}/jsonreader.h
  ${CMAKE_CURRENT_LIST_DIR}/measurementconditions.h
  ${CMAKE_CURRENT_LIST_DIR}/originalformat.cpp ${CMAKE_CURRENT_LIST_DIR}/originalformat.h
  ${CMAKE_CURRENT_LIST_DIR}/runplan.h
  ${CMAKE_CURRENT_LIST_DIR}/side.cpp ${CMAKE_CURRENT_LIST_DIR}/side.h
)
