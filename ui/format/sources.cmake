fastercodes_add_classes(fastercodes-ui
  tabularfont
  units)
