fastercodes_add_classes(fastercodes-ui
  example
  examplesdialog)
