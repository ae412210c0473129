/**
 * Twins of a policy in other formats, made from the project's own fixtures: the text as blocks
 * (headings, paragraphs, list items, tables), then a Word file written here (a ZIP of WordprocessingML
 * parts, with automatic clause numbering, bullets, a table, a tracked deletion and insertion, a
 * comment, a header and a footer) or an HTML page for Chromium to print as a PDF.
 */
import { strToU8, zipSync } from 'fflate';

export type TwinBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; depth: number; text: string }
  | { kind: 'table'; rows: string[][] };

const inline = (s: string) =>
  s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<((?:https?:|mailto:)[^>]+|[^\s<>@]+@[^\s<>]+)>/g, '$1')
    .replace(/\*\*|\*|`/g, '');

const pipeCells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => inline(c.trim()));

/** Blocks of a plain-text or Markdown policy (the subset our fixtures use). */
export function blocksOf(source: string, markdown: boolean): TwinBlock[] {
  const out: TwinBlock[] = [];
  for (const raw of source.split(/\r\n|\r|\n/)) {
    const line = raw.trimEnd();
    if (!line.trim()) continue;
    if (/^\s*\|?\s*:?-{2,}/.test(line) && line.includes('|')) continue;
    if (line.trim().startsWith('|')) {
      const prev = out[out.length - 1];
      if (prev?.kind === 'table') prev.rows.push(pipeCells(line));
      else out.push({ kind: 'table', rows: [pipeCells(line)] });
      continue;
    }
    const h = markdown ? /^(#{1,6})\s+(.*)$/.exec(line) : null;
    if (h) {
      out.push({ kind: 'heading', level: h[1].length, text: inline(h[2]) });
      continue;
    }
    const item = markdown ? /^(\s*)[-*]\s+(.*)$/.exec(line) : null;
    if (item) {
      out.push({ kind: 'item', depth: Math.floor(item[1].length / 2) + 1, text: inline(item[2]) });
      continue;
    }
    out.push({ kind: 'paragraph', text: markdown ? inline(line.trim()) : line.trim() });
  }
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An HTML page of the blocks, for Chromium to print: tables keep each row on one line. */
export function htmlOf(blocks: TwinBlock[], title: string): string {
  let body = '';
  for (const b of blocks) {
    if (b.kind === 'heading') body += `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    else if (b.kind === 'paragraph') body += `<p>${esc(b.text)}</p>`;
    else if (b.kind === 'item') body += `<ul style="margin-left:${b.depth}em"><li>${esc(b.text)}</li></ul>`;
    else body += `<table>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title><style>
body{font:11pt "DejaVu Serif",serif} p,li{margin:0 0 .5em} ul{margin:0;padding-left:1.2em}
table{border-collapse:collapse;font-size:6pt;margin:.5em 0} td{white-space:nowrap;border:.5pt solid #888;padding:1pt 6pt}
</style></head><body>${body}</body></html>`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const CLAUSE = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?=\S)/;

/** Where the docx twin put each block: its paragraph number in the body. */
export interface DocxTwin {
  bytes: Uint8Array;
  /** The 1-based paragraph number of each non-table line of text, by the text it holds. */
  paragraphs: string[];
}

/**
 * A .docx of the blocks. Clause numbers («1.», «1.1.») become automatic numbering where they
 * follow on (Word would render the same), bullets become a bullet list, tables a table; the first
 * numbered paragraph gets a tracked insertion and a tracked deletion, and a comment; the header
 * and footer hold text that must not be read.
 */
export function docxOf(blocks: TwinBlock[], opts: { header?: string; deleted?: string } = {}): DocxTwin {
  const counters: number[] = [];
  const paragraphs: string[] = [];
  let body = '';
  let marked = false;
  const para = (inner: string, ppr: string, visible: string) => {
    body += `<w:p><w:pPr>${ppr}</w:pPr>${inner}</w:p>`;
    paragraphs.push(visible);
  };
  const numbered = (text: string): { ppr: string; rest: string } | undefined => {
    const m = CLAUSE.exec(text);
    if (!m) return undefined;
    const parts = m[1].split('.').map(Number);
    const level = parts.length - 1;
    const expected = [...counters.slice(0, level), (counters[level] ?? 0) + 1];
    if (level > counters.length || parts.some((p, i) => p !== expected[i])) return undefined;
    counters.length = level;
    counters[level] = parts[level];
    return { ppr: `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`, rest: text.slice(m[0].length) };
  };
  for (const b of blocks) {
    if (b.kind === 'table') {
      body += `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${b.rows
        .map((r, i) => `<w:tr>${i === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${r.map((c) => `<w:tc><w:p>${run(c)}</w:p></w:tc>`).join('')}</w:tr>`)
        .join('')}</w:tbl>`;
      for (const r of b.rows) paragraphs.push(r.join('\t'));
      continue;
    }
    if (b.kind === 'item') {
      para(run(b.text), `<w:numPr><w:ilvl w:val="${b.depth - 1}"/><w:numId w:val="2"/></w:numPr>`, b.text);
      continue;
    }
    const style = b.kind === 'heading' ? `<w:pStyle w:val="Heading${b.level}"/>` : '';
    const n = numbered(b.text);
    if (!n) {
      para(run(b.text), style, b.text);
      continue;
    }
    let inner = run(n.rest);
    if (!marked && b.kind === 'paragraph' && n.rest.includes(' ')) {
      // Tracked changes and a comment on the first numbered clause: the deletion is not read.
      marked = true;
      const cut = n.rest.indexOf(' ');
      inner =
        `<w:commentRangeStart w:id="0"/>${run(n.rest.slice(0, cut))}` +
        `<w:del w:id="1" w:author="Юрист" w:date="2026-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve"> ${esc(opts.deleted ?? 'НЕ ЧИТАТЬ TODO')}</w:delText></w:r></w:del>` +
        `<w:ins w:id="2" w:author="Юрист" w:date="2026-01-01T00:00:00Z">${run(n.rest.slice(cut))}</w:ins>` +
        `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`;
    }
    para(inner, style + n.ppr, b.text);
  }
  const lvl = (i: number) =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${Array.from({ length: i + 1 }, (_, k) => `%${k + 1}.`).join('')}"/><w:lvlJc w:val="left"/></w:lvl>`;
  const bullet = (i: number) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${i ? '◦' : '•'}"/></w:lvl>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/></w:sectPr></w:body></w:document>`,
    ),
    'word/numbering.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${[0, 1, 2].map(lvl).join('')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${[0, 1, 2].map(bullet).join('')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${[1, 2, 3]
        .map((l) => `<w:style w:type="paragraph" w:styleId="Heading${l}"><w:name w:val="heading ${l}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${l - 1}"/></w:pPr></w:style>`)
        .join('')}</w:styles>`,
    ),
    'word/header1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}><w:p>${run(opts.header ?? 'ПРОЕКТ TODO: согласовать с юристом')}</w:p></w:hdr>`),
    'word/footer1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W}><w:p>${run('Страница 1 из 1 — продолжая использовать сайт, вы соглашаетесь')}</w:p></w:ftr>`),
    'word/comments.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}><w:comment w:id="0" w:author="Юрист"><w:p>${run('TODO: срок хранения бессрочно?')}</w:p></w:comment></w:comments>`,
    ),
  };
  return { bytes: zipSync(files), paragraphs };
}
