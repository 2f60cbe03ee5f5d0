target_sources(fastercodes-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/backendclient.cpp ${CMAKE_CURRENT_LIST_DIR}/backendclient.h
  ${CMAKE_CURRENT_LIST_DIR}/httpexchange.cpp ${CMAKE_CURRENT_LIST_DIR}/httpexchange.h
  ${CMAKE_CURRENT_LIST_DIR}/loopbackproxyfactory.cpp ${CMAKE_CURRENT_LIST_DIR}/loopbackproxyfactory.h
  ${CMAKE_CURRENT_LIST_DIR}/networkproblem.cpp ${CMAKE_CURRENT_LIST_DIR}/networkproblem.h
  ${CMAKE_CURRENT_LIST_DIR}/permalink.cpp ${CMAKE_CURRENT_LIST_DIR}/permalink.h
  ${CMAKE_CURRENT_LIST_DIR}/shareddocument.cpp ${CMAKE_CURRENT_LIST_DIR}/shareddocument.h
  ${CMAKE_CURRENT_LIST_DIR}/liveshare.cpp ${CMAKE_CURRENT_LIST_DIR}/liveshare.h
  ${CMAKE_CURRENT_LIST_DIR}/runpatch.cpp ${CMAKE_CURRENT_LIST_DIR}/runpatch.h
  ${CMAKE_CURRENT_LIST_DIR}/syncservice.cpp ${CMAKE_CURRENT_LIST_DIR}/syncservice.h
  ${CMAKE_CURRENT_LIST_DIR}/syncsettings.cpp ${CMAKE_CURRENT_LIST_DIR}/syncsettings.h
)
