/**
 * The playground: paste, type or drop a policy and see policylint's findings highlighted in the
 * text and listed beside it. Everything runs in the page (no server, no network): the bundle holds
 * the browser-safe core and the rules. The same bundle is also the Web Worker that lints: the page
 * starts a worker from its own inline script (a blob: URL), so typing stays smooth on long
 * policies; where a worker cannot start, linting runs on the page after a pause in typing.
 *
 * The page never writes markup from strings: the policy text and the findings are put into the
 * DOM as text nodes (textContent), so a policy containing <script> stays text.
 */
import '../src/core/parse/all.js';
import { lintSource } from '../src/core/engine.js';
import { decode, detectFormat, LoadError } from '../src/core/load.js';
import { binaryFormat, extractDocument } from '../src/core/binary/index.js';
import { unusedDisableMeta } from '../src/core/suppress.js';
import { cutPieces, formatHtml, type Highlight, lineStarts, type Placement, placeMessages } from '../src/core/formatters/html.js';
import type { FileResult, LintMessage, RuleMeta, RuleSetting, SourceFormat } from '../src/core/types.js';
import { rules } from '../rules/index.js';
import { type UiLang, WORDS, type Words } from './i18n.js';
import { SAMPLES } from './samples.js';

declare const __VERSION__: string;
declare const __DOCS_BASE__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
const DOCS_BASE = typeof __DOCS_BASE__ === 'string' ? __DOCS_BASE__ : 'https://github.com/policylint/policylint/blob/main/docs/rules';
/** The CLI's default --max-file-size. */
const MAX_FILE_SIZE = 20e6;

type LangSetting = 'auto' | 'ru' | 'en';
type FormatSetting = 'auto' | SourceFormat;
type Severity = 'default' | 'off' | 'warn' | 'error';

export interface LintRequest {
  id: number;
  source: string;
  filePath: string;
  format: SourceFormat;
  lang: LangSetting;
  locale: UiLang;
  rules: Record<string, RuleSetting>;
}

export interface LintResponse {
  id: number;
  result?: FileResult;
  placements?: Placement[];
  ms: number;
  error?: string;
}

/** Lints one request: the same engine and rules as the CLI. Runs in the worker or on the page. */
export function runLint(req: LintRequest): LintResponse {
  const t0 = performance.now();
  try {
    const result = lintSource(
      { source: req.source, filePath: req.filePath, format: req.format },
      { rules, config: { lang: req.lang, locale: req.locale, rules: req.rules }, docsBase: DOCS_BASE },
    );
    return { id: req.id, result, placements: placeMessages(result), ms: performance.now() - t0 };
  } catch (err) {
    return { id: req.id, error: (err as Error).message || String(err), ms: performance.now() - t0 };
  }
}

// ---------------------------------------------------------------------------------------------
// Worker or page?

const inWorker = typeof document === 'undefined' && typeof self !== 'undefined' && typeof (self as unknown as { importScripts?: unknown }).importScripts === 'function';

if (inWorker) {
  const scope = self as unknown as { onmessage: ((e: MessageEvent<LintRequest>) => void) | null; postMessage(m: LintResponse): void };
  scope.onmessage = (e) => scope.postMessage(runLint(e.data));
  // The first run in each language compiles the rules' lexicons (about a second): do it now, while
  // the page loads, rather than on the user's first keystroke. Requests wait in the queue meanwhile.
  for (const [lang, sample] of Object.entries(SAMPLES)) {
    runLint({ id: 0, source: sample.text, filePath: sample.name, format: 'markdown', lang: lang as 'ru' | 'en', locale: lang as 'ru' | 'en', rules: {} });
  }
} else if (typeof document !== 'undefined') {
  // Captured now: document.currentScript is only set while the inline script first runs.
  const ownCode = document.currentScript?.textContent ?? '';
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => startPage(ownCode));
  else startPage(ownCode);
}

// ---------------------------------------------------------------------------------------------
// The page

interface Settings {
  ui: UiLang;
  lang: LangSetting;
  format: FormatSetting;
  severities: Record<string, Severity>;
}

