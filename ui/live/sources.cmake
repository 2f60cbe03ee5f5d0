fastercodes_add_classes(fastercodes-ui
  livecharts
  runtraces)
