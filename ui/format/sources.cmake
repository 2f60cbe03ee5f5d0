target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/tabularfont.cpp ${CMAKE_CURRENT_LIST_DIR}/tabularfont.h
  ${CMAKE_CURRENT_LIST_DIR}/units.cpp ${CMAKE_CURRENT_LIST_DIR}/units.h
)
