import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parents, PhrasingContent, RootContent } from 'mdast';
import type { LineUnit, ParsedSource } from './units.js';
import { TextBuilder } from './units.js';
import { parsePlainText } from './plaintext.js';
import { blankMarkdownMarkup } from './template.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/** Marks the first paragraph of a list item while walking: its marker and nesting depth. */
interface ListItemData {
  policylintItem?: { prefix?: [number, number]; depth: number };
}

/**
 * Markdown via remark: headings, paragraphs (split into their source lines), list items (the
 * ordered marker kept in the text, as plain text keeps "7."), GFM tables. HTML, code blocks,
 * definitions, front matter and site-generator shortcodes are not policy prose.
 */
export function parseMarkdown(original: string): ParsedSource {
  // Front matter, shortcodes and template tags are not text: blanked with spaces, offsets kept.
  const source = blankMarkdownMarkup(original);
  // micromark is super-linear in container nesting (deeply nested lists, long runs of '>') and
  // can overflow the stack: no real policy nests that deep, so such a file is read as plain text.
  if (pathologicalNesting(source)) return parsePlainText(source);
  let tree;
  try {
    tree = processor.parse(source);
  } catch (err) {
    if (err instanceof RangeError) return parsePlainText(source);
    throw err;
  }
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
    b.sourceCursor = node.position?.start.offset ?? 0;
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

  // Walks block content depth-first with an explicit stack: nesting depth cannot overflow it.
  const walk = (rootChildren: RootContent[]) => {
    const stack: { nodes: RootContent[]; i: number; listDepth: number }[] = [{ nodes: rootChildren, i: 0, listDepth: 0 }];
    while (stack.length) {
      const frame = stack[stack.length - 1];
      if (frame.i >= frame.nodes.length) {
        stack.pop();
        continue;
      }
      const node = frame.nodes[frame.i++];
      const listDepth = frame.listDepth;
      switch (node.type) {
        case 'heading':
          lines(node, 'heading', node.depth);
          break;
        case 'paragraph': {
          const item = (node.data as ListItemData | undefined)?.policylintItem;
          if (item) lines(node, 'list-item', item.depth, item.prefix);
          else lines(node, 'paragraph', 0);
          break;
        }
        case 'blockquote':
          stack.push({ nodes: node.children, i: 0, listDepth });
          break;
        case 'list': {
          // Each item: its first paragraph is the list item's text; the rest nests below it.
          const items: RootContent[] = [];
          for (const item of node.children) {
            const [first, ...rest] = item.children;
            if (first && first.type === 'paragraph') {
              const itemStart = item.position?.start.offset;
              const paraStart = first.position?.start.offset;
              let prefix: [number, number] | undefined;
              if (node.ordered && itemStart !== undefined && paraStart !== undefined) {
                const marker = /^\s*\d+[.)]/.exec(source.slice(itemStart, paraStart));
                // Keep "7. " in the text as plain text does: the marker and one space.
                if (marker) prefix = [itemStart + marker[0].length - marker[0].trimStart().length, Math.min(paraStart, itemStart + marker[0].length + 1)];
              }
              const data: ListItemData = { policylintItem: { prefix, depth: listDepth + 1 } };
              items.push({ ...first, data } as RootContent);
              items.push(...(rest as RootContent[]));
            } else {
              items.push(...(item.children as RootContent[]));
            }
          }
          stack.push({ nodes: items, i: 0, listDepth: listDepth + 1 });
          break;
        }
        case 'table': {
          table++;
          group++;
          node.children.forEach((row, r) => {
            const b = new TextBuilder();
            b.sourceCursor = row.position?.start.offset ?? 0;
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

  walk((tree as Extract<Nodes, { type: 'root' }>).children);
  markStandalone(units);
  return { units };
}

/** More than a few lines nested deeper than 16 list or quote levels, or one absurdly deep quote. */
export function pathologicalNesting(source: string): boolean {
  let deep = 0;
  const re = /^([ \t]*)((?:>[ \t]?)*)/gm;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const indent = m[1].replace(/\t/g, '    ').length;
    const quotes = m[2].replace(/[^>]/g, '').length;
    if (quotes >= 64) return true;
    if (indent >= 48 || quotes >= 16) {
      if (++deep > 16) return true;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
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
    // Nodes made by transforms (GFM autolink literals split text into new nodes without
    // positions): find the text just after what was mapped last.
    const at = value ? source.indexOf(value, b.sourceCursor) : -1;
    if (at >= 0 && at - b.sourceCursor <= 16) b.add(value, at);
    else b.addSynthetic(value);
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
