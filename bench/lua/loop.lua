-- loop: a tight integer loop over 64-bit integers (wrapping, same as Java long).
local N = 200000000
local sum = 0
for i = 0, N - 1 do
  sum = sum + (i ~ (i >> 3))
end
print(sum)
