-- any_loop: s = s + i for i in 0..20,000,000 (Lua values are dynamically typed).
local s, i = 0, 0
while i < 20000000 do
  s = s + i
  i = i + 1
end
print(s)
