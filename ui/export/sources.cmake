target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/chartexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/chartexporter.h
)
