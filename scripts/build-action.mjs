// Bundles the GitHub Action (src/action/index.ts) into action-dist/, which is committed: the runner
// runs action-dist/index.js straight from a checkout of this repository, without npm install.
// Deterministic (same sources, same bytes): test/action.test.ts rebuilds into a temporary folder
// and fails when the committed bundle is stale. Rebuild after changing the Action, the core or
// the rules:  node scripts/build-action.mjs
//
// Usage: node scripts/build-action.mjs [--outdir <dir>]   (default: action-dist)
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--outdir');
const outdir = path.resolve(i > 0 ? process.argv[i + 1] : path.join(root, 'action-dist'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

mkdirSync(outdir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: [path.join(root, 'src/action/index.ts')],
  outfile: path.join(outdir, 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none', // the licences of everything bundled go to licenses.txt instead
  metafile: true,
  charset: 'utf8',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies (natural's stemmers, ignore, picomatch) call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
// The bundle is ESM whatever package.json around it says.
writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({ type: 'module', private: true }, null, 2)}\n`);

// The licence of every third-party package in the bundle, sorted by name.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  // The innermost node_modules/<package>/ of the path (nested copies are packages of their own).
  const m = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(input.split(path.sep).join('/'));
  if (!m) continue;
  const dir = path.join(root, m[0]);
  const meta = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  packages.set(`${meta.name ?? m[2]}@${meta.version}`, { dir, meta });
}
let licenses = `Third-party software bundled into index.js (policylint ${pkg.version} GitHub Action)\n`;
for (const name of [...packages.keys()].sort()) {
  const { dir, meta } = packages.get(name);
  const file = readdirSync(dir).sort().find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = file && existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8').trim() : `(no licence file; package.json says: ${meta.license ?? 'unknown'})`;
  licenses += `\n${'-'.repeat(78)}\n${name} (${typeof meta.license === 'string' ? meta.license : 'see below'})\n\n${text}\n`;
}
writeFileSync(path.join(outdir, 'licenses.txt'), licenses);
