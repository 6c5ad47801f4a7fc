-- GET requests from BENCH_TARGETS: lines of "<token> <path>", taken in turn (each thread from its own row).
local common = dofile(os.getenv("BENCH_LUA") .. "/common.lua")

setup = common.setup
done = common.done

local requests = {}
local next_row

function init(args)
  for _, row in ipairs(common.rows(os.getenv("BENCH_TARGETS"))) do
    requests[#requests + 1] = wrk.format("GET", row[2], { ["Authorization"] = "Bearer " .. row[1] })
  end
  next_row = (tid - 1) % #requests
end

request = common.counted(function()
  next_row = next_row % #requests + 1
  return requests[next_row]
end)
