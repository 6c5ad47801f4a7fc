-- Adds members as the writer: each thread (one connection) creates an organization, adds every user of
-- the pool to it by id, then creates the next one. So about one request in (pool size + 1) is a create.
local common = dofile(os.getenv("BENCH_LUA") .. "/common.lua")

setup = common.setup
done = common.done

local writer

function init(args)
  writer = common.pool_writer("Add")
end

request = common.counted(function()
  if writer.organization == nil then
    return writer.create()
  end
  local body = string.format('{"userId":"%s","role":"member"}', writer.user()[1])
  return wrk.format("POST", "/api/organizations/" .. writer.organization .. "/members", writer.headers, body)
end)

function response(status, headers, body)
  if not writer.took(status, body) then
    writer.next_user()
  end
end
