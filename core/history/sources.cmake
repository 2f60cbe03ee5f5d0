target_sources(fastercodes-core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/backoff.cpp ${CMAKE_CURRENT_LIST_DIR}/backoff.h
  ${CMAKE_CURRENT_LIST_DIR}/boundquery.cpp ${CMAKE_CURRENT_LIST_DIR}/boundquery.h
  ${CMAKE_CURRENT_LIST_DIR}/historydatabase.cpp ${CMAKE_CURRENT_LIST_DIR}/historydatabase.h
  ${CMAKE_CURRENT_LIST_DIR}/historyentry.h
  ${CMAKE_CURRENT_LIST_DIR}/historyquery.h
  ${CMAKE_CURRENT_LIST_DIR}/historyschema.cpp ${CMAKE_CURRENT_LIST_DIR}/historyschema.h
  ${CMAKE_CURRENT_LIST_DIR}/historystore.cpp ${CMAKE_CURRENT_LIST_DIR}/historystore.h
  ${CMAKE_CURRENT_LIST_DIR}/schemamigrator.cpp ${CMAKE_CURRENT_LIST_DIR}/schemamigrator.h
  ${CMAKE_CURRENT_LIST_DIR}/uploaditem.h
  ${CMAKE_CURRENT_LIST_DIR}/uploadqueue.cpp ${CMAKE_CURRENT_LIST_DIR}/uploadqueue.h
)
