-- POST <path> with a JSON body drawn at random from BODIES_FILE (one body a line).
local bodies = {}
for line in io.lines(os.getenv("BODIES_FILE")) do bodies[#bodies + 1] = line end
-- Each thread draws its own sequence.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end
function init(args)
  math.randomseed(os.time() * 1000 + seed)
end
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Content-Type"] = "application/json"

request = function()
  return wrk.format("POST", wrk.path, nil, bodies[math.random(#bodies)])
end
