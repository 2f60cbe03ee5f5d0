// Waits until URL_B answers, then checks that URL_A and URL_B give the same bytes (the bare
// Worker of bench/run.sh must return exactly what the backend returns).
//   node bench/same-bytes.mjs URL_A URL_B
const [a, b] = process.argv.slice(2);
const deadline = Date.now() + 90_000;
let second;
for (;;) {
  try {
    second = await fetch(b);
    if (second.ok) break;
  } catch {
    // Not listening yet.
  }
  if (Date.now() > deadline) throw new Error(`${b} did not answer within 90 s`);
  await new Promise((r) => setTimeout(r, 250));
}
const [x, y] = [Buffer.from(await (await fetch(a)).arrayBuffer()), Buffer.from(await second.arrayBuffer())];
if (!x.equals(y)) throw new Error(`${a} and ${b} differ (${x.length} and ${y.length} bytes)`);
