fastercodes_add_classes(fastercodes-ui
  chartexporter)
