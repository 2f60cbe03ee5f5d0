# Build a list of 2 million squares with a for loop and append().
squares = []
for i in range(2_000_000):
    squares.append(i * i)
print(len(squares), squares[-1])
