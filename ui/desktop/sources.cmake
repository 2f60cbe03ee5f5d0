# The app among the desktop's others: one instance per user, fastercodes:// links handed to it.
fastercodes_add_classes(fastercodes-ui
  desktopintegration
  singleinstance)
