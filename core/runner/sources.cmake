fastercodes_add_classes(fastercodes-core
  capturefile
  comparisonrunner
  conditionsampler
  compilestep
  diagnosticparser
  runoutcome
  sandbox
  HEADERS comparisonrequest)
