# The command line end to end: the real app binary, real compilers, the schema checked by ajv.
find_program(NODE_EXECUTABLE node)
fc_add_test(tst_cli_compare LABEL e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_compare.cpp LIBS fastercodes-core TIMEOUT 600
  ENV "FC_NODE=${NODE_EXECUTABLE};FC_VALIDATOR=${CMAKE_CURRENT_LIST_DIR}/validate-schema.mjs")
add_dependencies(tst_cli_compare fastercodes)
