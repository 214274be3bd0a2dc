// Measures Mozilla Readability.js (on jsdom) over a folder of saved pages, single-threaded, for the
// extraction benchmark: node readability-bench.mjs DIR [SECONDS]  (run from the folder holding node_modules).
// Prints one JSON line: {"pages": n, "wholeRunMs": …, "steadyPagesPerSecond": …}; with SECONDS 0 only the
// first (cold) pass runs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const dir = process.argv[2];
const seconds = Number(process.argv[3] || 10);
const started = process.hrtime.bigint();
const pages = fs.readdirSync(dir).filter(n => /\.(html?|html\.gz)$/i.test(n)).sort().map(name => {
  let bytes = fs.readFileSync(path.join(dir, name));
  if (name.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
  return bytes.toString('utf8');
});
const quiet = new VirtualConsole();

function extract(html) {
  const dom = new JSDOM(html, { url: 'https://example.com/', virtualConsole: quiet });
  try {
    return new Readability(dom.window.document).parse();
  } finally {
    dom.window.close();
  }
}

let failures = 0;
for (const html of pages) {
  try { extract(html); } catch { failures++; }
}
const wholeRunMs = Number(process.hrtime.bigint() - started) / 1e6;

// pages per second of wall time, and per second of the process's CPU time (steadier on a busy machine)
function measure(limitSeconds) {
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let done = 0;
  do {
    for (const html of pages) { try { extract(html); } catch { /* counted in the first pass */ } done++; }
  } while (Number(process.hrtime.bigint() - t0) / 1e9 < limitSeconds);
  const cpu = process.cpuUsage(cpu0);
  return [done / (Number(process.hrtime.bigint() - t0) / 1e9), done / ((cpu.user + cpu.system) / 1e6)];
}
let steady = null;
let steadyCpu = null;
if (seconds > 0) {
  measure(seconds); // warm-up
  [steady, steadyCpu] = measure(seconds);
}
console.log(JSON.stringify({ pages: pages.length, failures, wholeRunMs, steadyPagesPerSecond: steady,
  steadyPagesPerCpuSecond: steadyCpu }));
