-- GET <prefix><id> with an id drawn at random from IDS_FILE (one id a line), signed in with $TOKEN.
-- wrk -s build/bench/get.lua http://host/api/engineering/work-orders/   (the URL's path is the prefix)
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do ids[#ids + 1] = line end
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

request = function()
  return wrk.format("GET", wrk.path .. ids[math.random(#ids)])
end
