/**
 * Markup that is not policy text in a source file: front matter, site-generator shortcodes and
 * template tags, and the server code of server pages (docs/formats.md, "What is skipped").
 *
 * Each finder returns [start, end) ranges of the source; `blank` overwrites them with spaces
 * (line breaks kept), so that the parsers see no such markup while every offset, line and column
 * stays that of the original file. Browser-safe, linear in the input.
 */

/** Front matter at the very start of a file: YAML between `---` lines, TOML between `+++` lines. */
export function frontMatter(source: string): { range: [number, number]; body: string } | undefined {
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const m = /^(---|\+\+\+)[ \t]*\r?\n/.exec(source.slice(start, start + 8));
  if (!m) return undefined;
  const fence = m[1] === '---' ? /^(?:---|\.\.\.)[ \t]*$/gm : /^\+\+\+[ \t]*$/gm;
  fence.lastIndex = start + m[0].length;
  const close = fence.exec(source);
  // A front matter block is short and made of "key: value" / "key = value" lines.
  if (!close || close.index - start > 20000) return undefined;
  const body = source.slice(start + m[0].length, close.index);
  if (body.trim() && !/^[ \t]*[\w$-]+[ \t]*[:=]/m.test(body)) return undefined;
  return { range: [start, close.index + close[0].length], body };
}

