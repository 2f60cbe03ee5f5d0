fc_add_test(tst_cloud_permalink LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cloud_permalink.cpp LIBS fastercodes-core TIMEOUT 60)
fc_add_test(tst_cloud_client LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cloud_client.cpp LIBS fastercodes-core TIMEOUT 60)
fc_add_test(tst_cloud_sync LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cloud_sync.cpp LIBS fastercodes-core TIMEOUT 60)
# "Try again later" (503 run_finishing, 429 with Retry-After) against loopback servers.
fc_add_test(tst_cloud_retry LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cloud_retry.cpp LIBS fastercodes-core TIMEOUT 60)

# The files that register fastercodes:// with the desktop: the macOS Info.plist (template and as
# configured by app/CMakeLists.txt) and the Linux desktop entry.
fc_add_test(tst_desktop_files LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_desktop_files.cpp TIMEOUT 60)
target_compile_definitions(tst_desktop_files PRIVATE
  FC_INFO_PLIST_PREVIEW="${FC_INFO_PLIST_PREVIEW}" FC_METAINFO_FILE="${FC_METAINFO_FILE}"
  FC_PROJECT_VERSION="${PROJECT_VERSION}")
# What a shared document leaves out (host name, private paths), and the live share's batching
# and failures against a loopback server.
fc_add_test(tst_cloud_share LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cloud_share.cpp LIBS fastercodes-core TIMEOUT 120)