const STORAGE_KEY = 'policylint.playground.v1';
const ALL_METAS: RuleMeta[] = [...rules.map((r) => r.meta), unusedDisableMeta];

function loadSettings(): Settings {
  const fallback: Settings = {
    ui: typeof navigator !== 'undefined' && /^ru\b/i.test(navigator.language) ? 'ru' : 'en',
    lang: 'auto',
    format: 'auto',
    severities: {},
  };
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return fallback;
    const s = JSON.parse(raw) as Partial<Settings>;
    const severities: Record<string, Severity> = {};
    for (const [id, v] of Object.entries(s.severities ?? {})) if (ALL_METAS.some((m) => m.id === id) && ['off', 'warn', 'error'].includes(v)) severities[id] = v;
    return {
      ui: s.ui === 'ru' || s.ui === 'en' ? s.ui : fallback.ui,
      lang: s.lang === 'ru' || s.lang === 'en' ? s.lang : 'auto',
      format: s.format === 'markdown' || s.format === 'text' || s.format === 'html' ? s.format : 'auto',
      severities,
    };
  } catch {
    return fallback;
  }
}

function saveSettings(s: Settings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  } catch {
    // Storage may be unavailable (private mode, file:// restrictions): settings last for the visit.
  }
}

/** The highlight ranges of a result: findings with a range in the text (absent-at-heading too). */
function highlightsOf(result: FileResult, placements: readonly Placement[]): (Highlight & { absent: boolean })[] {
  const out: (Highlight & { absent: boolean })[] = [];
  result.messages.forEach((m, i) => {
    const p = placements[i];
    if (!p || p.end <= p.start || (p.kind !== 'text' && p.kind !== 'absent')) return;
    out.push({ id: i, start: p.start, end: p.end, severity: m.severity, absent: p.kind === 'absent' });
  });
  return out;
}

/**
 * Moves highlights computed for `before` onto `after` while a new result is on its way: the text
 * before and after the edit keeps its highlights; those touching the edit are dropped.
 */
export function shiftHighlights<T extends Highlight>(list: readonly T[], before: string, after: string): T[] {
  if (before === after) return [...list];
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const delta = after.length - before.length;
  const editEnd = before.length - suffix;
  const out: T[] = [];
  for (const h of list) {
    if (h.end <= prefix) out.push(h);
    else if (h.start >= editEnd) out.push({ ...h, start: h.start + delta, end: h.end + delta });
  }
  return out;
}

function sevSetting(s: Severity): RuleSetting | undefined {
  return s === 'default' ? undefined : s;
}

