// chrono-node (Russian locale): parse each article, warm, CPU seconds like the Python adapters.
const fs = require("fs");
const path = require("path");
const chrono = require("chrono-node");

const [file, budgetArg] = process.argv.slice(2);
const budget = Number(budgetArg || 20);
const docs = fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const ref = (d) => (d.dct ? new Date(d.dct) : new Date(2024, 11, 6));
const one = (d) => chrono.ru.parse(d.text, ref(d)).length;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
// Let the JIT see a few documents first.
for (const d of docs.slice(0, 5)) one(d);
let chars = 0, found = 0, n = 0;
const c0 = cpu(), w0 = process.hrtime.bigint();
for (const d of docs) {
  found += one(d);
  chars += [...d.text].length;
  n++;
  if (cpu() - c0 > budget) break;
}
const secs = cpu() - c0, wall = Number(process.hrtime.bigint() - w0) / 1e9;
console.log(JSON.stringify({ peer: "chrono-node", corpus: path.basename(file), docs: n, chars,
  cpu_s: +secs.toFixed(4), wall_s: +wall.toFixed(4), timexes: found, chars_per_s: Math.round(chars / secs) }));
