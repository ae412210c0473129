import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHtml } from '../../src/core/parse/html.js';
import { decode } from '../../src/core/load.js';
import { brief, lint, model } from '../helpers/lint.js';
import { fold, htmlText, segmentProblems } from './html-check.js';

const fixture = (name: string) => decode(readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url))).text;
/** Units as "kind depth: text" (depth left out when 0), table rows with their cells. */
const units = (html: string) =>
  parseHtml(html).units.map((u) => {
    const head = `${u.kind}${u.depth ? ` ${u.depth}` : ''}${u.header ? ' header' : ''}`;
    return u.cells ? `${head}: ${u.cells.map(([s, e]) => u.text.slice(s, e)).join(' | ')}` : `${head}: ${u.text}`;
  });
const texts = (html: string) => parseHtml(html).units.map((u) => u.text);

/** Every block's location in the source holds the block's text (table rows: each cell's). */
function locationProblems(source: string): string[] {
  const d = model(source, 'html');
  const problems: string[] = [];
  for (const b of d.blocks) {
    for (const range of b.cells ?? [[b.start, b.end] as [number, number]]) {
      const want = d.slice(range);
      if (!want) continue;
      const [s, e] = d.toSource(range);
      const got = htmlText(source.slice(s, e));
      if (fold(got) !== fold(want)) problems.push(`${JSON.stringify(want)} at ${s}..${e}: ${JSON.stringify(source.slice(s, e))}`);
    }
  }
  return problems;
}

