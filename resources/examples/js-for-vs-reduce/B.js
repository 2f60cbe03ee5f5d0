// The same sum with Array.prototype.reduce and a callback per element.
const values = Array.from({ length: 10_000_000 }, (_, i) => i % 1000);
const sum = values.reduce((acc, x) => acc + x, 0);
console.log(sum);
