// Checks shared by the HTML and formats tests: what the source says at a mapped position.
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes as P } from 'parse5';
import type { LineUnit } from '../../src/core/parse/units.js';

const REF = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/** The visible text of a slice of HTML source: tags and comments dropped, references decoded, whitespace collapsed. */
export function htmlText(slice: string): string {
  const root = parseFragment(slice) as P.DocumentFragment;
  let out = '';
  const stack: P.Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeName === '#text') out += (n as P.TextNode).value;
    else if ('tagName' in n && (n.tagName === 'script' || n.tagName === 'style')) continue;
    else if ('tagName' in n && n.tagName === 'br') out += ' ';
    else if ('childNodes' in n) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i] as P.Node);
  }
  return out.replace(/[\u00ad\u200b\u2060\ufeff]/g, '').replace(/[\t\n\f\r ]+/g, ' ').trim();
}

/** Folds what differs between equivalent renderings: NBSP, typographic quotes and dashes, №. */
export function fold(s: string): string {
  return s
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[«»“”„"]/g, '"')
    .replace(/[—–]/g, '-')
    .replace(/№/g, 'N')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The decoded character of the reference that covers source[pos] (pos on its "&" or its last character). */
function referenceAt(source: string, pos: number): string | undefined {
  for (let amp = pos; amp >= Math.max(0, pos - 40); amp--) {
    if (source[amp] !== '&') continue;
    REF.lastIndex = amp;
    const m = REF.exec(source);
    if (!m) return undefined;
    const end = amp + m[0].length;
    if (amp !== pos && end - 1 !== pos) return undefined;
    return htmlText(`<p>x${m[0]}x</p>`).slice(1, -1);
  }
  return undefined;
}

/**
 * Every segment of every unit points at what it stands for: the same text, or a character
 * reference that decodes to it, or whitespace (a collapsed run, a <br>, a CR) for a space.
 * Returns the problems found.
 */
export function segmentProblems(source: string, units: LineUnit[]): string[] {
  const problems: string[] = [];
  for (const u of units) {
    let last = -1;
    for (const s of u.segments) {
      if (s.textStart < last) problems.push(`${JSON.stringify(u.text)}: segments out of order`);
      last = s.textStart + s.length;
      const piece = u.text.slice(s.textStart, s.textStart + s.length);
      const src = source.slice(s.sourceStart, s.sourceStart + s.length);
      if (piece === src) continue;
      const at = source[s.sourceStart];
      if (piece === ' ' && (/\s/.test(at) || at === '<' || at === '&' || at === ';')) continue;
      if (s.length <= 2) {
        const ref = referenceAt(source, s.sourceStart);
        if (ref !== undefined && (ref === piece || ref.includes(piece))) continue;
      }
      problems.push(`${JSON.stringify(u.text)}: ${JSON.stringify(piece)} mapped to ${JSON.stringify(source.slice(s.sourceStart, s.sourceStart + 12))}`);
    }
  }
  return problems;
}
