# The command line end to end: the real app binary, real compilers, the schema checked by ajv.
find_program(NODE_EXECUTABLE node)
fc_add_test(tst_cli_compare LABEL e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_compare.cpp LIBS fastercodes-core TIMEOUT 600
  ENV "FC_NODE=${NODE_EXECUTABLE};FC_VALIDATOR=${CMAKE_CURRENT_LIST_DIR}/validate-schema.mjs")
add_dependencies(tst_cli_compare fastercodes)

# The subcommands in-process (fastercodes-commands), with captured output; one real comparison,
# so the measuring launcher must be next to the test.
fc_add_test(tst_cli_commands LABEL core SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_commands.cpp
            ${CMAKE_CURRENT_LIST_DIR}/shellwordcases.h LIBS fastercodes-commands TIMEOUT 300)
add_dependencies(tst_cli_commands fastercodes-launcher)
