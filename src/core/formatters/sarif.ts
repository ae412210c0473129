/**
 * SARIF 2.1.0 report (docs/architecture.md, "Output contracts"): one run, every rule as `tool.driver.rules`, one result per
 * finding with a location relative to the repository root, and fingerprints that survive unrelated
 * edits. Accepted by GitHub code scanning (checked with Microsoft's validator and its GitHub rules,
 * see test/formatters/sarif.test.ts). Pure and browser-safe.
 */
import type { FileResult, LintMessage, RuleMeta, SourceFormat } from '../types.js';
import { unusedDisableMeta } from '../suppress.js';
import { LineIndex } from '../text.js';
import type { FormatContext } from './index.js';
import { encodePathUri, fileUri, isAbsolutePath, relativePath } from './paths.js';

import { DOCS_BASE as DEFAULT_DOCS_BASE, PROJECT_URL } from '../project.js';

export { PROJECT_URL };
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our own entry in `partialFingerprints` (GitHub's upload action adds primaryLocationLineHash). */
export const FINGERPRINT_KEY = 'policylint/v1';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  snippet?: { text: string };
  properties?: Record<string, string | number>;
}

/** Serialises results as a SARIF 2.1.0 log (pretty-printed JSON, trailing newline). */
export function formatSarif(results: readonly FileResult[], ctx: FormatContext = {}): string {
  return `${JSON.stringify(buildSarif(results, ctx), null, 2)}\n`;
}

/** The SARIF log as an object (for callers that post-process it). */
export function buildSarif(results: readonly FileResult[], ctx: FormatContext = {}) {
  const root = ctx.workspace ?? ctx.cwd;
  const docsBase = (ctx.docsBase ?? DEFAULT_DOCS_BASE).replace(/\/+$/, '');

  // Rules: the context's, then the engine's own unused-disable check, then any id only seen in results.
  const metas: RuleMeta[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (meta: RuleMeta) => {
    if (ruleIndex.has(meta.id)) return;
    ruleIndex.set(meta.id, metas.length);
    metas.push(meta);
  };
  for (const meta of ctx.rules ?? []) addRule(meta);
  addRule(unusedDisableMeta);
  const urlOf = new Map<string, string>();
  for (const r of results) {
    for (const m of r.messages) {
      if (!m.ruleId) continue;
      if (m.url && !urlOf.has(m.ruleId)) urlOf.set(m.ruleId, m.url);
      if (!m.fatal && !ruleIndex.has(m.ruleId)) addRule(unknownRule(m));
    }
  }
  const rules = metas.map((meta) => describeRule(meta, urlOf.get(meta.id) ?? `${docsBase}/${meta.id}.md`));

  const artifacts: Record<string, unknown>[] = [];
  const sarifResults: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];

  for (const file of results) {
    const loc = locate(file.filePath, root, ctx.cwd);
    const fatals = file.messages.filter((m) => m.fatal);
    for (const m of fatals) {
      const n: Record<string, unknown> = {
        level: 'error',
        message: { text: sentence(`${file.filePath}: ${m.message}`) },
        locations: [{ physicalLocation: { artifactLocation: loc } }],
      };
      if (m.ruleId && ruleIndex.has(m.ruleId)) n.associatedRule = { id: m.ruleId, index: ruleIndex.get(m.ruleId) };
      notifications.push(n);
    }
    if (fatals.length && fatals.length === file.messages.length && file.source === undefined) continue;

    const artifact: ArtifactLocation = { ...loc, index: artifacts.length };
    const entry: Record<string, unknown> = { location: loc, mimeType: MIME[file.format ?? 'text'] };
    if (file.encoding) entry.encoding = file.encoding;
    if (file.language) entry.properties = { language: file.language };
    artifacts.push(entry);

    const lines = file.source !== undefined ? new LineIndex(file.source) : undefined;
    const seen = new Map<string, number>();
    for (const m of file.messages) {
      if (m.fatal || !m.ruleId) continue;
      const region = regionOf(m, file.source, lines);
      // PDF and Word: lines count the extracted text; where the reader finds it rides along.
      const where = readerLocation(m);
      if (where) region.properties = where;
      const text = textAt(m, file.source, lines);
      const key = [artifact.uri, m.ruleId, m.messageId ?? '', normalise(text)].join('\u0000');
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId),
        level: (m.severity === 2 ? 'error' : 'warning') satisfies Level,
        message: { text: sentence(m.message) },
        locations: [{ physicalLocation: withContext({ artifactLocation: artifact, region }, contextOf(region, file.source, lines)) }],
        partialFingerprints: { [FINGERPRINT_KEY]: hash64(`${key}\u0000${occurrence}`) },
      };
      const props: Record<string, unknown> = {};
      if (m.messageId) props.messageId = m.messageId;
      if (m.law && m.law !== '—') props.law = m.law;
      if (m.suggestions?.length) {
        props.suggestions = m.suggestions;
        const fixes = fixesOf(m, artifact, region, lines?.lineCount);
        if (fixes.length) result.fixes = fixes;
      }
      if (Object.keys(props).length) result.properties = props;
      sarifResults.push(result);
    }
  }

  const invocation: Record<string, unknown> = { executionSuccessful: notifications.length === 0 };
  if (notifications.length) invocation.toolExecutionNotifications = notifications;
  if (ctx.cwd && isAbsolutePath(ctx.cwd)) invocation.workingDirectory = { uri: fileUri(ctx.cwd, true) };

  const version = ctx.version ?? '0.0.0-dev';
  const driver: Record<string, unknown> = {
    name: 'policylint',
    fullName: 'policylint: privacy policy linter for 152-FZ',
    version,
    informationUri: PROJECT_URL,
    rules,
  };
  if (/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(version)) driver.semanticVersion = version;

  const run: Record<string, unknown> = {
    tool: { driver },
    invocations: [invocation],
  };
  if (root && isAbsolutePath(root)) {
    run.originalUriBaseIds = { [SRCROOT]: { uri: fileUri(root, true), description: { text: 'The repository root.' } } };
  }
  run.artifacts = artifacts;
  run.results = sarifResults;
  run.columnKind = 'utf16CodeUnits';
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

