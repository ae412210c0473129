import { blank, blankMarkdownMarkup, blankServerCode, directiveRanges, frontMatter, frontMatterTitle, mostlyHtml } from '../../src/core/parse/template.js';

describe('markup that is not text', () => {
  test('blanking keeps every offset and line break', () => {
    const src = 'a<?php echo 1;\n?>b\r\nc';
    const out = blank(src, directiveRanges(src));
    expect(out).toHaveLength(src.length);
    expect(out).toBe('a' + ' '.repeat(13) + '\n' + '  b\r\nc');
  });

  test('front matter: YAML and TOML at the very start, with its title', () => {
    expect(frontMatterTitle('---\ntitle: "Конфиденциальность"\ndate: 2026-01-01\n---\n# x\n')).toBe('Конфиденциальность');
    expect(frontMatterTitle('+++\ntitle = \'Privacy\'\n+++\ntext\n')).toBe('Privacy');
    // A thematic break and a paragraph are not front matter.
    expect(frontMatter('Intro\n---\ntitle: x\n---\n')).toBeUndefined();
    expect(frontMatter('---\nJust a paragraph between rules.\n---\n')).toBeUndefined();
  });

  test('shortcodes and tags blanked in Markdown; heading ids, a lone "{%" and e-mails stay', () => {
    const md = '## Контакты {#contacts}\n\n{{< figure src="a.png" >}} Скидка 5{% на всё.\n{% include "x.html" %}Пишите на info@romashka.example.\n';
    const out = blankMarkdownMarkup(md);
    expect(out).toContain('## Контакты {#contacts}');
    expect(out).toContain('Скидка 5{% на всё.');
    expect(out).not.toContain('figure');
    expect(out).not.toContain('include');
    expect(out).toContain('info@romashka.example');
  });

  test('server code: an unclosed PHP block runs to the end; razor blocks are brace-balanced; an e-mail is no razor', () => {
    expect(blankServerCode('<p>a</p><?php echo "<p>b</p>";').trim()).toBe('<p>a</p>');
    const razor = '@{ var a = new { X = 1 }; }\n<p>mail@{host}.ru и support@romashka.example</p>';
    const out = blankServerCode(razor);
    expect(out.startsWith(' '.repeat(27))).toBe(true);
    expect(out).toContain('support@romashka.example');
  });

  test('many unclosed openers are still scanned once', () => {
    const src = '{#'.repeat(50000) + '<p>текст</p>';
    expect(directiveRanges(src)).toEqual([]);
  });

  test('mostly HTML once server code is set aside', () => {
    expect(mostlyHtml('<?php include "a.php"; ?>\n<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(mostlyHtml('1. Общие положения\nТекст политики со словом <b>важно</b>.\n')).toBe(false);
  });
});
