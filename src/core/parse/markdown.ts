import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parents, PhrasingContent, RootContent } from 'mdast';
import type { LineUnit, ParsedSource } from './units.js';
import { TextBuilder } from './units.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Markdown via remark: headings, paragraphs (split into their source lines), list items (the
 * ordered marker kept in the text, as plain text keeps "7."), GFM tables. HTML, code and
 * definitions are not policy prose.
 */
export function parseMarkdown(source: string): ParsedSource {
  const tree = processor.parse(source);
  const units: LineUnit[] = [];
  let group = 0;
  let table = 0;

  const inline = (nodes: PhrasingContent[], b: TextBuilder) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          addMapped(source, node.value, node.position?.start.offset, node.position?.end.offset, b);
          break;
        case 'inlineCode': {
          const s = node.position?.start.offset;
          const e = node.position?.end.offset;
          if (s !== undefined && e !== undefined) {
            const inner = source.indexOf(node.value, s);
            if (inner >= 0 && inner + node.value.length <= e) b.add(node.value, inner);
            else b.addSynthetic(node.value);
          } else b.addSynthetic(node.value);
          break;
        }
        case 'break':
          b.addSynthetic('\n');
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          inline(node.children, b);
          break;
        default:
          break; // images, inline HTML (comments), footnote references
      }
    }
  };

  /** Emits one unit per source line of a paragraph-like node; `prefix` is [start, end) of a list marker. */
  const lines = (node: Parents, kind: LineUnit['kind'], depth: number, prefix?: [number, number]) => {
    const b = new TextBuilder();
    if (prefix) b.add(source.slice(prefix[0], prefix[1]), prefix[0]);
    inline(node.children as PhrasingContent[], b);
    group++;
    let start = 0;
    const text = b.text;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === '\n') {
        let s = start;
        let e = i;
        while (s < e && /\s/.test(text[s])) s++;
        while (e > s && /\s/.test(text[e - 1])) e--;
        if (s < e) {
          units.push({
            kind: start === 0 ? kind : 'paragraph',
            depth: start === 0 ? depth : 0,
            group,
            text: text.slice(s, e),
            segments: rebase(b.segments, s, e),
          });
        }
        start = i + 1;
      }
    }
  };

  const blocks = (children: RootContent[], listDepth: number) => {
    for (const node of children) {
      switch (node.type) {
        case 'heading':
          lines(node, 'heading', node.depth);
          break;
        case 'paragraph':
          lines(node, 'paragraph', 0);
          break;
        case 'blockquote':
          blocks(node.children, listDepth);
          break;
        case 'list':
          node.children.forEach((item) => {
            const [first, ...rest] = item.children;
            if (first && first.type === 'paragraph') {
              const itemStart = item.position?.start.offset;
              const paraStart = first.position?.start.offset;
              let prefix: [number, number] | undefined;
              if (node.ordered && itemStart !== undefined && paraStart !== undefined) {
                const marker = /^\s*\d+[.)]/.exec(source.slice(itemStart, paraStart));
                if (marker) prefix = [itemStart + marker[0].length - marker[0].trimStart().length, itemStart + marker[0].length];
              }
              if (prefix) {
                // Keep "7. " in the text as plain text does: marker, then one space.
                prefix = [prefix[0], Math.min(paraStart ?? prefix[1], prefix[1] + 1)];
              }
              lines(first, 'list-item', listDepth + 1, prefix);
              blocks(rest, listDepth + 1);
            } else {
              blocks(item.children, listDepth + 1);
            }
          });
          break;
        case 'table': {
          table++;
          group++;
          node.children.forEach((row, r) => {
            const b = new TextBuilder();
            const cells: [number, number][] = [];
            row.children.forEach((cell, c) => {
              if (c > 0) b.addSynthetic(' | ');
              const s = b.text.length;
              inline(cell.children, b);
              cells.push([s, b.text.length]);
            });
            units.push({ kind: 'table-row', depth: 0, group, text: b.text, segments: b.segments, cells, header: r === 0, table });
          });
          group++;
          break;
        }
        default:
          break; // html, code, thematicBreak, definition, yaml front matter
      }
    }
  };

  blocks((tree as Extract<Nodes, { type: 'root' }>).children, 0);
  markStandalone(units);
  return { units };
}

function markStandalone(units: LineUnit[]) {
  units.forEach((u, i) => {
    const prev = units[i - 1];
    const next = units[i + 1];
    if (u.kind === 'paragraph' && (!prev || prev.group !== u.group) && (!next || next.group !== u.group)) u.standalone = true;
  });
}

function rebase(segments: TextBuilder['segments'], start: number, end: number) {
  const out: TextBuilder['segments'] = [];
  for (const s of segments) {
    const a = Math.max(start, s.textStart);
    const b = Math.min(end, s.textStart + s.length);
    if (a < b) out.push({ textStart: a - start, sourceStart: s.sourceStart + (a - s.textStart), length: b - a });
  }
  return out;
}

/**
 * Maps a text node's value to the source. The value can differ from the source (escapes,
 * entities, stripped indentation of continuation lines): each line is located in the source.
 */
function addMapped(source: string, value: string, start: number | undefined, end: number | undefined, b: TextBuilder) {
  if (start === undefined || end === undefined) {
    b.addSynthetic(value);
    return;
  }
  if (source.slice(start, end) === value) {
    b.add(value, start);
    return;
  }
  let cursor = start;
  const pieces = value.split('\n');
  pieces.forEach((piece, i) => {
    if (i > 0) b.addSynthetic('\n');
    if (!piece) return;
    const at = source.indexOf(piece, cursor);
    if (at >= 0 && at + piece.length <= end) {
      b.add(piece, at);
      cursor = at + piece.length;
      return;
    }
    // Escapes or entities inside the line: map it piece by piece around the first mismatch.
    let k = 0;
    while (k < piece.length && cursor + k < end && source[cursor + k] === piece[k]) k++;
    if (k > 0) b.add(piece.slice(0, k), cursor);
    // Skip the one escape or entity character and map the rest linearly (approximate).
    const rest = piece.slice(k);
    b.add(rest, Math.max(cursor + k, Math.min(cursor + k + 1, end - rest.length)));
    const nl = source.indexOf('\n', cursor);
    cursor = nl >= 0 && nl < end ? nl + 1 : end;
  });
}
