/**
 * Pure path helpers for the formatters (browser-safe: no node:path). They accept POSIX and Windows
 * paths, with '/' or '\' separators, and always answer with '/'.
 */

const DRIVE = /^[A-Za-z]:(?:[\\/]|$)/;

export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || DRIVE.test(p);
}

function isWindowsPath(p: string): boolean {
  return DRIVE.test(p) || p.startsWith('\\\\');
}

/** Splits a path into its segments, resolving "." and ".." (never above the root). */
function segments(p: string): string[] {
  const out: string[] = [];
  for (const s of p.replace(/\\/g, '/').split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!isAbsolutePath(p)) out.push('..');
      continue;
    }
    out.push(s);
  }
  return out;
}

/** An absolute path, normalised to '/' separators ("C:/x/y" or "/x/y"). */
export function normaliseAbsolute(p: string): string {
  const segs = segments(p);
  if (DRIVE.test(p)) return `${segs[0].toUpperCase()}/${segs.slice(1).join('/')}`;
  return `/${segs.join('/')}`;
}

/** `file` resolved against `base` when relative. */
export function resolvePath(base: string | undefined, file: string): string | undefined {
  if (isAbsolutePath(file)) return normaliseAbsolute(file);
  if (!base) return undefined;
  return normaliseAbsolute(`${base.replace(/\\/g, '/')}/${file}`);
}

/**
 * The path of `file` relative to `root` with '/' separators, or undefined when it lies outside
 * `root` (or cannot be resolved). `file` may be relative to `cwd`.
 */
export function relativePath(root: string | undefined, file: string, cwd?: string): string | undefined {
  if (!root) return isAbsolutePath(file) ? undefined : segments(file).join('/') || undefined;
  const abs = resolvePath(cwd ?? root, file);
  if (!abs) return undefined;
  const r = normaliseAbsolute(root);
  const windows = isWindowsPath(r) || isWindowsPath(abs);
  const a = segments(abs);
  const b = segments(r);
  if (b.length > a.length) return undefined;
  for (let i = 0; i < b.length; i++) {
    const same = windows ? a[i].toLowerCase() === b[i].toLowerCase() : a[i] === b[i];
    if (!same) return undefined;
  }
  const rest = a.slice(b.length);
  return rest.length ? rest.join('/') : undefined;
}

/** Percent-encodes each segment of a '/'-separated path for use in a URI reference. */
export function encodePathUri(p: string): string {
  return p
    .split('/')
    .map((s, i) => (i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s)))
    .join('/');
}

/** A `file:` URI for an absolute path; directories get a trailing slash when `dir` is set. */
export function fileUri(absPath: string, dir = false): string {
  const n = normaliseAbsolute(absPath);
  const body = encodePathUri(n.startsWith('/') ? n.slice(1) : n);
  const uri = `file:///${body}`;
  return dir && !uri.endsWith('/') ? `${uri}/` : uri;
}
