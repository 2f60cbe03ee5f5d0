target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/codeconsent.cpp ${CMAKE_CURRENT_LIST_DIR}/codeconsent.h
  ${CMAKE_CURRENT_LIST_DIR}/codeorigin.h
  ${CMAKE_CURRENT_LIST_DIR}/detectionindicator.cpp ${CMAKE_CURRENT_LIST_DIR}/detectionindicator.h
  ${CMAKE_CURRENT_LIST_DIR}/editcommands.cpp ${CMAKE_CURRENT_LIST_DIR}/editcommands.h
  ${CMAKE_CURRENT_LIST_DIR}/editorspage.cpp ${CMAKE_CURRENT_LIST_DIR}/editorspage.h
  ${CMAKE_CURRENT_LIST_DIR}/filecommands.cpp ${CMAKE_CURRENT_LIST_DIR}/filecommands.h
  ${CMAKE_CURRENT_LIST_DIR}/findbar.cpp ${CMAKE_CURRENT_LIST_DIR}/findbar.h
  ${CMAKE_CURRENT_LIST_DIR}/progressindicator.cpp ${CMAKE_CURRENT_LIST_DIR}/progressindicator.h
  ${CMAKE_CURRENT_LIST_DIR}/recentlist.cpp ${CMAKE_CURRENT_LIST_DIR}/recentlist.h
  ${CMAKE_CURRENT_LIST_DIR}/resultspage.cpp ${CMAKE_CURRENT_LIST_DIR}/resultspage.h
  ${CMAKE_CURRENT_LIST_DIR}/runcontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/runcontroller.h
  ${CMAKE_CURRENT_LIST_DIR}/runhereprompt.cpp ${CMAKE_CURRENT_LIST_DIR}/runhereprompt.h
  ${CMAKE_CURRENT_LIST_DIR}/windowlayout.cpp ${CMAKE_CURRENT_LIST_DIR}/windowlayout.h
  ${CMAKE_CURRENT_LIST_DIR}/windowmenus.cpp ${CMAKE_CURRENT_LIST_DIR}/windowmenus.h
)
