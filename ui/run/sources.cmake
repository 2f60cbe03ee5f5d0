fastercodes_add_classes(fastercodes-ui
  analysisjob
  progresstext
  runplanbar)
