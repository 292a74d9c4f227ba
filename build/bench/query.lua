-- GET <path>?<query> with a query line drawn at random from QUERIES_FILE (e.g. "propertyId=…&status=new&pageSize=50").
local queries = {}
for line in io.lines(os.getenv("QUERIES_FILE")) do queries[#queries + 1] = line end
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
  return wrk.format("GET", wrk.path .. "?" .. queries[math.random(#queries)])
end
