/**
 * A small ZIP reader for Word files: reads the central directory, and inflates only the parts
 * asked for, with fflate's streaming inflater under a byte budget, so that a zip bomb is refused
 * from its declared sizes before any inflating, and a lying one when it passes the budget.
 * Browser-safe. See docs/formats.md (Word).
 */
import { Inflate } from 'fflate';
import { LoadError } from '../load.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipLimits {
  /** Largest uncompressed size of one part. */
  maxPartSize: number;
  /** Largest uncompressed : compressed ratio of a part above 1 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxPartSize: 64e6, maxRatio: 200 };

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;

/** The entries of the central directory, by name. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  // End of central directory: the last signature in the final 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new LoadError('corrupt Word file: not a complete ZIP archive (no central directory)');
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff) throw new LoadError('ZIP64 archive: too large for a Word policy');
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new LoadError('corrupt Word file: damaged ZIP central directory');
    const nameLen = u16(bytes, p + 28);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.set(name, {
      name,
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    });
    p += 46 + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

function mb(n: number): string {
  return n >= 1e9 ? `${+(n / 1e9).toFixed(1)} GB` : `${+(n / 1e6).toFixed(1)} MB`;
}

/** The uncompressed bytes of one entry, refused when it is (or turns out to be) over the limits. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Uint8Array {
  const limit = `the limit for a Word file is ${mb(limits.maxPartSize)} and a ratio of ${limits.maxRatio}:1`;
  const ratio = (size: number) => (entry.compressedSize ? ` (ratio ${Math.round(size / entry.compressedSize)}:1)` : '');
  if (entry.flags & 1) throw new LoadError('encrypted (password-protected) Word file: save it without a password');
  if (entry.size > limits.maxPartSize || (entry.size > 1e6 && entry.size > entry.compressedSize * limits.maxRatio)) {
    throw new LoadError(`${entry.name} inflates to ${mb(entry.size)}${ratio(entry.size)}, a zip bomb? (${limit})`);
  }
  const p = entry.localOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) throw new LoadError(`corrupt Word file: damaged ZIP entry ${entry.name}`);
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new LoadError(`corrupt Word file: ${entry.name} is cut short`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new LoadError(`unsupported ZIP compression method ${entry.method} in ${entry.name}`);
  // The declared size may lie: the budget is checked on what actually comes out.
  const budget = Math.min(limits.maxPartSize, Math.max(entry.size, 1e6, entry.compressedSize * limits.maxRatio));
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate();
  inflater.ondata = (chunk) => {
    total += chunk.length;
    if (total > budget) throw new LoadError(`${entry.name} inflates to more than ${mb(budget)}${ratio(total)} although it declares ${mb(entry.size)}, a zip bomb? (${limit})`);
    chunks.push(chunk);
  };
  // Small steps: one step inflates to at most about 1000 times its size.
  const STEP = 1 << 12;
  try {
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, Math.min(data.length, i + STEP)), i + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof LoadError) throw err;
    throw new LoadError(`corrupt Word file: ${entry.name} does not inflate (${(err as Error).message})`);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
