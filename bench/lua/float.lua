-- float: midpoint-rule integration of 4/(1+x^2) over [0,1] (= pi) in f64.
local N = 50000000

-- Shortest decimal that reads back to the same double, Rust `{:?}` style
-- (valid for results in normal range, which this one is).
local function repr(x)
  for p = 1, 17 do
    local s = string.format("%." .. p .. "g", x)
    if tonumber(s) == x then
      if not s:find("[%.eEn]") then s = s .. ".0" end
      return s
    end
  end
end

local h = 1.0 / N
local sum = 0.0
for i = 0, N - 1 do
  local x = (i + 0.5) * h
  sum = sum + 4.0 / (1.0 + x * x)
end
print(repr(sum * h))
