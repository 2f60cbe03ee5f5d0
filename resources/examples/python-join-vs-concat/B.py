# Build the same string with one str.join() over a generator.
text = "".join(str(i % 10) for i in range(1_000_000))
print(len(text))
