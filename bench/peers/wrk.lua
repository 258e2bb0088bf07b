-- wrk script: each request takes the next path of the file named by
-- $PATHS (one request path per line), so every client cycles through the
-- same query mix. Each wrk thread starts at a different offset.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local i = 0
local counter = 0
function setup(thread)
  thread:set("offset", counter * 37)
  counter = counter + 1
end
function init(args)
  i = offset or 0
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
