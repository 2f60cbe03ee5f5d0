target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/languagecatalog.cpp ${CMAKE_CURRENT_LIST_DIR}/languagecatalog.h
)
