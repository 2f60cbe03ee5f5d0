fastercodes_add_classes(fastercodes-core
  analysis
  comparison
  comparisonjson
  environment
  health
  jsonreader
  originalformat
  side
  HEADERS comparisonnames enumtext measurementconditions runplan)
