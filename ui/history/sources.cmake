target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/historycontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/historycontroller.h
  ${CMAKE_CURRENT_LIST_DIR}/historymodel.cpp ${CMAKE_CURRENT_LIST_DIR}/historymodel.h
  ${CMAKE_CURRENT_LIST_DIR}/historyview.cpp ${CMAKE_CURRENT_LIST_DIR}/historyview.h
  ${CMAKE_CURRENT_LIST_DIR}/livesharebanner.cpp ${CMAKE_CURRENT_LIST_DIR}/livesharebanner.h
  ${CMAKE_CURRENT_LIST_DIR}/livesharecontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/livesharecontroller.h
  ${CMAKE_CURRENT_LIST_DIR}/openpermalinkdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/openpermalinkdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/sharedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/sharedialog.h
  ${CMAKE_CURRENT_LIST_DIR}/syncsettingspage.cpp ${CMAKE_CURRENT_LIST_DIR}/syncsettingspage.h
  ${CMAKE_CURRENT_LIST_DIR}/uploadpreviewdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/uploadpreviewdialog.h
)
