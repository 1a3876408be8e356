-- wrk script: each request a different filtered page of 50 (type, year range, entity, text), so no two
-- consecutive requests ask the same question. Used by bench/run.sh.
local types = { "ATTACK", "KILLING", "STATEMENT", "MEETING", "INJURY", "ATTACK,KILLING" }
local entities = { "org:bench-3", "person:bench-42", "location:bench-7",
  "%D8%A7%D9%84%D9%85%D9%88%D8%B5%D9%84", -- الموصل
  "Ministry%20of%20Defense" }
local words = { "%D9%87%D8%AC%D9%88%D9%85", "attack", "%D8%A8%D9%8A%D8%A7%D9%86", "meeting" } -- هجوم، بيان
local counter = 0

request = function()
  counter = counter + 1
  local r = counter % 3
  local year = 2014 + math.random(0, 9)
  local path
  if r == 0 then
    path = "/api/timeline?limit=50&type=" .. types[math.random(#types)] .. "&from=" .. year
  elseif r == 1 then
    path = "/api/timeline?limit=50&entity=" .. entities[math.random(#entities)] .. "&to=" .. year
  else
    path = "/api/timeline?limit=50&q=" .. words[math.random(#words)] .. "&from=" .. year .. "&to=" .. (year + 1)
  end
  return wrk.format("GET", path)
end
