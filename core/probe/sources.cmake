target_sources(fastercodes-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/proberesult.h
  ${CMAKE_CURRENT_LIST_DIR}/launcherprotocol.h
  ${CMAKE_CURRENT_LIST_DIR}/launcherprotocol.cpp
  ${CMAKE_CURRENT_LIST_DIR}/launcherexit.h
  ${CMAKE_CURRENT_LIST_DIR}/launcherexit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/launcherlocation.h
  ${CMAKE_CURRENT_LIST_DIR}/launcherlocation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/measuredprocess.h
  ${CMAKE_CURRENT_LIST_DIR}/measuredprocess.cpp
  ${CMAKE_CURRENT_LIST_DIR}/launchersession.h
  ${CMAKE_CURRENT_LIST_DIR}/launchersession.cpp)
# MeasuredProcess runs the launcher: whatever links the core gets it built next to it.
add_dependencies(fastercodes-core fastercodes-launcher)
