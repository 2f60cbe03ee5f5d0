target_sources(fastercodes-ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/boxplotchart.cpp ${CMAKE_CURRENT_LIST_DIR}/boxplotchart.h
  ${CMAKE_CURRENT_LIST_DIR}/chartpanel.cpp ${CMAKE_CURRENT_LIST_DIR}/chartpanel.h
  ${CMAKE_CURRENT_LIST_DIR}/chartstyle.cpp ${CMAKE_CURRENT_LIST_DIR}/chartstyle.h
  ${CMAKE_CURRENT_LIST_DIR}/chartsview.cpp ${CMAKE_CURRENT_LIST_DIR}/chartsview.h
  ${CMAKE_CURRENT_LIST_DIR}/lightmarker.cpp ${CMAKE_CURRENT_LIST_DIR}/lightmarker.h
  ${CMAKE_CURRENT_LIST_DIR}/histogramchart.cpp ${CMAKE_CURRENT_LIST_DIR}/histogramchart.h
  ${CMAKE_CURRENT_LIST_DIR}/metricaxis.cpp ${CMAKE_CURRENT_LIST_DIR}/metricaxis.h
  ${CMAKE_CURRENT_LIST_DIR}/progressionchart.cpp ${CMAKE_CURRENT_LIST_DIR}/progressionchart.h
  ${CMAKE_CURRENT_LIST_DIR}/timeserieschart.cpp ${CMAKE_CURRENT_LIST_DIR}/timeserieschart.h
)
