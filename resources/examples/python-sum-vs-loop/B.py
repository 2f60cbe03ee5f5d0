# The same sum with the built-in sum(), which loops in C.
print(sum(range(1_000_000)))
