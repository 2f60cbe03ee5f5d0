# Build a long string by += on every piece.
text = ""
for i in range(1_000_000):
    text += str(i % 10)
print(len(text))
