import { promises as fs } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

import { SERVER_PAGE_EXTENSIONS } from '../core/load.js';

/** Extensions of the files a directory walk reads: text, Markdown, HTML, server pages, PDF and Word (docs/formats.md). */
export const POLICY_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', ...SERVER_PAGE_EXTENSIONS.map((e) => `.${e}`), '.pdf', '.docx'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export type Target = { kind: 'file'; path: string; explicit: boolean } | { kind: 'stdin' } | { kind: 'error'; path: string; reason: string };

/**
 * Turns the command line's files, directories, globs and "-" into targets, in argument order.
 * Directories are walked for policy files, skipping node_modules and .gitignore'd paths.
 */
export async function expandTargets(args: string[], cwd: string): Promise<Target[]> {
  const out: Target[] = [];
  const seen = new Set<string>();
  const push = (p: string, explicit: boolean) => {
    const abs = path.resolve(cwd, p);
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ kind: 'file', path: abs, explicit });
  };
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat: import('node:fs').Stats | undefined;
    try {
      stat = await fs.stat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        out.push({ kind: 'error', path: abs, reason: 'symbolic link loop' });
        continue;
      }
      if (isDynamicPattern(arg)) {
        const matches = await glob(arg, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
        if (matches.length === 0) out.push({ kind: 'error', path: arg, reason: 'no files match this pattern' });
        for (const m of matches.sort()) push(m, false);
        continue;
      }
      out.push({ kind: 'error', path: abs, reason: code === 'EACCES' ? 'permission denied' : 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(abs, [], found, new Set());
      if (found.length === 0) out.push({ kind: 'error', path: abs, reason: `no policy files (${POLICY_EXTENSIONS.join(', ')}) in this directory` });
      for (const f of found.sort()) push(f, false);
    } else push(abs, true);
  }
  return out;
}

type Ignorer = { base: string; ig: ReturnType<typeof ignore> };

async function walk(dir: string, ignorers: Ignorer[], found: string[], visited: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch {
    return;
  }
  if (visited.has(real)) return; // symlink loop
  visited.add(real);
  let local = ignorers;
  try {
    const gi = await fs.readFile(path.join(dir, '.gitignore'), 'utf8');
    local = [...ignorers, { base: dir, ig: ignore().add(gi) }];
  } catch {
    // no .gitignore here
  }
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await fs.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir && SKIP_DIRS.has(e.name)) continue;
    if (local.some(({ base, ig }) => ig.ignores(path.relative(base, full).split(path.sep).join('/') + (isDir ? '/' : '')))) continue;
    if (isDir) await walk(full, local, found, visited);
    else if (isFile && POLICY_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) found.push(full);
  }
}
