fastercodes_add_classes(fastercodes-ui
  aboutdialog)
