-- Creates organizations as the writer; names (and so derived slugs) are unique per thread and request.
local common = dofile(os.getenv("BENCH_LUA") .. "/common.lua")

setup = common.setup
done = common.done

local writer

function init(args)
  writer = common.pool_writer("Create")
end

request = common.counted(function()
  return writer.create()
end)
