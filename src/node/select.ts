import { promises as fs } from 'node:fs';
import { decode } from '../core/load.js';
import { looksLikePolicy } from '../core/policy-file.js';
import { type LoadedConfig, isConfiguredPolicy, isIgnored } from './config-files.js';

/** How much of a file the policy test reads: its title and opening (src/core/policy-file.ts). */
const HEAD_BYTES = 16_384;

export type FoundBy = 'name' | 'glob' | 'walk';

export interface Selection {
  lint: boolean;
  /** Why, in a few words (--print-config shows it). */
  reason: string;
}

/** The start of a file as text, cut at a line end so that no character is cut in half. */
async function readHead(file: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    let bytes = buf.subarray(0, bytesRead);
    if (bytesRead === HEAD_BYTES) {
      const nl = bytes.lastIndexOf(0x0a);
      if (nl > 0) bytes = bytes.subarray(0, nl + 1);
    }
    try {
      return decode(bytes).text;
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

/**
 * Which files are linted, in one place for the CLI, the Action and the pre-commit hook
 * (docs/configuration.md, "Which files are linted"): a file named on the command line always is,
 * unless `policyTestForNamed` (--only-policies: hooks pass every changed file by name); the
 * config's `ignores` drop files found by globs and directory walks; a file found by walking a
 * directory is linted when it matches the config's `files`, or, without `files`, when it looks
 * like a policy by its name, title or opening words.
 */
export async function selectFile(file: string, foundBy: FoundBy, loaded: LoadedConfig | undefined, policyTestForNamed = false): Promise<Selection> {
  if (foundBy === 'name' && !policyTestForNamed) return { lint: true, reason: 'named on the command line' };
  if (isIgnored(loaded, file)) return { lint: false, reason: `matches "ignores" of ${loaded!.path}` };
  if (foundBy === 'glob' && !policyTestForNamed) return { lint: true, reason: 'matched by a glob' };
  const configured = isConfiguredPolicy(loaded, file);
  if (configured !== undefined) return configured ? { lint: true, reason: `matches "files" of ${loaded!.path}` } : { lint: false, reason: `not in "files" of ${loaded!.path}` };
  const head = await readHead(file);
  // An unreadable file is linted, so that the report says why it could not be read.
  if (head === undefined) return { lint: true, reason: 'could not be read for the policy test' };
  return looksLikePolicy(file, head)
    ? { lint: true, reason: 'a policy by its name, title or opening words' }
    : { lint: false, reason: 'not a policy by its name, title or opening words (name it in "files" to lint it)' };
}
