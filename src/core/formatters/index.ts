import type { FileResult, RuleMeta } from '../types.js';
export { streamingFormatters } from './stream.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish, type Palette, plain } from './stylish.js';

export interface FormatContext {
  palette?: Palette;
  /** Every rule's meta, for formats that describe the rules (SARIF). */
  rules?: readonly RuleMeta[];
  /** Working directory: relative file paths in the results are relative to it. */
  cwd?: string;
  /**
   * Repository root for the paths in SARIF and GitHub reports (GITHUB_WORKSPACE in a workflow).
   * Defaults to cwd.
   */
  workspace?: string;
  /** Base URL of the rules' docs pages (`${docsBase}/${ruleId}.md`); defaults to the project's. */
  docsBase?: string;
  version?: string;
  /** Language of the report's own words (html): the --locale flag; 'auto' follows the documents. */
  locale?: 'auto' | 'ru' | 'en';
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

/** Every output format, by the name --format takes. */
export const formatters: Record<string, Formatter> = {
  stylish: (results, ctx) => formatStylish(results, ctx.palette ?? plain, ctx.locale),
  json: (results) => formatJson(results),
  sarif: (results, ctx) => formatSarif(results, ctx),
  github: (results, ctx) => formatGithub(results, ctx),
  html: (results, ctx) => formatHtml(results, ctx),
};
