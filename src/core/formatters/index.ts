import type { FileResult, RuleMeta } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish, type Palette, plain } from './stylish.js';

export interface FormatContext {
  palette?: Palette;
  /** Every rule's meta, for formats that describe the rules (SARIF). */
  rules?: readonly RuleMeta[];
  /** Working directory / repository root, for formats that need relative paths. */
  cwd?: string;
  version?: string;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

export const formatters: Record<string, Formatter> = {
  stylish: (results, ctx) => formatStylish(results, ctx.palette ?? plain),
  json: (results) => formatJson(results),
};
