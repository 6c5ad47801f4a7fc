-- Invitations as a pair of requests: the writer invites a user of the pool (by e-mail) to an organization
-- of its own, then that user accepts. Each thread (one connection) creates an organization, invites and
-- admits the whole pool, then creates the next one: about one request in (2 × pool size + 1) is a create.
-- A recipient whose e-mail is not verified (BENCH_VERIFIED is not 1) presents the secret token of the
-- invitation's link, read where the app logs the links it would e-mail (BENCH_APP_LOG).
local common = dofile(os.getenv("BENCH_LUA") .. "/common.lua")

setup = common.setup
done = common.done

local writer, invitation, answer, app_log
local link_tokens = {}

function init(args)
  writer = common.pool_writer("Invite")
  if os.getenv("BENCH_VERIFIED") ~= "1" then
    app_log = assert(io.open(os.getenv("BENCH_APP_LOG")))
  end
end

-- The link token of an invitation: the app logs the link after the invitation's transaction commits, so it
-- may come a moment after the answer; waits up to about five seconds for it.
local function link_token(id)
  for _ = 1, 500 do
    app_log:seek("cur")
    for line in app_log:lines() do
      local logged, token = line:match("/invitations/([%x%-]+)%?token=([%w_%-]+)")
      if logged ~= nil then
        link_tokens[logged] = token
      end
    end
    local token = link_tokens[id]
    if token ~= nil then
      link_tokens[id] = nil
      return token
    end
    os.execute("sleep 0.01")
  end
  return nil
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
  return wrk.format("POST", "/api/invitations/" .. invitation .. "/accept", common.json_headers(user[2]), answer)
end)

function response(status, headers, body)
  if writer.took(status, body) then
    invitation = nil
  elseif invitation == nil then
    invitation = common.id(body)
    answer = "{}"
    if app_log ~= nil then
      answer = string.format('{"token":"%s"}', link_token(invitation) or "")
    end
  else
    invitation = nil
    writer.next_user()
  end
end
