fastercodes_add_classes(fastercodes-ui
  icons
  svgiconengine
  thememanager)
