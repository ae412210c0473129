// Prepares a release: `npm run release -- 0.2.0` (or `node scripts/release.mjs 0.2.0`).
//
// 1. sets the version in package.json and package-lock.json;
// 2. moves the pinned version in the install instructions (README.md, docs/*.md: the npm git URL
//    `#v0.1.0` and pre-commit's `rev: v0.1.0`) to the new one;
// 3. rebuilds the GitHub Action's bundle action-dist/ (it carries the version);
// 4. commits these files as "Release v0.2.0" (nothing else: the work tree must be clean);
// 5. prints the `git tag` and `git push` commands to run: the version tag (v0.2.0), which npm,
//    pre-commit and pinned workflows use, and the major tag (v0) moved to it, which
//    `uses: policylint/policylint@v0` follows. Pushing is left to a person.
//
// Options: --dry-run prints what would change and changes nothing; --no-commit leaves the changes
// in the work tree. See docs/releasing.md.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const commit = !args.includes('--no-commit');
const version = args.find((a) => !a.startsWith('--'))?.replace(/^v/, '');

function fail(message) {
  process.stderr.write(`release: ${message}\n`);
  process.exit(2);
}

const unknown = args.filter((a) => a.startsWith('--') && !['--dry-run', '--no-commit'].includes(a));
if (unknown.length) fail(`unknown option ${unknown[0]} (usage: npm run release -- <version> [--dry-run] [--no-commit])`);
if (!version) fail('give the new version: npm run release -- 0.2.0 [--dry-run] [--no-commit]');
if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) fail(`"${version}" is not a version such as 0.2.0 or 1.0.0-rc.1`);

const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (err) {
    fail(`git ${a[0]} failed: ${String(err.stderr || err.message).trim().split('\n')[0]}`);
  }
};
const readJson = (f) => JSON.parse(readFileSync(path.join(root, f), 'utf8'));
const pkg = readJson('package.json');
const previous = pkg.version;
if (previous === version) fail(`package.json is already at ${version}`);
const newer = (a, b) => {
  const pa = a.split(/[.-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] > pb[i];
  return !a.includes('-') && b.includes('-');
};
if (!newer(version, previous)) fail(`${version} is not newer than the current ${previous}`);
if (!dryRun && commit) {
  const dirty = git('status', '--porcelain');
  if (dirty) fail(`the work tree has uncommitted changes; commit or stash them first:\n${dirty}`);
}
const tags = git('tag', '--list', `v${version}`);
if (tags) fail(`tag v${version} exists already`);

const changes = [];
const write = (file, text) => {
  changes.push(file);
  if (!dryRun) writeFileSync(path.join(root, file), text);
};

// 1. package.json and package-lock.json (the top level and the root package entry).
write('package.json', `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
const lock = readJson('package-lock.json');
lock.version = version;
if (lock.packages?.['']) lock.packages[''].version = version;
write('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);

// 2. The pinned version in the install instructions.
const escaped = previous.replace(/\./g, '\\.');
const pins = new RegExp(`(policylint#v|rev: v|policylint@v)${escaped}(?![\\d.])`, 'g');
const previousMajor = previous.split('.')[0];
const majorPin = new RegExp(`(policylint/policylint@v)${previousMajor}(?![\\d.])`, 'g');
const docs = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
for (const file of docs) {
  const text = readFileSync(path.join(root, file), 'utf8');
  const updated = text.replace(pins, `$1${version}`).replace(majorPin, `$1${version.split('.')[0]}`);
  if (updated !== text) write(file, updated);
}

// 3. The Action's bundle, with the new version in it.
if (!dryRun) {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-action.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const built = [git('diff', '--name-only', '--', 'action-dist'), git('ls-files', '--others', '--exclude-standard', '--', 'action-dist')];
  changes.push(...built.join('\n').split('\n').filter(Boolean));
} else changes.push('action-dist/ (rebuilt)');

// 4. The release commit.
const tag = `v${version}`;
const major = `v${version.split('.')[0]}`;
if (!dryRun && commit) {
  git('add', '--', ...new Set(changes));
  git('commit', '-q', '-m', `Release ${tag}`);
}

// 5. What to run next.
const out = process.stdout;
out.write(`${dryRun ? '[dry run] would release' : 'Prepared'} ${tag} (was v${previous}):\n`);
for (const f of new Set(changes)) out.write(`  ${f}\n`);
if (dryRun) out.write('\nNothing was changed.\n');
else if (!commit) out.write('\nNot committed (--no-commit): review, then commit the files above as "Release ' + tag + '".\n');
else out.write(`\nCommitted: ${git('log', '-1', '--format=%h %s')}\n`);
out.write(`\nThen tag and push (the major tag ${major} is what \`uses: policylint/policylint@${major}\` follows):\n\n`);
out.write(`  git tag -a ${tag} -m "policylint ${tag}"\n`);
out.write(`  git tag -f ${major} ${tag}^{}\n`);
out.write(`  git push origin HEAD ${tag}\n`);
out.write(`  git push -f origin ${major}\n`);
