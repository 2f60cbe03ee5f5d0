target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/chartexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/chartexporter.h
  ${CMAKE_CURRENT_LIST_DIR}/comparisonexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/comparisonexporter.h
)
