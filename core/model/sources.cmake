fastercodes_add_classes(fastercodes-core
  analysis
  comparison
  comparisonjson
  environment
  health
  jsonreader
  originalformat
  side
  HEADERS enumtext measurementconditions runplan)
