# The e2e suites of history, sync and permalinks (label e2e). They run the real app against a
# real backend (wrangler dev on a free loopback port, a fresh temporary state folder) that a
# ctest fixture starts once for all of them and stops afterwards.
find_program(FC_PYTHON3 python3)
set(FC_E2E_BACKEND_STATE ${CMAKE_BINARY_DIR}/e2e/backend.json)
add_test(NAME e2e_backend_start COMMAND ${FC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/backend_fixture.py start ${FC_E2E_BACKEND_STATE})
add_test(NAME e2e_backend_stop COMMAND ${FC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/backend_fixture.py stop ${FC_E2E_BACKEND_STATE})
# Each start rebuilds backend/dist: never two at once (ctest -j), nor with the backend suites.
set_tests_properties(e2e_backend_start PROPERTIES FIXTURES_SETUP fc_e2e_backend LABELS e2e TIMEOUT 150
                     RESOURCE_LOCK fastercodes_backend_dist)
set_tests_properties(e2e_backend_stop PROPERTIES FIXTURES_CLEANUP fc_e2e_backend LABELS e2e TIMEOUT 30)

# Suites of the app alone, then those that talk to the backend.
foreach(suite tst_history_e2e tst_sync_e2e tst_permalink_e2e)
  set(_libs fastercodes-core)
  if(suite STREQUAL "tst_permalink_e2e")
    set(_libs fastercodes-ui) # drives the real window too
  endif()
  fc_add_test(${suite} LABEL e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/${suite}.cpp LIBS ${_libs}
              ENV FC_E2E_BACKEND_STATE=${FC_E2E_BACKEND_STATE} TIMEOUT 300)
  target_include_directories(${suite} PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${PROJECT_SOURCE_DIR}/tests/core
                             ${PROJECT_SOURCE_DIR}/tests/ui)
  add_dependencies(${suite} fastercodes)
  if(NOT suite STREQUAL "tst_history_e2e")
    set_tests_properties(${suite} PROPERTIES FIXTURES_REQUIRED fc_e2e_backend)
  endif()
endforeach()

# A second backend that allows only 2 creates per 4 s, for the real backend's 429 with
# Retry-After (tst_retry_e2e). Its own fixture: started only when that suite runs.
set(FC_E2E_BACKEND_LIMITED_STATE ${CMAKE_BINARY_DIR}/e2e/backend-limited.json)
add_test(NAME e2e_backend_limited_start COMMAND ${FC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/backend_fixture.py start
         ${FC_E2E_BACKEND_LIMITED_STATE} RATE_LIMIT_CREATES:2 RATE_LIMIT_WINDOW_SECONDS:4)
add_test(NAME e2e_backend_limited_stop COMMAND ${FC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/backend_fixture.py stop
         ${FC_E2E_BACKEND_LIMITED_STATE})
set_tests_properties(e2e_backend_limited_start PROPERTIES FIXTURES_SETUP fc_e2e_backend_limited LABELS e2e TIMEOUT 150
                     RESOURCE_LOCK fastercodes_backend_dist)
set_tests_properties(e2e_backend_limited_stop PROPERTIES FIXTURES_CLEANUP fc_e2e_backend_limited LABELS e2e TIMEOUT 30)
fc_add_test(tst_retry_e2e LABEL e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_retry_e2e.cpp LIBS fastercodes-core
            ENV FC_E2E_BACKEND_STATE=${FC_E2E_BACKEND_LIMITED_STATE} TIMEOUT 180)
target_include_directories(tst_retry_e2e PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${PROJECT_SOURCE_DIR}/tests/core)
add_dependencies(tst_retry_e2e fastercodes)
set_tests_properties(tst_retry_e2e PROPERTIES FIXTURES_REQUIRED fc_e2e_backend_limited)

# Run → Share Live in the real window against the same backend, watched by the viewer in
# Chromium (viewer_watch.mjs, playwright-core from backend/node_modules).
fc_add_test(tst_liveshare_e2e LABEL e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_liveshare_e2e.cpp LIBS fastercodes-ui
            ENV FC_E2E_BACKEND_STATE=${FC_E2E_BACKEND_STATE} TIMEOUT 1200)
target_include_directories(tst_liveshare_e2e PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${PROJECT_SOURCE_DIR}/tests/core
                           ${PROJECT_SOURCE_DIR}/tests/ui)
add_dependencies(tst_liveshare_e2e fastercodes fastercodes-launcher)
set_tests_properties(tst_liveshare_e2e PROPERTIES FIXTURES_REQUIRED fc_e2e_backend)
