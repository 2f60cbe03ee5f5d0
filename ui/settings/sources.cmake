fastercodes_add_classes(fastercodes-ui
  appsettings
  sessionstore
  settingsdialog
  uilanguage)
