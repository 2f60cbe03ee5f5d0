# The app among the desktop's others: one instance per user, fastercodes:// links handed to it.
target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/desktopintegration.cpp ${CMAKE_CURRENT_LIST_DIR}/desktopintegration.h
  ${CMAKE_CURRENT_LIST_DIR}/singleinstance.cpp ${CMAKE_CURRENT_LIST_DIR}/singleinstance.h
)
