target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/failuretext.cpp ${CMAKE_CURRENT_LIST_DIR}/failuretext.h
  ${CMAKE_CURRENT_LIST_DIR}/outputview.cpp ${CMAKE_CURRENT_LIST_DIR}/outputview.h
)
