fastercodes_add_classes(fastercodes-core
  backoff
  boundquery
  historydatabase
  historyschema
  historystore
  schemamigrator
  uploadqueue
  HEADERS historyentry historyquery uploaditem)
