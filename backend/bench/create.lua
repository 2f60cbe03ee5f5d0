-- wrk script: POST /api/runs with the comparison in $FC_PAYLOAD (a new run per request).
local f = assert(io.open(os.getenv("FC_PAYLOAD"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
