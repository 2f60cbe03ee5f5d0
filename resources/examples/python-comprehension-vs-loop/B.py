# The same list with a list comprehension.
squares = [i * i for i in range(2_000_000)]
print(len(squares), squares[-1])
