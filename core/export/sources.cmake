target_sources(fastercodes-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/atomicwrite.cpp ${CMAKE_CURRENT_LIST_DIR}/atomicwrite.h
  ${CMAKE_CURRENT_LIST_DIR}/comparisonexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/comparisonexporter.h
  ${CMAKE_CURRENT_LIST_DIR}/csvexport.cpp ${CMAKE_CURRENT_LIST_DIR}/csvexport.h
  ${CMAKE_CURRENT_LIST_DIR}/markdownexport.cpp ${CMAKE_CURRENT_LIST_DIR}/markdownexport.h
  ${CMAKE_CURRENT_LIST_DIR}/numbers.cpp ${CMAKE_CURRENT_LIST_DIR}/numbers.h
  ${CMAKE_CURRENT_LIST_DIR}/textreport.cpp ${CMAKE_CURRENT_LIST_DIR}/textreport.h
  ${CMAKE_CURRENT_LIST_DIR}/units.cpp ${CMAKE_CURRENT_LIST_DIR}/units.h
)
