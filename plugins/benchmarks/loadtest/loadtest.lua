-- wrk script for `make loadtest`: each request takes a path at random from the
-- file named by LOADTEST_PATHS ({limit} and {offset} become random numbers, so
-- those requests mostly miss the cache); at the end one JSON line of results.
local paths = {}
for line in io.lines(os.getenv("LOADTEST_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end

local thread_seed = 0
setup = function(thread)
  thread_seed = thread_seed + 1
  thread:set("seed", thread_seed)
end

init = function(args)
  math.randomseed(os.time() * 100 + (seed or 0))
end

request = function()
  local p = paths[math.random(#paths)]
  p = p:gsub("{limit}", tostring(math.random(1, 100)))
  p = p:gsub("{offset}", tostring(math.random(0, 60)))
  return wrk.format("GET", p)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(99)))
end
