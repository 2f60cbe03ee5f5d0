# Add up a million numbers in a Python loop.
total = 0
for i in range(1_000_000):
    total += i
print(total)
