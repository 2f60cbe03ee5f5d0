fastercodes_add_classes(fastercodes-ui
  codeconsent
  detectionindicator
  editcommands
  editorspage
  filecommands
  findbar
  progressindicator
  recentlist
  resultspage
  runcontroller
  runhereprompt
  windowlayout
  windowmenus
  HEADERS codeorigin)
