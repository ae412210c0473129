// Builds the playground: bundles web/playground.ts (the browser-safe core, the rules, the HTML
// report formatter and the page's code) for the browser, and inlines it with web/playground.css
// into web/index.html, writing one self-contained page: web/dist/index.html. The page loads nothing
// else (works offline and from file://); its Content-Security-Policy allows exactly the inline
// script and stylesheet by their SHA-256 hashes, and blob: workers (the page lints in a Web Worker
// made from its own script). Usage: node scripts/build-web.mjs [--outdir <dir>]
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outdirArg = args.indexOf('--outdir');
const outdir = outdirArg >= 0 ? path.resolve(args[outdirArg + 1]) : path.join(root, 'web/dist');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const repo = String(pkg.repository?.url ?? 'https://github.com/policylint/policylint').replace(/^git\+/, '').replace(/\.git$/, '');

function fail(message) {
  console.error(`build-web: ${message}`);
  process.exit(1);
}

const result = await build({
  entryPoints: [path.join(root, 'web/playground.ts')],
  bundle: true,
  write: false,
  platform: 'browser',
  // The same script is the page and its Web Worker: prefer packages' worker builds, which do not
  // touch `document` (decode-named-character-reference's browser build does, at load time).
  conditions: ['worker'],
  format: 'iife',
  target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  metafile: true,
  define: {
    __VERSION__: JSON.stringify(pkg.version),
    __DOCS_BASE__: JSON.stringify(`${repo}/blob/main/docs/rules`),
    'process.env.NODE_ENV': '"production"',
    // pdf.js asks whether it runs in Node (typeof process): in the page it does not.
    process: 'undefined',
  },
  logLevel: 'warning',
}).catch((err) => fail(err.message));

const js = result.outputFiles[0].text;

// The core must stay browser-safe: nothing in the bundle may reach for Node.
const leftovers = [
  [/\brequire\(\s*["'`]/, 'a require() call'],
  [/\bprocess\.(?:env|argv|cwd|platform|versions|stdout|stderr|exit)\b/, 'a use of process'],
  [/\b__dirname\b|\b__filename\b/, '__dirname / __filename'],
  [/["'`]node:[a-z]/, 'a node: module'],
  // pdf.js builds `await import("${url}")` for a worker on another origin, which the page never
  // sets (pdf.js runs without a worker here, and the CSP would refuse it): that one is allowed.
  [/\bimport\((?!"\$\{)/, 'a dynamic import (the page loads no other file)'],
];
for (const [re, what] of leftovers) {
  const m = re.exec(js);
  if (m) fail(`the bundle contains ${what}: …${js.slice(Math.max(0, m.index - 80), m.index + 80)}…`);
}
// The script is inlined in the page: nothing in it may end its <script> element early, nor keep the
// real end tag from ending it ("<!--" followed by "<script" puts the HTML parser into the script
// data double-escaped state, where "</script>" no longer ends the element).
if (/<\/script/i.test(js)) fail('the bundle contains "</script", which cannot be inlined');
for (let at = js.indexOf('<!--'); at >= 0; at = js.indexOf('<!--', at + 4)) {
  const close = js.indexOf('-->', at + 4);
  const script = js.slice(at).search(/<script/i);
  if (script >= 0 && (close < 0 || at + script < close)) fail('the bundle contains "<!--" followed by "<script", which cannot be inlined');
}

const css = readFileSync(path.join(root, 'web/playground.css'), 'utf8');
if (/<\/style/i.test(css)) fail('playground.css contains "</style"');
const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${hash(js)}`,
  `style-src ${hash(css)}`,
  'worker-src blob:',
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

let html = readFileSync(path.join(root, 'web/index.html'), 'utf8');
const replaceOnce = (pattern, replacement, what) => {
  const before = html;
  html = html.replace(pattern, () => replacement);
  if (html === before) fail(`web/index.html has no ${what}`);
};
replaceOnce(/<!--\s*The policylint playground\.[\s\S]*?-->\n/, '', 'leading comment');
replaceOnce('<!-- @csp -->', `<meta http-equiv="Content-Security-Policy" content="${csp}">`, '<!-- @csp --> marker');
replaceOnce(/<!-- @unbuilt -->[\s\S]*?<!-- \/@unbuilt -->\n?/, '', '<!-- @unbuilt --> block');
replaceOnce('<link rel="stylesheet" href="playground.css">', `<style>${css}</style>`, 'stylesheet link');
replaceOnce('<script src="dist/playground.js"></script>', `<script>${js}</script>`, 'script element');

mkdirSync(outdir, { recursive: true });
writeFileSync(path.join(outdir, 'index.html'), html);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`build-web: ${path.relative(process.cwd(), path.join(outdir, 'index.html')) || 'index.html'} (${kb(Buffer.byteLength(html))}; script ${kb(Buffer.byteLength(js))})`);
