-- sieve: sieve of Eratosthenes over a byte-per-number table up to N, repeated.
local N = 8000000
local REPEAT = 3
local flags = {}
for i = 0, N do flags[i] = 0 end

local count = 0
for _ = 1, REPEAT do
  for i = 2, N do flags[i] = 1 end
  local i = 2
  while i * i <= N do
    if flags[i] ~= 0 then
      for j = i * i, N, i do flags[j] = 0 end
    end
    i = i + 1
  end
  count = 0
  for k = 2, N do
    if flags[k] ~= 0 then count = count + 1 end
  end
end
print(count)
