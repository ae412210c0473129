// Bundles the CLI (and the language server) into ESM files: one file to load is the main lever on start-up time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { cli: 'src/node/cli.ts', worker: 'src/node/worker.ts', api: 'src/api.ts', 'language-server': 'src/node/language-server.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Markdown and HTML parsers load only when a file needs them (separate chunks).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  minify: !process.env.NO_MINIFY,
  sourcemap: 'linked',
  legalComments: 'none',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies (natural's stemmers, ignore, picomatch) call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
