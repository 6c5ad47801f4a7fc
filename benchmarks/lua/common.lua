-- Shared by every scenario: reading the seed files, one numbered Lua state per wrk thread, and one
-- machine-readable summary line that benchmarks/run parses.

local common = {}

local data = os.getenv("BENCH_DATA")

-- The lines of a seed file, each split on spaces.
function common.rows(name)
  local rows = {}
  for line in io.lines(data .. "/" .. name) do
    local row = {}
    for field in line:gmatch("%S+") do
      row[#row + 1] = field
    end
    if #row > 0 then
      rows[#rows + 1] = row
    end
  end
  assert(#rows > 0, name .. " is empty")
  return rows
end

function common.line(name)
  return common.rows(name)[1][1]
end

local threads = {}

-- Numbers the threads, so that each one starts at a different row and names what it creates apart.
function common.setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
  thread:set("sent", 0)
end

-- Wraps a scenario's request function: counts the requests sent (the statement count divides by them: wrk's
-- own count leaves out those still in flight when it stops) and, past BENCH_LIMIT of them, sends only a
-- request that the app refuses before any database work (a 401), so that the last counted one has finished
-- well before the count is read.
function common.counted(make)
  local limit = tonumber(os.getenv("BENCH_LIMIT") or "")
  local idle = wrk.format("GET", "/api/me")
  return function()
    if limit ~= nil and sent >= limit then
      return idle
    end
    sent = sent + 1
    return make()
  end
end

function common.json_headers(token)
  return { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

-- The first "id" of a JSON response: the created resource's own id (records serialize it first).
function common.id(body)
  return body:match('"id"%s*:%s*"([^"]+)"')
end

-- The writer working through the pool of users one organization at a time: it creates an organization
-- (named after kind, thread and count), the scenario's steps run for each user of the pool in turn, then it
-- creates the next organization. A refused request (counted by wrk as an error) starts over on a new one.
function common.pool_writer(kind)
  local writer = { headers = common.json_headers(common.line("writer.token")), users = common.rows("pool.txt") }
  -- the run (the script's process id) and the phase (count, warm-up, measured run): every name is new
  local run, count, index = os.getenv("BENCH_RUN_ID") .. os.getenv("BENCH_PHASE"), 0, 1

  function writer.create()
    count = count + 1
    local body = string.format('{"name":"%s %s t%d n%d"}', kind, run, tid, count)
    return wrk.format("POST", "/api/organizations", writer.headers, body)
  end

  -- Takes the answer to a create or a refused request; false when it is the scenario's to take.
  function writer.took(status, body)
    if status >= 300 then
      writer.organization = nil
      return true
    end
    if writer.organization == nil then
      writer.organization, index = common.id(body), 1
      return true
    end
    return false
  end

  -- The user of the pool for the current steps: "userId token email".
  function writer.user()
    return writer.users[index]
  end

  function writer.next_user()
    index = index + 1
    if index > #writer.users then
      writer.organization = nil
    end
  end

  return writer
end

function common.done(summary, latency, requests)
  -- wrk calls the first thread's request() once before it starts, to check what it returns, and sends nothing
  local e, sent = summary.errors, -1
  for _, thread in ipairs(threads) do
    sent = sent + thread:get("sent")
  end
  io.write(string.format(
    "BENCH requests=%d sent=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, sent, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end

return common
