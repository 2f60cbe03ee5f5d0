fastercodes_add_classes(fastercodes-ui
  environmentview
  resultsview
  verdictbanner)
