fastercodes_add_classes(fastercodes-core
  atomicwrite
  comparisonexporter
  csvexport
  markdownexport
  numbers
  textreport
  units)
