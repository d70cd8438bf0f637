-- wrk script: like paths.lua, but each request carries one of the session cookies listed in the
-- file named by BENCH_COOKIES (one "SESSION=…" per line), at random: many signed-in members at
-- once. Prints p50/p95/p99 and the non-2xx count at the end.
local paths = {}
local cookies = {}
local counter = 0

local function read(name, into)
  local file = assert(io.open(name, "r"))
  for line in file:lines() do
    if #line > 0 then into[#into + 1] = line end
  end
  file:close()
end

read(os.getenv("BENCH_PATHS"), paths)
local cookieFile = os.getenv("BENCH_COOKIES")
if cookieFile and #cookieFile > 0 then read(cookieFile, cookies) end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  local headers = {}
  if #cookies > 0 then headers["Cookie"] = cookies[math.random(#cookies)] end
  return wrk.format("GET", paths[counter], headers)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d  errors(non-2xx/3xx) %d  socket errors %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("throughput %.0f req/s\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
