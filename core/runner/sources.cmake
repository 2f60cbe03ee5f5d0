target_sources(fastercodes-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/capturefile.cpp ${CMAKE_CURRENT_LIST_DIR}/capturefile.h
  ${CMAKE_CURRENT_LIST_DIR}/comparisonrequest.h
  ${CMAKE_CURRENT_LIST_DIR}/comparisonrunner.cpp ${CMAKE_CURRENT_LIST_DIR}/comparisonrunner.h
  ${CMAKE_CURRENT_LIST_DIR}/conditionsampler.cpp ${CMAKE_CURRENT_LIST_DIR}/conditionsampler.h
  ${CMAKE_CURRENT_LIST_DIR}/compilestep.cpp ${CMAKE_CURRENT_LIST_DIR}/compilestep.h
  ${CMAKE_CURRENT_LIST_DIR}/diagnosticparser.cpp ${CMAKE_CURRENT_LIST_DIR}/diagnosticparser.h
  ${CMAKE_CURRENT_LIST_DIR}/runoutcome.cpp ${CMAKE_CURRENT_LIST_DIR}/runoutcome.h
  ${CMAKE_CURRENT_LIST_DIR}/sandbox.cpp ${CMAKE_CURRENT_LIST_DIR}/sandbox.h
)
