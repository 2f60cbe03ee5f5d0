target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/example.cpp ${CMAKE_CURRENT_LIST_DIR}/example.h
  ${CMAKE_CURRENT_LIST_DIR}/examplesdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/examplesdialog.h
)
