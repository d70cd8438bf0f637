-- wrk script: requests the paths listed in the file named by the env variable BENCH_PATHS (one
-- per line, e.g. /gestion/personnes/<id>), round-robin from a random start per thread, with the
-- session cookie from BENCH_COOKIE; prints p50/p95/p99 and the non-2xx count at the end.
local paths = {}
local counter = 0
local cookie = os.getenv("BENCH_COOKIE")

local file = assert(io.open(os.getenv("BENCH_PATHS"), "r"))
for line in file:lines() do
  if #line > 0 then paths[#paths + 1] = line end
end
file:close()

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  local headers = {}
  if cookie then headers["Cookie"] = cookie end
  return wrk.format("GET", paths[counter], headers)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d  errors(non-2xx/3xx) %d  socket errors %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("throughput %.0f req/s\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
