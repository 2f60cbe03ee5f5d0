fastercodes_add_classes(fastercodes-ui
  failuretext
  outputview)
