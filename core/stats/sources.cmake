fastercodes_add_classes(fastercodes-core
  quantile
  medianci
  outliers
  summary
  ratioestimate
  mannwhitney
  verdict
  comparisonstats
  adaptive
  HEADERS interval metric sideid)