const MIME: Record<SourceFormat, string> = {
  markdown: 'text/markdown',
  html: 'text/html',
  text: 'text/plain',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The file's location: relative to the root (with %SRCROOT%) when inside it, else an absolute file URI. */
function locate(filePath: string, root: string | undefined, cwd: string | undefined): ArtifactLocation {
  const rel = relativePath(root, filePath, cwd);
  if (rel !== undefined) return { uri: encodePathUri(rel), uriBaseId: SRCROOT };
  if (isAbsolutePath(filePath)) return { uri: fileUri(filePath) };
  const base = cwd && isAbsolutePath(cwd) ? cwd : undefined;
  if (base) return { uri: fileUri(`${base}/${filePath}`) };
  return { uri: encodePathUri(filePath.replace(/\\/g, '/')), uriBaseId: SRCROOT };
}

/**
 * SARIF region of a finding (1-based columns, end exclusive, as ours). A finding without a span
 * (reported at 1:1 because the thing is absent) gets a line-only region: the whole first line.
 */
function regionOf(m: LintMessage, source: string | undefined, lines: LineIndex | undefined): Region {
  const endLine = m.endLine ?? m.line;
  const endColumn = m.endColumn ?? m.column;
  const zeroWidth = endLine === m.line && endColumn <= m.column;
  const region: Region = zeroWidth ? { startLine: m.line, startColumn: m.column } : { startLine: m.line, startColumn: m.column, endLine, endColumn };
  if (source !== undefined && lines) {
    const s = offsetOf(lines, m.line, m.column);
    const e = zeroWidth ? lines.lineEnd(m.line) : offsetOf(lines, endLine, endColumn);
    if (e > s && e - s <= MAX_SNIPPET) region.snippet = { text: source.slice(s, e) };
  }
  return region;
}

/** The whole lines around a region (one more on each side), for viewers without the file. */
function contextOf(region: Region, source: string | undefined, lines: LineIndex | undefined): Region | undefined {
  if (source === undefined || !lines) return undefined;
  const startLine = Math.max(1, region.startLine - 1);
  const endLine = Math.min(lines.lineCount, (region.endLine ?? region.startLine) + 1);
  // SARIF1008: the context must be a proper superset of the region (a one-line file has none).
  if (startLine === region.startLine && endLine === (region.endLine ?? region.startLine)) return undefined;
  const s = lines.lineStart(startLine);
  const e = lines.lineEnd(endLine);
  if (e <= s || e - s > MAX_CONTEXT) return undefined;
  return { startLine, endLine, snippet: { text: source.slice(s, e) } };
}

/** Page and line (PDF) or paragraph and clause (Word) of a finding, for the region's property bag. */
function readerLocation(m: LintMessage): Record<string, string | number> | undefined {
  const out: Record<string, string | number> = {};
  for (const k of ['page', 'pageLine', 'paragraph', 'clause'] as const) if (m[k] !== undefined) out[k] = m[k]!;
  return Object.keys(out).length ? out : undefined;
}

const MAX_SNIPPET = 2000;
const MAX_CONTEXT = 6000;

function offsetOf(lines: LineIndex, line: number, column: number): number {
  return lines.lineStart(line) + column - 1;
}

/**
 * The text a finding is about, the base of its fingerprint: the reported span, or, for a
 * zero-width finding, its line. Findings about something absent that have no place to point at are
 * reported at 1:1: they get no text, on purpose, so that editing line 1 does not change their identity.
 */
function textAt(m: LintMessage, source: string | undefined, lines: LineIndex | undefined): string {
  if (source === undefined || !lines) return '';
  const endLine = m.endLine ?? m.line;
  const endColumn = m.endColumn ?? m.column;
  if (endLine > m.line || endColumn > m.column) return source.slice(offsetOf(lines, m.line, m.column), offsetOf(lines, endLine, endColumn));
  if (m.line === 1 && m.column === 1) return '';
  return source.slice(lines.lineStart(m.line), lines.lineEnd(m.line));
}

function withContext<T extends object>(location: T, contextRegion: Region | undefined): T & { contextRegion?: Region } {
  return contextRegion ? { ...location, contextRegion } : location;
}

/** Lower-cased, ё→е, whitespace collapsed: the identity of a finding's text. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/gu, ' ').trim().slice(0, 1000);
}

/**
 * Suggestions as SARIF fixes. A 'replace' suggestion replaces the reported span (as an ESLint
 * suggestion's fix does); an 'insert' suggestion adds its text as a new paragraph after the
 * reported line. Findings without a span keep their suggestions in properties only.
 */
function fixesOf(m: LintMessage, artifact: ArtifactLocation, region: Region, lineCount: number | undefined) {
  if (region.endLine === undefined || region.endColumn === undefined) return [];
  const { startLine, startColumn, endLine, endColumn } = region;
  const fixes = [];
  for (const s of m.suggestions ?? []) {
    let replacement;
    if (s.kind === 'insert') {
      // An insertion at the start of the line after the finding; none past the file's end.
      if (lineCount === undefined || endLine >= lineCount) continue;
      replacement = { deletedRegion: { startLine: endLine + 1, startColumn: 1, endLine: endLine + 1, endColumn: 1 }, insertedContent: { text: `${s.text}\n\n` } };
    } else {
      replacement = { deletedRegion: { startLine, startColumn, endLine, endColumn }, insertedContent: { text: s.text } };
    }
    fixes.push({
      description: { text: sentence(s.desc) },
      artifactChanges: [{ artifactLocation: { uri: artifact.uri, uriBaseId: artifact.uriBaseId, index: artifact.index }, replacements: [replacement] }],
    });
  }
  return fixes;
}

function describeRule(meta: RuleMeta, url: string) {
  const law = meta.law && meta.law !== '—' ? meta.law : undefined;
  const severities = Object.values(meta.messages).map((m) => m.severity);
  const level: Level = severities.includes('error') ? 'error' : 'warning';
  const en = sentence(meta.description.en);
  const ru = sentence(meta.description.ru);
  const messages = Object.entries(meta.messages);
  const textLines = [
    en,
    ru,
    ...(law ? [`Law: ${law}.`] : []),
    'Findings:',
    ...messages.map(([id, m]) => `- ${id} (${m.severity === 'error' ? 'error' : 'warning'}${m.law ? `, ${m.law}` : ''}): ${m.text.en}`),
    `Documentation: ${url}`,
  ];
  const md = [
    `**${en}**`,
    '',
    ru,
    '',
    ...(law ? [`**Law:** ${law}`, ''] : []),
    '| message id | severity | finding |',
    '|---|---|---|',
    ...messages.map(([id, m]) => `| \`${id}\` | ${m.severity === 'error' ? 'error' : 'warning'} | ${mdCell(m.text.en)}${m.law ? ` (${mdCell(m.law)})` : ''} |`),
    '',
    `[Documentation: ${meta.id}](${url})`,
  ];
  const name = pascal(meta.id);
  return {
    id: meta.id,
    // SARIF1001: a name that equals the id (ignoring case) must be left out.
    ...(name.toLowerCase() === meta.id.toLowerCase() ? {} : { name }),
    shortDescription: { text: en },
    fullDescription: { text: law ? `${en} ${ru} Law: ${law}.` : `${en} ${ru}` },
    help: { text: textLines.join('\n'), markdown: md.join('\n') },
    helpUri: url,
    defaultConfiguration: { level },
    properties: {
      ...(law ? { law } : {}),
      messageIds: messages.map(([id]) => id),
      tags: law ? ['privacy', 'compliance', '152-FZ'] : ['policylint'],
    },
  };
}

function unknownRule(m: LintMessage): RuleMeta {
  const id = m.ruleId as string;
  return {
    id,
    description: { en: `Rule ${id}`, ru: `Правило ${id}` },
    law: m.law ?? '—',
    messages: { [m.messageId ?? 'finding']: { severity: m.severity === 2 ? 'error' : 'warn', text: { en: m.message, ru: m.message } } },
  };
}

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** SARIF wants messages to be sentences. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]["»”)]*$/u.test(t) ? t : `${t}.`;
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A 64-bit non-cryptographic hash (two 32-bit lanes), as 16 hex digits. Pure JS, deterministic. */
export function hash64(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
