-- Invitations as a pair of requests: the writer invites a user of the pool (by e-mail) to an organization
-- of its own, then that user accepts. Each thread (one connection) creates an organization, invites and
-- admits the whole pool, then creates the next one: about one request in (2 × pool size + 1) is a create.
local common = dofile(os.getenv("BENCH_LUA") .. "/common.lua")

setup = common.setup
done = common.done

local writer, invitation

function init(args)
  writer = common.pool_writer("Invite")
end

request = common.counted(function()
  if writer.organization == nil then
    return writer.create()
  end
  local user = writer.user()
  if invitation == nil then
    local body = string.format('{"email":"%s","role":"member"}', user[3])
    return wrk.format("POST", "/api/organizations/" .. writer.organization .. "/invitations", writer.headers, body)
  end
  return wrk.format("POST", "/api/invitations/" .. invitation .. "/accept", common.json_headers(user[2]), "{}")
end)

function response(status, headers, body)
  if writer.took(status, body) then
    invitation = nil
  elseif invitation == nil then
    invitation = common.id(body)
  else
    invitation = nil
    writer.next_user()
  end
end
