-- matmul: C = A x B for 400 x 400 float matrices in flat tables; prints the sum of C.
local n = 400
local nn = n * n
local a, b, c = {}, {}, {}
for idx = 0, nn - 1 do
  local i, j = idx // n, idx % n
  a[idx] = ((i * j) % 7 + 1) + 0.0
  b[idx] = ((i + j) % 5 + 1) + 0.0
end
for i = 0, n - 1 do
  local row = i * n
  for j = 0, n - 1 do
    local sum = 0.0
    local ia, ib = row, j
    for _ = 0, n - 1 do
      sum = sum + a[ia] * b[ib]
      ia = ia + 1
      ib = ib + n
    end
    c[row + j] = sum
  end
end
local total = 0.0
for idx = 0, nn - 1 do total = total + c[idx] end
print(math.tointeger(total) or string.format("%d", total))