function startPage(ownCode: string): void {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const textarea = $<HTMLTextAreaElement>('source');
  const backdrop = $<HTMLDivElement>('backdrop');
  const bdText = $<HTMLDivElement>('bd-text');
  const editor = $<HTMLDivElement>('editor');
  const findingsEl = $<HTMLDivElement>('findings');
  const countsEl = $<HTMLParagraphElement>('counts');
  const statusEl = $<HTMLParagraphElement>('status');
  const errorEl = $<HTMLParagraphElement>('error');
  const langSel = $<HTMLSelectElement>('lang');
  const formatSel = $<HTMLSelectElement>('format');
  const uiSel = $<HTMLSelectElement>('ui-lang');
  const rulesBody = $<HTMLTableSectionElement>('rules');
  const downloadBtn = $<HTMLButtonElement>('download');
  const fileInput = $<HTMLInputElement>('file');
  $('version').textContent = VERSION;

  const settings = loadSettings();
  let w: Words = WORDS[settings.ui];
  let fileName: string | undefined;
  let encoding: string | undefined;

  interface Shown {
    req: LintRequest;
    result: FileResult;
    placements: Placement[];
    ms: number;
  }
  let shown: Shown | undefined;
  let current = new Set<number>();

  // --- words -------------------------------------------------------------------------------
  function applyWords(): void {
    document.documentElement.lang = settings.ui;
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const key = el.dataset.i18n as keyof Words;
      const v = w[key];
      if (typeof v === 'string') el.textContent = v;
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
      const v = w[el.dataset.i18nPlaceholder as keyof Words];
      if (typeof v === 'string') el.setAttribute('placeholder', v);
    }
    document.title = w.title;
  }

  // --- rules table -------------------------------------------------------------------------
  function defaultLabel(meta: RuleMeta): string {
    const sevs = [...new Set(Object.values(meta.messages).map((m) => m.severity))].sort();
    return `${w.sevDefault} (${sevs.map((s) => (s === 'error' ? w.sevError : w.sevWarn)).join(' / ')})`;
  }
  function buildRules(): void {
    const rows: HTMLTableRowElement[] = [];
    for (const meta of ALL_METAS) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      const code = document.createElement('code');
      code.textContent = meta.id;
      const desc = document.createElement('div');
      desc.className = 'desc';
      desc.textContent = meta.description[settings.ui];
      th.append(code, desc);
      const td = document.createElement('td');
      const sel = document.createElement('select');
      sel.dataset.rule = meta.id;
      sel.setAttribute('aria-label', `${w.severityOf} ${meta.id}`);
      const options: [Severity, string][] = [
        ['default', defaultLabel(meta)],
        ['off', w.sevOff],
        ['warn', w.sevWarn],
        ['error', w.sevError],
      ];
      for (const [value, label] of options) {
        const o = document.createElement('option');
        o.value = value;
        o.textContent = label;
        sel.append(o);
      }
      sel.value = settings.severities[meta.id] ?? 'default';
      sel.addEventListener('change', () => {
        const v = sel.value as Severity;
        if (v === 'default') delete settings.severities[meta.id];
        else settings.severities[meta.id] = v;
        saveSettings(settings);
        schedule(0);
      });
      td.append(sel);
      tr.append(th, td);
      rows.push(tr);
    }
    rulesBody.replaceChildren(...rows);
  }

  // --- linting: in a worker made from this very script, or on the page -------------------------
  let worker: Worker | undefined;
  let workerUrl: string | undefined;
  function startWorker(): void {
    if (!ownCode || ownCode.length < 1000 || typeof Worker === 'undefined') return;
    try {
      workerUrl = URL.createObjectURL(new Blob([ownCode], { type: 'text/javascript' }));
      worker = new Worker(workerUrl);
      worker.onmessage = (e: MessageEvent<LintResponse>) => onResponse(e.data);
      worker.onerror = (e) => {
        // The worker could not start or crashed: lint on the page from now on.
        e.preventDefault?.();
        stopWorker();
        document.body.dataset.ready = 'page';
        if (inFlight) {
          const req = inFlight;
          setTimeout(() => onResponse(runLint(req)), 0);
        }
      };
    } catch {
      stopWorker();
    }
  }
  function stopWorker(): void {
    worker?.terminate();
    worker = undefined;
    if (workerUrl) URL.revokeObjectURL(workerUrl);
    workerUrl = undefined;
  }

  let seq = 0;
  let inFlight: LintRequest | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function currentFormat(text: string): SourceFormat {
    return settings.format === 'auto' ? detectFormat(fileName ?? '', text) : settings.format;
  }

  function makeRequest(): LintRequest {
    const text = textarea.value;
    const format = currentFormat(text);
    const rulesConfig: Record<string, RuleSetting> = {};
    for (const [id, s] of Object.entries(settings.severities)) {
      const v = sevSetting(s);
      if (v !== undefined) rulesConfig[id] = v;
    }
    const ext = format === 'markdown' ? 'md' : format === 'html' ? 'html' : 'txt';
    return { id: ++seq, source: text, filePath: fileName ?? `policy.${ext}`, format, lang: settings.lang, locale: settings.ui, rules: rulesConfig };
  }

  /** body[data-busy] is set from the moment a check is due until its result is shown. */
  function setBusy(busy: boolean): void {
    if (busy) document.body.dataset.busy = '1';
    else delete document.body.dataset.busy;
  }

  function schedule(delay: number): void {
    if (timer) clearTimeout(timer);
    setBusy(true);
    timer = setTimeout(send, delay);
  }

  function send(): void {
    timer = undefined;
    if (inFlight) {
      again = true;
      return;
    }
    if (!textarea.value.trim()) {
      shown = undefined;
      render();
      setBusy(false);
      return;
    }
    const req = makeRequest();
    inFlight = req;
    statusEl.textContent = w.checking;
    if (worker) worker.postMessage(req);
    else setTimeout(() => onResponse(runLint(req)), 0);
  }

  function onResponse(res: LintResponse): void {
    const req = inFlight;
    inFlight = undefined;
    if (req && res.id === req.id) {
      if (res.error || !res.result || !res.placements) {
        errorEl.hidden = false;
        errorEl.textContent = `${w.internal}: ${res.error ?? '?'}`;
      } else {
        errorEl.hidden = true;
        shown = { req, result: res.result, placements: res.placements, ms: res.ms };
      }
      render();
    }
    if (again) {
      again = false;
      send();
    } else if (!timer) setBusy(false);
  }

  // --- rendering ---------------------------------------------------------------------------
  function render(): void {
    renderBackdrop();
    renderFindings();
    renderStatus();
  }

  function renderBackdrop(): void {
    const text = textarea.value;
    let hs = shown ? highlightsOf(shown.result, shown.placements) : [];
    const stale = !!shown && shown.req.source !== text;
    if (shown && stale) hs = shiftHighlights(hs, shown.req.source, text);
    backdrop.classList.toggle('stale', stale);
    const absent = new Set(hs.filter((h) => h.absent).map((h) => h.id));
    const frag = document.createDocumentFragment();
    for (const piece of cutPieces(hs, 0, text.length)) {
      const t = text.slice(piece.start, piece.end);
      if (!piece.covering.length) {
        frag.append(t);
        continue;
      }
      const mark = document.createElement('mark');
      const severe = piece.covering.some((id) => shown?.result.messages[id]?.severity === 2);
      mark.className = `${severe ? 's2' : 's1'}${piece.covering.length > 1 ? ' d2' : ''}${piece.covering.every((id) => absent.has(id)) ? ' miss' : ''}`;
      if (piece.covering.some((id) => current.has(id))) mark.classList.add('current');
      mark.dataset.ids = piece.covering.join(' ');
      mark.textContent = t;
      frag.append(mark);
    }
    // A final line break needs a character after it to take up a line, as it does in the textarea.
    if (text.endsWith('\n') || text === '') frag.append('\u200b');
    bdText.replaceChildren(frag);
    backdrop.scrollTop = textarea.scrollTop;
  }

  function sevClass(m: LintMessage): string {
    return m.fatal ? 'sf' : m.severity === 2 ? 's2' : 's1';
  }

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function card(s: Shown, i: number): HTMLLIElement {
    const m = s.result.messages[i];
    const p = s.placements[i];
    const li = el('li', `card ${sevClass(m)}`);
    li.dataset.i = String(i);
    li.dataset.rule = m.ruleId ? `${m.ruleId}/${m.messageId ?? ''}` : 'fatal';
    li.dataset.pos = `${m.line}:${m.column}`;
    li.id = `finding-${i}`;
    if (current.has(i)) li.classList.add('current');
    const head = el('div', 'card-head');
    head.append(el('span', 'sev', m.fatal ? w.fatal : m.severity === 2 ? w.error : w.warning));
    if (m.ruleId) head.append(el('code', 'rule', m.messageId ? `${m.ruleId}/${m.messageId}` : m.ruleId));
    const inText = p && (p.kind === 'text' || (p.kind === 'absent' && p.group !== -1));
    if (inText) {
      const b = el('button', 'goto', w.lineCol(m.line, m.column));
      b.type = 'button';
      b.setAttribute('aria-label', w.showInText(m.line, m.column));
      b.addEventListener('click', () => reveal(i));
      head.append(b);
    }
    li.append(head);
    if (p && p.kind === 'text' && p.end > p.start) {
      let q = s.req.source.slice(p.start, p.end).replace(/\s+/g, ' ').trim();
      if (q.length > 200) q = `${q.slice(0, 140)} … ${q.slice(-50)}`;
      if (q) li.append(el('blockquote', 'quote', q));
    }
    li.append(el('p', 'msg', m.message));
    const law = m.law && m.law !== '—' ? m.law : undefined;
    const url = m.url && /^https?:\/\//i.test(m.url) ? m.url : undefined;
    if (law || url) {
      const meta = el('p', 'meta');
      if (law) {
        meta.append(el('span', 'k', `${w.article}: `), law);
      }
      if (url) {
        if (law) meta.append(' · ');
        const a = el('a', undefined, w.docs);
        a.href = url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        meta.append(a);
      }
      li.append(meta);
    }
    for (const sg of m.suggestions ?? []) {
      const box = el('div', 'sugg');
      const desc = el('p');
      desc.append(el('span', 'k', `${w.suggestion}: `), sg.desc);
      const body = el('div', 'sugg-body');
      const pre = el('pre', undefined, sg.text);
      const copy = el('button', 'copy', w.copy);
      copy.type = 'button';
      copy.addEventListener('click', () => copyText(sg.text, copy));
      body.append(pre, copy);
      box.append(desc, body);
      li.append(box);
    }
    li.addEventListener('click', (e) => {
      const t = e.target as Element;
      if (inText && !t.closest('a,button,pre')) reveal(i);
    });
    return li;
  }

  function renderFindings(): void {
    const parts: HTMLElement[] = [];
    countsEl.replaceChildren();
    downloadBtn.disabled = !shown;
    if (!shown) {
      parts.push(el('p', 'note', w.start));
      findingsEl.replaceChildren(...parts);
      return;
    }
    const s = shown;
    const msgs = s.result.messages;
    const errors = msgs.filter((m) => !m.fatal && m.severity === 2).length;
    const warnings = msgs.filter((m) => !m.fatal && m.severity === 1).length;
    if (errors + warnings === 0 && !msgs.some((m) => m.fatal)) {
      countsEl.append(el('span', 'ok', w.noProblems));
      parts.push(el('p', 'empty', w.noProblems));
    } else {
      countsEl.append(el('span', 'e', w.nErrors(errors)), ' · ', el('span', 'w', w.nWarnings(warnings)));
    }
    const idx = msgs.map((_, i) => i);
    const fatal = idx.filter((i) => s.placements[i]?.kind === 'fatal');
    if (fatal.length) {
      const ol = el('ol', 'cards');
      for (const i of fatal) ol.append(card(s, i));
      parts.push(el('h3', undefined, w.fatal), ol);
    }
    const absent = idx.filter((i) => s.placements[i]?.kind === 'absent');
    if (absent.length) {
      parts.push(el('h3', undefined, w.absent));
      const groups = [...new Set(absent.map((i) => s.placements[i].group ?? -1))].sort((a, b) => a - b);
      for (const g of groups) {
        const first = absent.find((i) => (s.placements[i].group ?? -1) === g)!;
        const label = g === -1 ? w.wholePolicy : `${w.section}: ${s.placements[first].section ?? ''}`;
        parts.push(el('p', 'group-label', label));
        const ol = el('ol', 'cards');
        for (const i of absent.filter((j) => (s.placements[j].group ?? -1) === g).sort((a, b) => msgs[b].severity - msgs[a].severity || a - b)) ol.append(card(s, i));
        parts.push(ol);
      }
    }
    const inText = idx.filter((i) => s.placements[i]?.kind === 'text' || s.placements[i]?.kind === 'other');
    if (inText.length) {
      const ol = el('ol', 'cards');
      for (const i of inText) ol.append(card(s, i));
      parts.push(el('h3', undefined, w.inText), ol);
    }
    findingsEl.replaceChildren(...parts);
  }

  function renderStatus(): void {
    if (!shown) {
      statusEl.textContent = textarea.value.trim() ? w.checking : '';
      return;
    }
    const r = shown.result;
    const bits: string[] = [];
    const how = encoding === 'PDF' || encoding === 'Word' ? w.extracted(encoding) : encoding ? `${w.encoding} ${encoding}` : '';
    if (fileName) bits.push(`${w.file}: ${fileName}${how ? ` (${how})` : ''}`);
    if (r.language) bits.push(`${w.language}: ${w.languageName[r.language] ?? r.language}${settings.lang === 'auto' ? ` (${w.detected})` : ''}`);
    if (r.format) bits.push(`${w.format}: ${w.formatName[r.format] ?? r.format}${settings.format === 'auto' ? ` (${w.detected})` : ''}`);
    if (r.suppressedMessages?.length) bits.push(w.suppressed(r.suppressedMessages.length));
    bits.push(w.took(shown.ms));
    if (shown.req.source !== textarea.value) bits.push(w.staleNote);
    statusEl.textContent = bits.join(' · ');
  }

  // --- navigation between the text and the list --------------------------------------------
  function rangeOf(i: number): [number, number] | undefined {
    if (!shown || shown.req.source !== textarea.value) return undefined;
    const p = shown.placements[i];
    if (!p) return undefined;
    return [p.start, p.end];
  }

  function reveal(i: number): void {
    const r = rangeOf(i);
    if (!r) return;
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(r[0], r[1]);
    setCurrent(new Set([i]));
    const mark = bdText.querySelector<HTMLElement>(`mark[data-ids~="${i}"]`);
    if (mark) {
      textarea.scrollTop = Math.max(0, mark.offsetTop - textarea.clientHeight / 3);
    } else {
      // A zero-width finding: scroll to its line.
      const line = lineStarts(textarea.value.slice(0, r[0])).length;
      const lh = parseFloat(getComputedStyle(textarea).lineHeight) || 22;
      textarea.scrollTop = Math.max(0, (line - 1) * lh - textarea.clientHeight / 3);
    }
    backdrop.scrollTop = textarea.scrollTop;
  }

  function setCurrent(next: Set<number>): void {
    const same = next.size === current.size && [...next].every((i) => current.has(i));
    if (same) return;
    current = next;
    for (const c of findingsEl.querySelectorAll('.card.current')) c.classList.remove('current');
    for (const mk of bdText.querySelectorAll('mark.current')) mk.classList.remove('current');
    let first: HTMLElement | undefined;
    for (const i of current) {
      const c = document.getElementById(`finding-${i}`);
      if (c) {
        c.classList.add('current');
        first ??= c;
      }
    }
    for (const mk of bdText.querySelectorAll<HTMLElement>('mark')) if ((mk.dataset.ids ?? '').split(' ').some((id) => current.has(Number(id)))) mk.classList.add('current');
    first?.scrollIntoView({ block: 'nearest' });
  }

  function caretMoved(): void {
    if (!shown || shown.req.source !== textarea.value) return;
    const pos = textarea.selectionStart;
    const hit = new Set<number>();
    shown.placements.forEach((p, i) => {
      if ((p.kind === 'text' || p.kind === 'absent') && p.end > p.start && pos >= p.start && pos < p.end) hit.add(i);
    });
    setCurrent(hit);
  }

  // --- clipboard, download -----------------------------------------------------------------
  function copyText(text: string, btn: HTMLButtonElement): void {
    const done = (ok: boolean) => {
      btn.textContent = ok ? w.copied : w.copyFailed;
      setTimeout(() => {
        btn.textContent = w.copy;
      }, 1600);
    };
    const fallback = () => {
      const ta = document.createElement('textarea');
      ta.value = text;
      ta.setAttribute('readonly', '');
      ta.className = 'vh';
      document.body.append(ta);
      ta.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      ta.remove();
      btn.focus();
      done(ok);
    };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).then(() => done(true), fallback);
    else fallback();
  }

  function download(): void {
    if (!shown) return;
    const html = formatHtml([shown.result], { rules: ALL_METAS, version: VERSION, locale: settings.ui, generated: new Date().toISOString() });
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${(fileName ?? 'policy').replace(/\.[^.]+$/, '')}.policylint.html`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // --- input: typing, files, drops -------------------------------------------------------------
  function setText(text: string, name?: string, enc?: string): void {
    textarea.value = text;
    fileName = name;
    encoding = enc;
    textarea.scrollTop = 0;
    errorEl.hidden = true;
    current = new Set();
    renderBackdrop();
    schedule(0);
  }

  async function loadFile(file: File): Promise<void> {
    errorEl.hidden = true;
    if (file.size > MAX_FILE_SIZE) {
      errorEl.hidden = false;
      errorEl.textContent = `${file.name}: ${w.tooBig((file.size / 1e6).toFixed(1))}`;
      return;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // PDF and Word: their text is extracted here, in the page (pdf.js without a worker), and
      // shown for editing; nothing leaves the browser.
      const binary = binaryFormat(file.name, bytes);
      if (binary) {
        const doc = await extractDocument(binary, bytes);
        setText(doc.text, file.name, binary === 'pdf' ? 'PDF' : 'Word');
        return;
      }
      const d = decode(bytes);
      setText(d.text, file.name, d.encoding);
    } catch (err) {
      errorEl.hidden = false;
      errorEl.textContent = `${file.name}: ${err instanceof LoadError ? err.message : (err as Error).message}`;
    }
  }

  const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
  editor.addEventListener('dragenter', (e) => {
    if (hasFiles(e)) editor.classList.add('dragging');
  });
  editor.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    editor.classList.add('dragging');
  });
  editor.addEventListener('dragleave', (e) => {
    if (!editor.contains(e.relatedTarget as Node | null)) editor.classList.remove('dragging');
  });
  editor.addEventListener('drop', (e) => {
    editor.classList.remove('dragging');
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    e.preventDefault();
    void loadFile(file);
  });
  // A file dropped beside the editor must not make the browser navigate away to it.
  window.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });

  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    if (f) void loadFile(f);
    fileInput.value = '';
  });
  // Pasting over the whole text (or emptying it) starts a new document: forget the opened file's
  // name, which decides the format when it is "auto".
  textarea.addEventListener('paste', () => {
    if (textarea.selectionStart === 0 && textarea.selectionEnd === textarea.value.length) {
      fileName = undefined;
      encoding = undefined;
    }
  });
  textarea.addEventListener('input', () => {
    if (textarea.value === '') {
      fileName = undefined;
      encoding = undefined;
    }
    renderBackdrop();
    renderStatus();
    schedule(textarea.value.length > 200000 ? 600 : 250);
  });
  textarea.addEventListener('scroll', () => {
    backdrop.scrollTop = textarea.scrollTop;
  });
  for (const ev of ['click', 'keyup', 'select'] as const) textarea.addEventListener(ev, caretMoved);
  // The textarea's width changes with the window: the backdrop follows by layout; keep scroll in step.
  new ResizeObserver(() => {
    backdrop.scrollTop = textarea.scrollTop;
  }).observe(textarea);

  $('sample-ru').addEventListener('click', () => setText(SAMPLES.ru.text, SAMPLES.ru.name));
  $('sample-en').addEventListener('click', () => setText(SAMPLES.en.text, SAMPLES.en.name));
  $('clear').addEventListener('click', () => {
    setText('');
    textarea.focus();
  });
  $('reset-rules').addEventListener('click', () => {
    settings.severities = {};
    saveSettings(settings);
    buildRules();
    schedule(0);
  });
  downloadBtn.addEventListener('click', download);

  langSel.value = settings.lang;
  formatSel.value = settings.format;
  uiSel.value = settings.ui;
  langSel.addEventListener('change', () => {
    settings.lang = langSel.value as LangSetting;
    saveSettings(settings);
    schedule(0);
  });
  formatSel.addEventListener('change', () => {
    settings.format = formatSel.value as FormatSetting;
    saveSettings(settings);
    schedule(0);
  });
  uiSel.addEventListener('change', () => {
    settings.ui = uiSel.value as UiLang;
    w = WORDS[settings.ui];
    saveSettings(settings);
    applyWords();
    buildRules();
    render();
    schedule(0);
  });

  applyWords();
  buildRules();
  startWorker();
  render();
  document.body.dataset.ready = worker ? 'worker' : 'page';
}
