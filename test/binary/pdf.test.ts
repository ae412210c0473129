import { extractPdf } from '../../src/core/binary/pdf.js';
import { textPdf } from '../helpers/pdf.js';

// The PDF reader on a hand-made three-page PDF: lines in reading order, paragraphs, a word
// hyphenated at a line end, a two-column table, a running header and page numbers, and where each
// line is.
const HEADER: [number, number, string] = [72, 800, 'Romashka LLC - Privacy Policy'];
const page = (n: number, body: [number, number, string][]) => [HEADER, ...body, [290, 40, `Page ${n} of 3`] as [number, number, string]];

const file = textPdf([
  page(1, [
    [72, 760, '1. General provisions'],
    // Pieces of one line out of order, with a word gap ("1.1." is 18.3 pt wide in Helvetica 11 pt):
    // put back left to right with a space.
    [96, 730, 'The operator processes the personal data of the users of the web-'],
    [72, 730, '1.1.'],
    [72, 716, 'site romashka.ru in accordance with the law and this policy, keeps'],
    [72, 702, 'it for 30 days.'],
    [72, 672, 'Purpose'],
    [300, 672, 'Legal basis'],
    [72, 658, 'Answering enquiries'],
    [300, 658, 'consent'],
  ]),
  page(2, [
    [72, 760, '2. Rights'],
    [72, 730, '2.1. The subject may withdraw consent by writing to the operator at any'],
    [72, 716, 'time, without giving reasons.'],
  ]),
  page(3, [[72, 760, '3. Contacts']]),
]);

test('lines, paragraphs, table rows; running header and page numbers dropped', async () => {
  const d = await extractPdf(new Uint8Array(file));
  expect(d.pages).toBe(3);
  expect(d.text.split('\n')).toEqual([
    '1. General provisions',
    '',
    '1.1. The operator processes the personal data of the users of the web-',
    'site romashka.ru in accordance with the law and this policy, keeps',
    'it for 30 days.',
    '',
    '| Purpose | Legal basis |',
    '| Answering enquiries | consent |',
    '',
    '2. Rights',
    '',
    '2.1. The subject may withdraw consent by writing to the operator at any',
    'time, without giving reasons.',
    '',
    '3. Contacts',
  ]);
});

test('the lines of a paragraph are one unit; a word hyphenated at the line end is rejoined; offsets map back', async () => {
  const d = await extractPdf(new Uint8Array(file));
  expect(d.parsed.units.map((u) => `${u.kind}: ${u.text}`)).toEqual([
    'paragraph: 1. General provisions',
    'paragraph: 1.1. The operator processes the personal data of the users of the website romashka.ru in accordance with the law and this policy, keeps it for 30 days.',
    'table-row: | Purpose | Legal basis |',
    'table-row: | Answering enquiries | consent |',
    'paragraph: 2. Rights',
    'paragraph: 2.1. The subject may withdraw consent by writing to the operator at any time, without giving reasons.',
    'paragraph: 3. Contacts',
  ]);
  expect(d.parsed.units.filter((u) => u.kind === 'table-row').map((u) => u.header ?? false)).toEqual([true, false]);
  for (const u of d.parsed.units) {
    for (const s of u.segments) expect(u.text.slice(s.textStart, s.textStart + s.length)).toBe(d.text.slice(s.sourceStart, s.sourceStart + s.length));
  }
});

test('each line knows its page and its line on that page, counting the running header', async () => {
  const d = await extractPdf(new Uint8Array(file));
  const at = (prefix: string) => d.lines[d.text.split('\n').findIndex((l) => l.startsWith(prefix))];
  expect(at('1. General')).toEqual({ page: 1, pageLine: 2 });
  expect(at('site romashka.ru')).toEqual({ page: 1, pageLine: 4 });
  expect(at('| Answering')).toEqual({ page: 1, pageLine: 7 });
  expect(at('time, without')).toEqual({ page: 2, pageLine: 4 });
  expect(at('3. Contacts')).toEqual({ page: 3, pageLine: 2 });
  expect(d.lines[1]).toBeUndefined(); // the blank line between paragraphs
});

test('limits: too many pages is refused before any page is read', async () => {
  await expect(extractPdf(new Uint8Array(file), { maxPages: 2 })).rejects.toThrow('PDF has 3 pages, over the 2-page limit for one policy');
});
