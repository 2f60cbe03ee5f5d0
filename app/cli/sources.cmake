# fastercodes-commands: the command line's subcommands (compare, languages, history, share, sync,
# fetch) and what they share (Command, Console), a library of its own so that tests run them
# in-process. Core only: the command line needs no widgets.
add_library(fastercodes-commands STATIC)
fastercodes_add_classes(fastercodes-commands
  command
  compareoptions
  console
  HEADERS commands
  SOURCES comparecommand fetchcommand historycommand languagescommand sharecommand synccommand)
# Included as "cli/command.h".
target_include_directories(fastercodes-commands PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(fastercodes-commands PUBLIC fastercodes-core)
