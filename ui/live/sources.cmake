target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/livecharts.cpp ${CMAKE_CURRENT_LIST_DIR}/livecharts.h
  ${CMAKE_CURRENT_LIST_DIR}/runtraces.cpp ${CMAKE_CURRENT_LIST_DIR}/runtraces.h
)