/** The value of a `title:` / `title =` key of front matter, unquoted. */
export function frontMatterTitle(source: string): string | undefined {
  const fm = frontMatter(source);
  if (!fm) return undefined;
  const m = /^[ \t]*title[ \t]*[:=][ \t]*(.+)$/im.exec(fm.body);
  return m ? m[1].trim().replace(/^["']|["']$/g, '') : undefined;
}

/** The keys that front matter defines (for `{{ page.key }}`-style references to them). */
export function frontMatterKeys(source: string): Set<string> {
  const fm = frontMatter(source);
  const out = new Set<string>();
  if (!fm) return out;
  for (const m of fm.body.matchAll(/^[ \t]*([\w$-]+)[ \t]*[:=]/gm)) out.add(m[1].toLowerCase());
  return out;
}

/**
 * Paired delimiters of template directives that are never text: Hugo shortcodes ({{< … >}},
 * {{% … %}}), Liquid / Jinja / Nunjucks / Twig tags and comments ({% … %}, {# … #}), ERB / EJS /
 * ASP / JSP blocks (<% … %>, <%= … %>, <%@ … %>), PHP blocks (<?php … ?>, <?= … ?>).
 */
const DIRECTIVES: [string, string, number][] = [
  ['{{<', '>}}', 2000],
  ['{{%', '%}}', 2000],
  ['{%', '%}', 2000],
  ['{#', '#}', 2000],
  ['<%', '%>', 200000],
  ['<?php', '?>', 200000],
  ['<?=', '?>', 2000],
];

/** Ranges of the template directives above. An unclosed PHP block runs to the end (as PHP reads it). */
export function directiveRanges(source: string): [number, number][] {
  const out: [number, number][] = [];
  // Next opener and closer of each pair at or after the cursor: positions only move forward, so
  // the scan stays linear however many unclosed openers there are.
  const open = DIRECTIVES.map(() => -2);
  const close = DIRECTIVES.map(() => -2);
  let i = 0;
  while (i < source.length) {
    let k = -1;
    for (let d = 0; d < DIRECTIVES.length; d++) {
      if (open[d] !== -1 && open[d] < i) open[d] = source.indexOf(DIRECTIVES[d][0], i);
      if (open[d] < 0) continue;
      if (k < 0 || open[d] < open[k] || (open[d] === open[k] && DIRECTIVES[d][0].length > DIRECTIVES[k][0].length)) k = d;
    }
    if (k < 0) break;
    const [opener, closer, max] = DIRECTIVES[k];
    const at = open[k];
    if (close[k] !== -1 && close[k] < at + opener.length) close[k] = source.indexOf(closer, at + opener.length);
    // A directive is short and does not nest: "{#id}", or a lone "{%" in prose followed by a real
    // tag, is not one (the next opener comes before the closer).
    const following = close[k] >= 0 ? source.indexOf(opener, at + opener.length) : -1;
    const lone = following >= 0 && following < close[k];
    if (lone) open[k] = following;
    const end = !lone && close[k] >= 0 && close[k] - at <= max ? close[k] : -1;
    if (end < 0) {
      if (opener === '<?php' && close[k] < 0) out.push([at, source.length]);
      i = at + opener.length;
      continue;
    }
    out.push([at, end + closer.length]);
    i = end + closer.length;
  }
  return out;
}

/** Jekyll's Liquid objects ({{ site.email }}, {{ page.title }}): filled in by the generator. */
const LIQUID_OBJECT = /\{\{-?\s*(?:site|page|layout|jekyll|paginator|include)\.[\w.]+(?:\s*\|[^{}\n]*)?\s*-?\}\}/g;

/**
 * Output expressions of a template engine ({{ … }}, {{{ … }}}, Svelte's {#if}/{:else}/{/if}),
 * used only when the file is a template (other template syntax is present): in a plain page or
 * a Markdown text an unresolved {{ company_name }} is a template leftover.
 */
const ENGINE_EXPRESSION = /\{\{\{[^{}]{0,400}\}\}\}|\{\{[^{}]{0,400}\}\}|\{[#:/@](?:if|else|each|await|then|catch|key|html|const|debug|snippet|render)\b[^{}]{0,400}\}/g;

/** Signs that a file is a template whose {{ … }} an engine fills in. */
const TEMPLATE_SIGNS = /\{%|\{\{[#/^>]|<%|<\?php|<script\s+setup|\sv-(?:if|for|bind|on|model)=|\s:[a-z-]+="|\{#(?:if|each)\b|@(?:model|using|inject|page|section|Html\.)|^---\r?\n[\s\S]{0,4000}?\bAstro\b/m;

/**
 * Razor (ASP.NET .cshtml) code: @{ … } and @functions { … } blocks (braces balanced), and the
 * directives on lines of their own (@model, @using, @inject, @page, @layout, @section …).
 */
function razorRanges(source: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /@(?:functions|code)?\s*\{|^[ \t]*@(?:model|using|inject|page|layout|namespace|addTagHelper|inherits|implements)\b[^\n]*/gm;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (!m[0].endsWith('{')) {
      out.push([m.index, m.index + m[0].length]);
      continue;
    }
    if (m.index > 0 && /[\w.@]/.test(source[m.index - 1])) continue; // an e-mail address or "@@"
    let depth = 0;
    let j = m.index + m[0].length - 1;
    for (; j < source.length; j++) {
      const c = source[j];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    out.push([m.index, Math.min(source.length, j + 1)]);
    re.lastIndex = Math.min(source.length, j + 1);
  }
  return out;
}

/** Astro and similar components: a `---` fenced script at the top of the file. */
function componentScript(source: string): [number, number][] {
  const m = /^\ufeff?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return m && /\b(?:import|const|let|Astro|export)\b/.test(m[0]) ? [[0, m[0].length]] : [];
}

/** Overwrites ranges with spaces, keeping line breaks: offsets, lines and columns do not move. */
export function blank(source: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return source;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [s0, e] of sorted) {
    const s = Math.max(s0, pos);
    if (e <= s) continue;
    out += source.slice(pos, s) + source.slice(s, e).replace(/[^\r\n]/g, ' ');
    pos = e;
  }
  return out + source.slice(pos);
}

/** Markdown (and plain text) sources: front matter, shortcodes, template tags and Liquid objects. */
export function blankMarkdownMarkup(source: string): string {
  const ranges = directiveRanges(source).filter(([s, e]) => !/^<\?(?:php|=)/.test(source.slice(s, e)) || source.slice(s, s + 5) === '<?php');
  const fm = frontMatter(source);
  if (fm) ranges.push(fm.range);
  for (const m of source.matchAll(LIQUID_OBJECT)) ranges.push([m.index, m.index + m[0].length]);
  return blank(source, ranges);
}

/**
 * HTML pages and server templates (.php, .aspx, .cshtml, .erb, .njk, .vue, .astro …): server code
 * and template syntax. Engine expressions ({{ … }}) only where the file is a template.
 */
export function blankServerCode(source: string): string {
  const ranges = directiveRanges(source);
  const template = TEMPLATE_SIGNS.test(source);
  if (template) for (const m of source.matchAll(ENGINE_EXPRESSION)) ranges.push([m.index, m.index + m[0].length]);
  // A component's fenced script (Astro) or a page's front matter (Jekyll, Eleventy) on top.
  ranges.push(...componentScript(source));
  const fm = frontMatter(source);
  if (fm) ranges.push(fm.range);
  if (/@(?:\{|model|using|inject|page|functions)/.test(source)) ranges.push(...razorRanges(source));
  return blank(source, ranges);
}

/** Whether a text with an unknown extension is an HTML page once its server code is set aside. */
export function mostlyHtml(source: string): boolean {
  const head = blankServerCode(source.slice(0, 20000)).trim();
  if (!head) return false;
  if (/^<!doctype html|^<html[\s>]/i.test(head) || /<(?:html|body|head)[\s>]/i.test(head)) return true;
  const tags = head.match(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>/gi) ?? [];
  const tagChars = tags.reduce((n, t) => n + t.length, 0);
  return tags.length >= 8 && /<(?:p|div|h[1-6]|ul|li|section|article|main|table|span)[\s>]/i.test(head) && tagChars >= head.length * 0.2;
}
