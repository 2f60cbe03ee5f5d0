target_sources(fastercodes-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/interval.h
  ${CMAKE_CURRENT_LIST_DIR}/metric.h
  ${CMAKE_CURRENT_LIST_DIR}/sideid.h
  ${CMAKE_CURRENT_LIST_DIR}/quantile.cpp ${CMAKE_CURRENT_LIST_DIR}/quantile.h
  ${CMAKE_CURRENT_LIST_DIR}/medianci.cpp ${CMAKE_CURRENT_LIST_DIR}/medianci.h
  ${CMAKE_CURRENT_LIST_DIR}/outliers.cpp ${CMAKE_CURRENT_LIST_DIR}/outliers.h
  ${CMAKE_CURRENT_LIST_DIR}/summary.cpp ${CMAKE_CURRENT_LIST_DIR}/summary.h
  ${CMAKE_CURRENT_LIST_DIR}/ratioestimate.cpp ${CMAKE_CURRENT_LIST_DIR}/ratioestimate.h
  ${CMAKE_CURRENT_LIST_DIR}/mannwhitney.cpp ${CMAKE_CURRENT_LIST_DIR}/mannwhitney.h
  ${CMAKE_CURRENT_LIST_DIR}/verdict.cpp ${CMAKE_CURRENT_LIST_DIR}/verdict.h
  ${CMAKE_CURRENT_LIST_DIR}/comparisonstats.cpp ${CMAKE_CURRENT_LIST_DIR}/comparisonstats.h
  ${CMAKE_CURRENT_LIST_DIR}/adaptive.cpp ${CMAKE_CURRENT_LIST_DIR}/adaptive.h
)
