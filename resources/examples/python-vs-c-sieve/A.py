# Sieve of Eratosthenes below 5 million in pure Python.
LIMIT = 5_000_000
composite = bytearray(LIMIT)
count = 0
for i in range(2, LIMIT):
    if not composite[i]:
        count += 1
        composite[i * i::i] = b"\x01" * len(range(i * i, LIMIT, i))
print(count)
