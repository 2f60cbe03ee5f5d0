target_sources(fastercodes PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/commands.h
  ${CMAKE_CURRENT_LIST_DIR}/comparecommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/languagescommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/historycommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sharecommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/synccommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fetchcommand.cpp
)
target_include_directories(fastercodes PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
