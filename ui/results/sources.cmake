target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/environmentview.cpp ${CMAKE_CURRENT_LIST_DIR}/environmentview.h
  ${CMAKE_CURRENT_LIST_DIR}/resultsview.cpp ${CMAKE_CURRENT_LIST_DIR}/resultsview.h
  ${CMAKE_CURRENT_LIST_DIR}/verdictbanner.cpp ${CMAKE_CURRENT_LIST_DIR}/verdictbanner.h
)
