-- wrk script: requests the paths listed in the file named by the env variable BENCH_PATHS (one
-- per line, e.g. /gestion/personnes/<id>), round-robin from a random start per thread, with a
-- session cookie: either the one of BENCH_COOKIE, or, when BENCH_COOKIES names a file of cookies
-- (one "SESSION=…" line per signed-in account, bench/staff-sessions.sh), the next one in rotation
-- for every request, each wrk thread taking its own share of the lines (thread k of T: lines k,
-- k+T, …), so that 50 connections hold 50 distinct sessions. Prints p50/p95/p99 and the non-2xx
-- count at the end.
local paths = {}
local counter = 0
local cookies = {}
local turn = 0
local single = os.getenv("BENCH_COOKIE")
if single == "" then single = nil end

local file = assert(io.open(os.getenv("BENCH_PATHS"), "r"))
for line in file:lines() do
  if #line > 0 then paths[#paths + 1] = line end
end
file:close()

local threads = 0
function setup(thread)
  thread:set("thread_index", threads)
  threads = threads + 1
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  counter = math.random(#paths)
  local cookie_file = os.getenv("BENCH_COOKIES")
  if cookie_file and cookie_file ~= "" then
    -- A script cannot read wrk's -t: BENCH_THREADS (default 2) must match it.
    local total = tonumber(os.getenv("BENCH_THREADS") or "2")
    local index = thread_index or 0
    local all = {}
    local f = assert(io.open(cookie_file, "r"))
    for line in f:lines() do
      if #line > 0 then all[#all + 1] = line end
    end
    f:close()
    for i = 1, #all do
      if (i - 1) % total == index % total then cookies[#cookies + 1] = all[i] end
    end
    if #cookies == 0 then cookies = all end
  end
end

function request()
  counter = counter % #paths + 1
  local headers = {}
  if #cookies > 0 then
    turn = turn % #cookies + 1
    headers["Cookie"] = cookies[turn]
  elseif single then
    headers["Cookie"] = single
  end
  return wrk.format("GET", paths[counter], headers)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d  errors(non-2xx/3xx) %d  socket errors %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("throughput %.0f req/s\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
