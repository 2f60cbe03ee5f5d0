target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/analysisjob.cpp ${CMAKE_CURRENT_LIST_DIR}/analysisjob.h
  ${CMAKE_CURRENT_LIST_DIR}/progresstext.cpp ${CMAKE_CURRENT_LIST_DIR}/progresstext.h
  ${CMAKE_CURRENT_LIST_DIR}/runplanbar.cpp ${CMAKE_CURRENT_LIST_DIR}/runplanbar.h
)
