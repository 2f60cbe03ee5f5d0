target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/icons.cpp ${CMAKE_CURRENT_LIST_DIR}/icons.h
  ${CMAKE_CURRENT_LIST_DIR}/svgiconengine.cpp ${CMAKE_CURRENT_LIST_DIR}/svgiconengine.h
  ${CMAKE_CURRENT_LIST_DIR}/thememanager.cpp ${CMAKE_CURRENT_LIST_DIR}/thememanager.h
)
