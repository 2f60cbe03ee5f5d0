// Sum 10 million numbers with a classic for loop.
const values = Array.from({ length: 10_000_000 }, (_, i) => i % 1000);
let sum = 0;
for (let i = 0; i < values.length; i++) sum += values[i];
console.log(sum);
