-- binary-trees (the benchmarks game program) at depth 16: allocation, GC, calls.
local function bottom_up(depth)
  if depth > 0 then
    return { bottom_up(depth - 1), bottom_up(depth - 1) }
  end
  return {}
end

local function check(node)
  local left = node[1]
  if left == nil then return 1 end
  return 1 + check(left) + check(node[2])
end

local max_depth, min_depth = 16, 4
local stretch = max_depth + 1
print("stretch tree of depth " .. stretch .. "\t check: " .. check(bottom_up(stretch)))
local long_lived = bottom_up(max_depth)
for depth = min_depth, max_depth, 2 do
  local iterations = 1 << (max_depth - depth + min_depth)
  local sum = 0
  for _ = 1, iterations do sum = sum + check(bottom_up(depth)) end
  print(iterations .. "\t trees of depth " .. depth .. "\t check: " .. sum)
end
print("long lived tree of depth " .. max_depth .. "\t check: " .. check(long_lived))