describe('HTML: structure', () => {
  test('headings with their level, paragraphs, text split across inline elements joins', () => {
    const html = '<h1>Политика</h1><h3>1. <b>Общие</b> положения</h3><p>Оператор — <a href="#">ООО</a> <span>«Ромашка»</span>.</p>';
    expect(units(html)).toEqual(['heading 1: Политика', 'heading 3: 1. Общие положения', 'paragraph: Оператор — ООО «Ромашка».']);
    expect(texts('<p>пер<b>сон</b>альные данные</p>')).toEqual(['персональные данные']);
  });

  test('whitespace collapses; NBSP stays; soft hyphens and zero-width spaces are dropped', () => {
    expect(texts('<p>\n   Срок\t хранения\r\n  —\n 3&nbsp;года&shy;.  </p>')).toEqual(['Срок хранения — 3\u00a0года.']);
    expect(texts('<p>персо&shy;нальные да\u200bнные</p>')).toEqual(['персональные данные']);
  });

  test('lists: nesting depth, items with paragraphs, text after a nested list, ordered items as written', () => {
    const html = `<ul><li>Первый<ul><li>Вложенный</li></ul>продолжение</li><li><p>Второй</p><p>ещё абзац</p></li></ul>
      <ol><li>без номера в источнике</li><li>7.1. номер виден в источнике</li></ol>`;
    expect(units(html)).toEqual([
      'list-item 1: Первый',
      'list-item 2: Вложенный',
      'paragraph: продолжение',
      'list-item 1: Второй',
      'paragraph: ещё абзац',
      'list-item 1: без номера в источнике',
      'list-item 1: 7.1. номер виден в источнике',
    ]);
    expect(model('<ol><li>7.1. номер виден в источнике.</li></ol>', 'html').blocks[0].number).toBe('7.1');
  });

  test('dt/dd, blockquote, address, and div text outside block children are paragraphs', () => {
    const html = '<dl><dt>Оператор</dt><dd>ООО «Ромашка»</dd></dl><blockquote><p>Цитата</p></blockquote><div>До<p>Внутри</p>После</div><address>Москва</address>';
    expect(units(html)).toEqual(['paragraph: Оператор', 'paragraph: ООО «Ромашка»', 'paragraph: Цитата', 'paragraph: До', 'paragraph: Внутри', 'paragraph: После', 'paragraph: Москва']);
  });

  test('<br> splits lines of one group; two <br> start a new group; <br> in a heading is a space', () => {
    const parsed = parseHtml('<p>1.1. Первая строка.<br>1.2. Вторая строка.<br><br>Третья</p><h2>Политика<br>конфиденциальности</h2>').units;
    expect(parsed.map((u) => u.text)).toEqual(['1.1. Первая строка.', '1.2. Вторая строка.', 'Третья', 'Политика конфиденциальности']);
    expect(parsed[0].group).toBe(parsed[1].group);
    expect(parsed[2].group).not.toBe(parsed[1].group);
    expect(parsed[2].standalone).toBe(true);
    // Lines of a group join as hard-wrapped plain text does.
    expect(model('<p>Оператор обрабатывает<br>персональные данные.</p>', 'html').blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });

  test('<pre> keeps its lines', () => {
    expect(texts('<pre>\n  строка 1\n  строка 2\n\n  строка 3</pre>')).toEqual(['строка 1', 'строка 2', 'строка 3']);
  });

  test('tables: rows with cells, th rows and thead are headers, <p> and <br> inside a cell stay in the cell', () => {
    const html = `<table><thead><tr><th>Цель</th><th>Основание</th></tr></thead><tbody>
      <tr><td><p>Связь</p><p>ответ на запрос</p></td><td>согласие<br>договор</td></tr>
      <tr><td>Аналитика</td><td></td></tr></tbody></table>`;
    const parsed = parseHtml(html).units;
    expect(units(html)).toEqual(['table-row header: Цель | Основание', 'table-row: Связь; ответ на запрос | согласие договор', 'table-row: Аналитика | ']);
    expect(new Set(parsed.map((u) => u.table)).size).toBe(1);
    const d = model(html, 'html');
    expect(d.blocks.filter((b) => b.kind === 'table-row').map((b) => b.cells!.map((c) => d.slice(c)))).toEqual([
      ['Цель', 'Основание'],
      ['Связь; ответ на запрос', 'согласие договор'],
      ['Аналитика', ''],
    ]);
  });

  test('tables without th: the first row is the header (as in Markdown); a th column does not make headers', () => {
    expect(units('<table><tr><td><b>Цель</b></td><td><b>Основание</b></td></tr><tr><td>Связь</td><td>согласие</td></tr></table>')).toEqual([
      'table-row header: Цель | Основание',
      'table-row: Связь | согласие',
    ]);
    expect(units('<table><tr><th>ИНН</th><td>7707083893</td></tr><tr><th>ОГРН</th><td>1027700132195</td></tr></table>')).toEqual([
      'table-row: ИНН | 7707083893',
      'table-row: ОГРН | 1027700132195',
    ]);
  });

  test('layout tables (headings or tables in cells, one column, very long cells) are read as blocks', () => {
    const html = `<table><tr><td><div class="menu"><a>Главная</a></div></td><td><h1>Политика</h1><p>Текст.</p>
      <table><tr><td>а</td><td>б</td></tr></table></td></tr></table>
      <table><tr><td>Единственная колонка.</td></tr><tr><td>Вторая строка.</td></tr></table>
      <table><tr><td>Слева</td><td>${'Очень длинный текст. '.repeat(120)}</td></tr></table>`;
    const got = units(html);
    expect(got.slice(0, 6)).toEqual(['heading 1: Политика', 'paragraph: Текст.', 'table-row header: а | б', 'paragraph: Единственная колонка.', 'paragraph: Вторая строка.', 'paragraph: Слева']);
    expect(got[6]).toMatch(/^paragraph: Очень длинный текст\./);
  });
});

describe('HTML: what is not policy text', () => {
  test('head, scripts, styles, templates, forms controls, embedded content', () => {
    const html = `<html><head><title>TODO title</title><style>p{}</style><script>var todo = "TODO";</script></head><body>
      <noscript>TODO noscript</noscript><template><p>TODO template</p></template><svg><text>TODO svg</text></svg>
      <iframe src="x">TODO iframe</iframe><button>TODO кнопка</button><select><option>TODO</option></select>
      <textarea>TODO</textarea><math><mi>TODO</mi></math><object>TODO</object><video>TODO</video>
      <p>Текст политики</p></body></html>`;
    expect(texts(html)).toEqual(['Текст политики']);
  });

  test('hidden elements: hidden, display:none, visibility:hidden, closed dialog, sr-only; aria-hidden, until-found, details count', () => {
    const html = `<div hidden>TODO 1</div><p style="color:red; DISPLAY : none !important">TODO 2</p>
      <p style="visibility:hidden">TODO 3</p><dialog>TODO 4</dialog><span class="sr-only">TODO 5</span>
      <p>Видно <span hidden>TODO 6</span>всё</p>
      <p aria-hidden="true">Видно aria</p><div hidden="until-found">Видно until-found</div>
      <details><summary>Подробнее</summary><p>Видно details</p></details><dialog open>Видно dialog</dialog>`;
    expect(texts(html)).toEqual(['Видно всё', 'Видно aria', 'Видно until-found', 'Подробнее', 'Видно details', 'Видно dialog']);
  });

  test('comments are not text, but stay in the source for suppression comments', () => {
    const html = '<p>Текст <!-- TODO: проверить --> политики.</p>\n<!-- policylint-disable-next-line policy-date -->\n<p>Обычный текст.</p>';
    expect(texts(html)).toEqual(['Текст политики.', 'Обычный текст.']);
    expect(brief(lint('<p>Текст.</p>', { rule: 'policy-date', format: 'html' }))).toEqual(['1:1 policy-date/missing']);
    expect(lint('<!-- policylint-disable policy-date -- draft -->\n<p>Текст.</p>', { rule: 'policy-date', format: 'html' })).toEqual([]);
  });

  test('page header, footer and navigation are boilerplate; those of an article or section are content', () => {
    const html = `<body><header><a>Логотип</a><ul><li><a>Меню</a></li></ul></header>
      <nav><a>Главная</a></nav><div role="navigation">Навигация</div>
      <article><header><p>Редакция от 01.03.2026</p></header><p>Текст политики.</p><footer><p>Вопросы: privacy@example.ru</p></footer></article>
      <footer><p>© 2026 ООО «Ромашка», ИНН 7707083893</p></footer></body>`;
    expect(texts(html)).toEqual(['Редакция от 01.03.2026', 'Текст политики.', 'Вопросы: privacy@example.ru']);
  });

  test('a page header that holds the <h1> is kept (its navigation is not)', () => {
    const html = '<header><h1>Политика конфиденциальности</h1><p>Редакция от 01.03.2026</p><nav><a>Меню</a></nav></header><p>Текст.</p><footer>Подвал</footer>';
    expect(texts(html)).toEqual(['Политика конфиденциальности', 'Редакция от 01.03.2026', 'Текст.']);
  });

  test('old-style div#header / div.footer / div.menu outside the content are boilerplate', () => {
    const html = '<div id="header">Шапка</div><div class="menu"><a>Главная</a></div><div class="content"><p>Текст.</p><div class="footer">Сноска к тексту.</div></div><div id="footer">Подвал</div>';
    expect(texts(html)).toEqual(['Текст.', 'Сноска к тексту.']);
  });

  test('when <main> holds most of the text, only <main> counts (cookie banners, modals outside it)', () => {
    const policy = '<p>Оператор обрабатывает персональные данные пользователей сайта в соответствии с настоящей Политикой.</p>';
    const html = `<div class="banner">Продолжая использовать сайт, вы соглашаетесь с cookie.</div><main>${policy.repeat(3)}</main><div class="modal">Нажимая кнопку, вы соглашаетесь.</div>`;
    expect(texts(html)).toHaveLength(3);
    // A <main> with little of the text is no signal: everything counts.
    expect(texts(`<main><p>Коротко.</p></main>${policy.repeat(3)}`)).toHaveLength(4);
    // Cookie banners with their usual class names are skipped anyway.
    expect(texts('<div class="cookie-notice">Продолжая использовать сайт…</div><p>Текст.</p>')).toEqual(['Текст.']);
  });
});

describe('HTML: offsets into the source', () => {
  test('entities are decoded and map onto the references', () => {
    const html = '<p>ООО&nbsp;&laquo;Ромашка&raquo; &#1040;&#x411; &copy;2026 &copy2026 AT&T &foo; &amp;amp; &#128512;!</p>';
    const [u] = parseHtml(html).units;
    expect(u.text).toBe('ООО\u00a0«Ромашка» АБ ©2026 ©2026 AT&T &foo; &amp; 😀!');
    expect(segmentProblems(html, [u])).toEqual([]);
    const d = model(html, 'html');
    const at = (phrase: string) => {
      const i = d.text.indexOf(phrase);
      const [s, e] = d.toSource([i, i + phrase.length]);
      return html.slice(s, e);
    };
    expect(at('«Ромашка»')).toBe('&laquo;Ромашка&raquo;');
    expect(at('Ромашка')).toBe('Ромашка');
    expect(at('АБ')).toBe('&#1040;&#x411;');
    expect(at('😀')).toBe('&#128512;');
    expect(at('AT&T')).toBe('AT&T');
  });

  test('CRLF sources: positions count lines as the file has them', () => {
    const lf = '<html>\n<body>\n<p>Первая строка</p>\n<p>Срок — 30\n дней.</p>\n</body>\n</html>\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const loc = (src: string) => {
      const d = model(src, 'html');
      const i = d.text.indexOf('30 дней');
      return d.location([i, i + 7]);
    };
    expect(loc(lf)).toEqual({ line: 4, column: 11, endLine: 5, endColumn: 6 });
    expect(loc(crlf)).toEqual(loc(lf));
    expect(segmentProblems(crlf, parseHtml(crlf).units)).toEqual([]);
  });

  test.each([['policy.ru.html'], ['policy.ru.cp1251.html'], ['policy.en.html']])('%s: every segment and every block location holds its text', (name) => {
    const source = fixture(name);
    expect(segmentProblems(source, parseHtml(source).units)).toEqual([]);
    expect(locationProblems(source)).toEqual([]);
  });

  test('property: any mix of tags, references and whitespace maps every segment onto what it stands for', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<div>', '</div>', '<b>', '</b>', '<i>', '<span>', '</span>', '<br>', '<li>', '<ul>', '</ul>', '<h2>', '</h2>', '</h3>',
      '<table><tr><td>', '</td><td>', '</td></tr></table>', '<tr>', '<td>', '<th>', '<pre>', '</pre>', '<!-- x -->', '<script>x<y</script>',
      '&nbsp;', '&laquo;', '&raquo;', '&amp;', '&#1040;', '&#x41;', '&copy2026', '&foo;', '&', '&#128512;', '&shy;', '&#0;', '&#x80;',
      '&#150;', '&notin;', '&notit;', '&lt;', '&gt', '&#', '&#x;', ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0', 'Оператор', 'данные',
      'TODO', '30', 'дней', '«', '.', 'a<b', '<', '>', '<span hidden>скрыто</span>', '<html>', '<body>', '<head>', '<title>x</title>',
      '<textarea>t</textarea>', '<select><option>o</select>', '<p style="display:none">', '<header>', '</header>', '<main>', '<footer>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        const parsed = parseHtml(html).units;
        expect(segmentProblems(html, parsed)).toEqual([]);
        for (const u of parsed) if (u.kind !== 'table-row') expect(u.text).toBe(u.text.trim());
      }),
      { numRuns: 1500 },
    );
  });
});

