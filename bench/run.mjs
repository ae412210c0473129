// `npm run bench`: start-up against markdownlint-cli2 and bare node, batch throughput against
// remark-parse alone (single-threaded and with every core), peak memory, and scaling with document
// size, and reading PDF and Word files. Inputs are generated from the project's fixtures (the PDF
// printed by headless Chromium, /usr/bin/chromium); nothing is downloaded.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { generate } from './generate.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = path.join(root, 'bin/policylint.js');
const mdl = path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const seed = path.join(root, 'fixtures/seeds/003_783d3dcfe567bbf0.txt');
const work = path.join(root, 'bench/.work');
const runs = Number(process.env.BENCH_RUNS ?? 7);

/** Wall time (s) and peak RSS (MiB) of a command, via GNU time. */
function measure(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /([\d.]+) (\d+)\s*$/.exec(r.stderr);
  if (!m) throw new Error(`cannot measure ${cmd} ${args.join(' ')}: ${r.stderr.slice(-500)}`);
  return { wall: Number(m[1]), rssMiB: Number(m[2]) / 1024, status: r.status };
}
/** Higher-resolution wall time for short commands: performance.now around spawnSync. */
function time(cmd, args) {
  const t = performance.now();
  spawnSync(cmd, args, { cwd: root, stdio: 'ignore' });
  return (performance.now() - t) / 1000;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (s) => `${s.toFixed(3)} s`;

const rows = [];
const add = (what, value, goal, ok) => rows.push({ what, value, goal, ok });

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${runs} runs, medians`);

// BENCH_ONLY=start|batch|formats runs one part (the batch part includes one large document).
const only = process.env.BENCH_ONLY;

// 1. Cold start on one policy.
if (!only || only === 'start') {
const node0 = [];
const pl = [];
const ml = [];
for (let i = 0; i < runs; i++) {
  node0.push(time('node', ['-e', '0']));
  pl.push(time('node', [bin, seed]));
  ml.push(time('node', [mdl, seed]));
}
const [n0, p1, m1] = [median(node0), median(pl), median(ml)];
add('cold start: node -e 0', fmt(n0), '', '');
add('cold start: markdownlint-cli2 <seed>', fmt(m1), '', '');
add('cold start: policylint <seed>', `${fmt(p1)} (${(p1 / m1).toFixed(2)}× markdownlint-cli2, ${(p1 / n0).toFixed(2)}× node)`, '≤ 0.5× markdownlint-cli2, ≤ 2.5× node', p1 <= 0.5 * m1 && p1 <= 2.5 * n0 ? 'met' : 'missed');

}

// 2. Batch of 1,000 policies.
if (!only || only === 'batch') {
const inputs = generate(work);
console.log(`batch: ${inputs.files} files, ${(inputs.bytes / 1e6).toFixed(1)} MB`);
const batchRuns = Math.max(3, Math.ceil(runs / 2));
const remark = [];
const single = [];
const multi = [];
let peak = 0;
for (let i = 0; i < batchRuns; i++) {
  remark.push(measure('node', [path.join(root, 'bench/remark-only.mjs'), inputs.batch]).wall);
  const s = measure('node', [bin, '--concurrency', '1', '-f', 'json', '-o', '/dev/null', inputs.batch]);
  single.push(s.wall);
  const m = measure('node', [bin, '-f', 'json', '-o', '/dev/null', inputs.batch]);
  multi.push(m.wall);
  peak = Math.max(peak, s.rssMiB, m.rssMiB);
}
const [r, s, m] = [median(remark), median(single), median(multi)];
add('batch: remark-parse alone', fmt(r), '', '');
add('batch: policylint, 1 thread', `${fmt(s)} (${(s / r).toFixed(2)}× remark-parse)`, '≤ 1.5× remark-parse', s <= 1.5 * r ? 'met' : 'missed');
add(`batch: policylint, ${cpus().length} threads (default)`, `${fmt(m)} (${(s / m).toFixed(2)}× faster)`, '≥ 1.6× faster than 1 thread', s / m >= 1.6 ? 'met' : 'missed');
add('batch: peak memory', `${peak.toFixed(0)} MiB`, '≤ 200 MB', peak * 1.048576 <= 200 ? 'met' : 'missed');

// 3. One large document.
const large = {};
for (const mb of [1, 5, 10]) {
  const t = [];
  for (let i = 0; i < Math.max(2, Math.ceil(runs / 3)); i++) t.push(measure('node', [bin, '-f', 'json', '-o', '/dev/null', inputs.large[mb]]).wall);
  large[mb] = median(t);
  add(`scale: one ${mb} MB document`, fmt(large[mb]), '', '');
}
add('scale: 10 MB / 1 MB', `${(large[10] / large[1]).toFixed(2)}×`, '≤ 12×', large[10] / large[1] <= 12 ? 'met' : 'missed');

}

// 4. A 30-page policy as plain text, as a PDF printed by Chromium and as a Word file (the twins of
// test/helpers/twins.ts): reading the PDF or Word file may cost at most 3× the plain text.
if (!only || only === 'formats') {
  const { writeFileSync, readFileSync, mkdirSync } = await import('node:fs');
  mkdirSync(work, { recursive: true });
  const { build } = await import('esbuild');
  const bundled = await build({ entryPoints: [path.join(root, 'test/helpers/twins.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  const { blocksOf, docxOf, htmlOf } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  const { chromium } = await import('playwright-core');
  // Eleven copies of the longest seed: about 30 A4 pages.
  const copies = 11;
  const text = Array.from({ length: copies }, () => readFileSync(seed, 'utf8')).join('\n');
  const blocks = blocksOf(text, false);
  const files = { txt: path.join(work, 'long-policy.txt'), pdf: path.join(work, 'long-policy.pdf'), docx: path.join(work, 'long-policy.docx') };
  writeFileSync(files.txt, text);
  writeFileSync(files.docx, docxOf(blocks).bytes);
  const browser = await chromium.launch({ executablePath: process.env.POLICYLINT_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
  const page = await browser.newPage();
  await page.setContent(htmlOf(blocks, 'policy'));
  writeFileSync(files.pdf, await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } }));
  await browser.close();
  const { getDocumentProxy } = await import('unpdf');
  const pages = (await getDocumentProxy(new Uint8Array(readFileSync(files.pdf)))).numPages;
  const times = {};
  for (const [kind, file] of Object.entries(files)) {
    const t = [];
    for (let i = 0; i < runs; i++) t.push(measure('node', [bin, '-f', 'json', '-o', '/dev/null', file]).wall);
    times[kind] = median(t);
  }
  add(`formats: ${pages}-page policy as plain text`, fmt(times.txt), '', '');
  for (const kind of ['pdf', 'docx']) {
    const ratio = times[kind] / times.txt;
    add(`formats: the same as ${kind === 'pdf' ? 'PDF' : 'Word (.docx)'}`, `${fmt(times[kind])} (${ratio.toFixed(2)}× plain text)`, '≤ 3× plain text', ratio <= 3 ? 'met' : 'missed');
  }
}

const w = [Math.max(...rows.map((x) => x.what.length)), Math.max(...rows.map((x) => x.value.length)), Math.max(...rows.map((x) => x.goal.length))];
console.log(`\n| ${'measure'.padEnd(w[0])} | ${'median'.padEnd(w[1])} | ${'goal'.padEnd(w[2])} | result |`);
console.log(`|${'-'.repeat(w[0] + 2)}|${'-'.repeat(w[1] + 2)}|${'-'.repeat(w[2] + 2)}|--------|`);
for (const x of rows) console.log(`| ${x.what.padEnd(w[0])} | ${x.value.padEnd(w[1])} | ${x.goal.padEnd(w[2])} | ${x.ok.padEnd(6)} |`);
