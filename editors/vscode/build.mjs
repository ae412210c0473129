// Bundles the extension (CommonJS, as VS Code loads extensions) and the language server it starts
// (ESM, one file with every parser) into dist/.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const common = { bundle: true, platform: 'node', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning', absWorkingDir: here };

await build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', format: 'cjs', external: ['vscode'] });
await build({
  ...common,
  entryPoints: ['src/server.ts'],
  outfile: 'dist/server.mjs',
  format: 'esm',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies (natural's stemmers, ignore, picomatch) call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
