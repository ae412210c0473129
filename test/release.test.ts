import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');

describe('one install story', () => {
  const places = ['README.md', 'docs/github-action.md', 'docs/pre-commit.md'];
  const block = (f: string) => {
    const m = /<!-- install:[^>]*-->\n([\s\S]*?)<!-- \/install -->/.exec(read(f));
    if (!m) throw new Error(`${f} has no install block`);
    return m[1];
  };

  test('README, docs/github-action.md and docs/pre-commit.md give the same instructions, pinned to this version', () => {
    const readme = block('README.md');
    for (const f of places) expect([f, block(f)]).toEqual([f, readme]);
    expect(readme).toContain(`npm install -D github:policylint/policylint#v${pkg.version}`);
    expect(readme).toContain(`uses: policylint/policylint@v${pkg.version.split('.')[0]}`);
    expect(readme).toContain(`rev: v${pkg.version}`);
  });

  test('no install instruction that does not work: the npm registry name, unpinned npx --yes, @v1, rev: v1.0.0', () => {
    const docs = ['README.md', ...execFileSync('git', ['ls-files', 'docs/*.md'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean)];
    for (const f of docs) {
      const text = read(f);
      expect([f, text.match(/npm (?:install|i)(?: -[DgS]| --save-dev| --global)* policylint\b|npx --yes policylint/g)]).toEqual([f, null]);
      // Every pinned version is this one (a tag that exists), and the Action's major tag is this major.
      for (const m of text.matchAll(/(?:policylint#v|rev: v|policylint\/policylint@v)(\d+\.\d+\.\d+)/g)) expect([f, m[1]]).toEqual([f, pkg.version]);
      for (const m of text.matchAll(/policylint\/policylint@v(\d+)(?![\d.])/g)) expect([f, m[1]]).toEqual([f, pkg.version.split('.')[0]]);
    }
    // Installing from git builds the package: dist/ comes from `prepare`.
    expect(pkg.scripts.prepare).toBe('npm run build');
    expect(pkg.scripts.release).toBe('node scripts/release.mjs');
  });
});

describe('npm run release, in a temporary copy of the repository', () => {
  let tmp = '';
  let repo = '';
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const release = (...args: string[]) => {
    const r = spawnSync('node', ['scripts/release.mjs', ...args], { cwd: repo, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const json = (f: string) => JSON.parse(readFileSync(path.join(repo, f), 'utf8'));

  beforeAll(() => {
    // The work tree's tracked files (what would be committed), in a fresh repository.
    tmp = mkdtempSync(path.join(tmpdir(), 'policylint-release-'));
    repo = path.join(tmp, 'policylint');
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const f of files) {
      mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
      try {
        copyFileSync(path.join(root, f), path.join(repo, f));
      } catch {
        // deleted in the work tree
      }
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(repo, 'node_modules'));
    writeFileSync(path.join(repo, '.git-info-exclude'), '');
    git('init', '-q', '-b', 'main');
    writeFileSync(path.join(repo, '.git/info/exclude'), 'node_modules\n');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    git('config', 'commit.gpgsign', 'false');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
  }, 60_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('refuses what cannot be a release: no version, not a version, not newer, a dirty work tree', () => {
    expect(release().stderr).toContain('give the new version');
    expect(release('one').stderr).toBe('release: "one" is not a version such as 0.2.0 or 1.0.0-rc.1\n');
    expect(release(pkg.version).stderr).toBe(`release: package.json is already at ${pkg.version}\n`);
    expect(release('0.0.1').code).toBe(2);
    writeFileSync(path.join(repo, 'scratch.txt'), 'x');
    const dirty = release('9.8.7');
    expect(dirty.stderr).toMatch(/^release: the work tree has uncommitted changes/);
    expect(dirty.code).toBe(2);
    rmSync(path.join(repo, 'scratch.txt'));
  });

  test('--dry-run changes nothing and says what it would do', () => {
    const head = git('rev-parse', 'HEAD');
    const r = release('9.8.7', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`[dry run] would release v9.8.7 (was v${pkg.version}):\n  package.json\n  package-lock.json\n`);
    expect(r.stdout).toContain('  git tag -a v9.8.7 -m "policylint v9.8.7"\n');
    expect(git('status', '--porcelain')).toBe('');
    expect(git('rev-parse', 'HEAD')).toBe(head);
  });

  test('sets the version everywhere, rebuilds action-dist, commits, and prints the tag and push commands', () => {
    const r = release('9.8.7');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(json('package.json').version).toBe('9.8.7');
    expect(json('package-lock.json').version).toBe('9.8.7');
    expect(json('package-lock.json').packages[''].version).toBe('9.8.7');
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
    expect(readme).toContain('npm install -D github:policylint/policylint#v9.8.7');
    expect(readme).toContain('rev: v9.8.7');
    expect(readme).not.toContain(`#v${pkg.version}`);
    expect(readFileSync(path.join(repo, 'docs/pre-commit.md'), 'utf8')).toContain('    rev: v9.8.7');
    expect(readFileSync(path.join(repo, 'action-dist/index.js'), 'utf8')).toContain('"9.8.7"');
    expect(git('log', '-1', '--format=%s')).toBe('Release v9.8.7');
    expect(git('status', '--porcelain')).toBe('');
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(
      expect.arrayContaining(['README.md', 'action-dist/index.js', 'docs/github-action.md', 'docs/pre-commit.md', 'package-lock.json', 'package.json']),
    );
    expect(r.stdout).toContain(
      '  git tag -a v9.8.7 -m "policylint v9.8.7"\n  git tag -f v9 v9.8.7^{}\n  git push origin HEAD v9.8.7\n  git push -f origin v9\n',
    );
    // The released tree passes the install-story checks with the new version.
    const block = /<!-- install:[^>]*-->\n([\s\S]*?)<!-- \/install -->/.exec(readme)![1];
    expect(block).toContain('uses: policylint/policylint@v9');
  }, 120_000);
});
