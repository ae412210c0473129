import { strToU8, zipSync } from 'fflate';
import { extractDocx, formatNumber } from '../../src/core/binary/docx.js';

// The Word reader on hand-written WordprocessingML: numbering as Word renders it, what is read and
// what is not, and where each line is.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const p = (text: string, numId?: number, ilvl = 0, style?: string) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId !== undefined ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const lvl = (i: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

function docx(body: string, numbering = '', styles = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  };
  if (numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${numbering}</w:numbering>`);
  if (styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${styles}</w:styles>`);
  return zipSync(files);
}

const NUMBERING =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2.')}${lvl(2, 'russianLower', '%3)')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2">${lvl(0, 'upperLetter', '%1.')}${lvl(1, 'lowerLetter', '%1.%2)', '<w:isLgl/>')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="3">${lvl(0, 'bullet', '•')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>' +
  '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>' +
  '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>';

test('automatic numbering: levels, restarts, formats, start values and overrides, legal style', () => {
  const body = [
    p('Общие положения', 1, 0),
    p('Термины', 1, 1),
    p('Цели', 1, 1),
    p('для связи;', 1, 2),
    p('для договора.', 1, 2),
    p('Права', 1, 0),
    p('Отзыв', 1, 1),
    p('первый', 1, 2),
    p('Римский', 2, 0),
    p('Римский дальше', 2, 0),
    p('Снова с семи', 3, 0),
    p('Буква', 4, 0),
    p('Законная', 4, 1),
    p('пункт списка', 5, 0),
    p('без номера'),
  ].join('');
  const d = extractDocx(docx(body, NUMBERING));
  expect(d.text.split('\n')).toEqual([
    '1. Общие положения',
    '1.1. Термины',
    '1.2. Цели',
    'а) для связи;',
    'б) для договора.',
    '2. Права',
    '2.1. Отзыв',
    'а) первый',
    'III. Римский',
    'IV. Римский дальше',
    '7. Снова с семи',
    'A. Буква',
    '1.1) Законная',
    'пункт списка',
    'без номера',
  ]);
  expect(d.lines.map((l) => l.clause)).toEqual(['1.', '1.1.', '1.2.', 'а)', 'б)', '2.', '2.1.', 'а)', 'III.', 'IV.', '7.', 'A.', '1.1)', undefined, undefined]);
  expect(d.lines.map((l) => l.paragraph)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  expect(d.parsed.units.map((u) => u.kind)).toEqual([...Array(13).fill('paragraph'), 'list-item', 'paragraph']);
});

test('formats of counters', () => {
  expect([1, 4, 9, 14, 40, 1994].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIV']);
  expect([1, 26, 27].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa']);
  expect([1, 6, 28, 29].map((n) => formatNumber(n, 'russianLower'))).toEqual(['а', 'е', 'я', 'аа']);
  expect(formatNumber(3, 'russianUpper')).toBe('В');
  expect(formatNumber(5, 'decimalZero')).toBe('05');
  expect(formatNumber(5, 'none')).toBe('');
});

test('headings by style name or outline level; numbering from the style', () => {
  const styles =
    '<w:style w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:styleId="Sub"><w:name w:val="Мой подзаголовок"/><w:basedOn w:val="Base"/></w:style>' +
    '<w:style w:styleId="Base"><w:name w:val="base"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';
  const d = extractDocx(docx(p('Общие положения', undefined, 0, '1') + p('Подраздел', undefined, 0, 'Sub') + p('Текст.'), NUMBERING, styles));
  expect(d.parsed.units.map((u) => `${u.kind}:${u.depth}:${u.text}`)).toEqual(['heading:1:1. Общие положения', 'heading:2:Подраздел', 'paragraph:0:Текст.']);
  expect(d.lines[0].clause).toBe('1.');
});

test('read: insertions, hyperlinks, field results, tabs and breaks as spaces; not read: deletions, moves away, field codes, text boxes, comments marks', () => {
  const body =
    '<w:p><w:r><w:t>Оператор</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText> не</w:delText></w:r></w:del>' +
    '<w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve"> обрабатывает</w:t></w:r></w:ins>' +
    '<w:moveFrom w:id="3" w:author="a"><w:r><w:t> ПЕРЕНЕСЕНО</w:t></w:r></w:moveFrom>' +
    '<w:r><w:tab/><w:t>данные</w:t><w:br/><w:t>через</w:t></w:r>' +
    '<w:hyperlink w:history="1"><w:r><w:t xml:space="preserve"> сайт</w:t></w:r></w:hyperlink>' +
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> example.ru</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
    '<w:r><w:t xml:space="preserve"> ООО «Ромашка</w:t><w:noBreakHyphen/><w:t>Сервис».</w:t></w:r>' +
    '<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>ТЕКСТ В РАМКЕ</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:p><w:r><w:t>ТЕКСТ В РАМКЕ</w:t></w:r></w:p></w:pict></mc:Fallback></mc:AlternateContent></w:r>' +
    '<w:r><w:commentReference w:id="0"/></w:r></w:p>' +
    '<w:p></w:p><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>' +
    '<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Цель</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Основание</w:t></w:r></w:p></w:tc></w:tr>' +
    '<w:tr><w:tc><w:p><w:r><w:t>Связь</w:t></w:r></w:p><w:p><w:r><w:t>и ответы</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>согласие</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>' +
    p('После таблицы.');
  const d = extractDocx(docx(body));
  expect(d.text.split('\n')).toEqual([
    'Оператор обрабатывает данные через сайт example.ru ООО «Ромашка-Сервис».',
    'Цель | Основание',
    'Связь и ответы | согласие',
    'После таблицы.',
  ]);
  const rows = d.parsed.units.filter((u) => u.kind === 'table-row');
  expect(rows.map((u) => [u.header ?? false, u.cells!.map(([a, b]) => u.text.slice(a, b))])).toEqual([
    [true, ['Цель', 'Основание']],
    [false, ['Связь и ответы', 'согласие']],
  ]);
  expect(d.lines.map((l) => l.paragraph)).toEqual([1, 2, 3, 4]);
});

test('not a Word file, or not well-formed: a clear reason', () => {
  expect(() => extractDocx(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') }))).toThrow(/^corrupt Word file: word\/document\.xml is not well-formed XML/);
  expect(() => extractDocx(docx('<w:p></w:p>'))).toThrow('the Word document has no text in its body');
  expect(() => extractDocx(strToU8('PK\u0003\u0004 not really'))).toThrow('corrupt Word file: not a complete ZIP archive (no central directory)');
});
