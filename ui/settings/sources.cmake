target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/appsettings.cpp ${CMAKE_CURRENT_LIST_DIR}/appsettings.h
  ${CMAKE_CURRENT_LIST_DIR}/sessionstore.cpp ${CMAKE_CURRENT_LIST_DIR}/sessionstore.h
  ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/uilanguage.cpp ${CMAKE_CURRENT_LIST_DIR}/uilanguage.h
)