describe('HTML: robustness', () => {
  test.each([['div'], ['b'], ['span'], ['li'], ['table'], ['blockquote'], ['a'], ['font']])('10,000 nested <%s> neither overflow the stack nor take quadratic time', (tag) => {
    const deep = (n: number) => `<p>Начало</p>${`<${tag}>`.repeat(n)}Глубоко внутри${`</${tag}>`.repeat(n)}<p>Конец</p>`;
    const run = (n: number) => {
      const got = texts(deep(n));
      expect(got.join(' ')).toContain('Глубоко внутри');
      expect(got[got.length - 1]).toBe('Конец');
    };
    const time = (n: number) => {
      let best = Infinity;
      for (let k = 0; k < 2; k++) {
        const t0 = performance.now();
        run(n);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    run(10_000);
    const small = time(5_000);
    const large = time(20_000);
    // Four times the input: linear is ~4x, quadratic ~16x. The bound leaves room for GC noise.
    expect(large).toBeLessThan(Math.max(12 * small, 1_500));
  });

  test('a large page parses quickly', () => {
    const para = '<p>1.1. Оператор&nbsp;обрабатывает <b>персональные</b> данные &laquo;пользователей&raquo; сайта.</p>\n';
    const html = `<html><body><main>${para.repeat(2500)}</main></body></html>`;
    const t0 = performance.now();
    expect(parseHtml(html).units).toHaveLength(2500);
    // A guard against super-linear blow-ups, not a speed test: speed is `npm run bench`'s.
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});

describe('HTML: the fixtures read as their Markdown twins', () => {
  const blocks = (name: string, format: 'markdown' | 'html') => {
    const d = model(fixture(name), format);
    return d.blocks.map((b) => `${b.kind}${b.number ? ` ${b.number}` : ''}: ${fold(d.slice([b.start, b.end]))}`);
  };
  test.each([
    ['policy.ru.html', 'policy.ru.md'],
    ['policy.ru.cp1251.html', 'policy.ru.md'],
    ['policy.en.html', 'policy.en.md'],
  ])('%s has the blocks of %s', (html, md) => {
    expect(blocks(html, 'html')).toEqual(blocks(md, 'markdown'));
  });

  test('nothing hidden or boilerplate leaks into the fixtures', () => {
    for (const name of ['policy.ru.html', 'policy.ru.cp1251.html', 'policy.en.html']) {
      const d = model(fixture(name), 'html');
      expect(d.text).not.toMatch(/1234567890|7728168971|Главная|Главное меню|Меню|Понятно|cookies\. OK|Skip to content|Все права|All rights|Home|Pricing|\bOK\b|Телефон:|проверить|согласовать|заменить/);
      expect(d.text.match(/TODO/g)).toHaveLength(1);
    }
  });
});

describe('docs/formats.md examples', () => {
  const page = readFileSync(new URL('../../docs/formats.md', import.meta.url), 'utf8');
  const examples = [...page.matchAll(/^```html\n([\s\S]*?)^```\n+^```text blocks\n([\s\S]*?)^```$/gm)];
  test('the page has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });
  test.each(examples.map((m, i) => [i + 1, m[1], m[2]] as const))('example %d', (_n, html, expected) => {
    const d = model(html, 'html');
    const got = d.blocks.map((b) => `${b.kind}: ${d.slice([b.start, b.end]).replace(/\u00a0/g, ' ')}`);
    expect(got).toEqual(expected.trimEnd().split('\n'));
  });
});

describe('hidden by class', () => {
  test('utility classes and classes the page styles as display:none are not policy text; accordions are', () => {
    const html =
      '<html><head><style>.draft-note { display: none } .card .x { display:none }</style></head><body>' +
      '<p>Visible clause.</p><div class="hidden">TODO hidden by Tailwind</div><p class="d-none">Bootstrap hidden</p>' +
      '<p class="draft-note">Draft note</p><div class="collapse"><p>Accordion clause.</p></div><p class="x">Descendant-only rule</p></body></html>';
    expect(texts(html)).toEqual(['Visible clause.', 'Accordion clause.', 'Descendant-only rule']);
  });
});
