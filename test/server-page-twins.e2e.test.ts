import { readFileSync } from 'node:fs';
import { detectFormat } from '../src/core/load.js';
import { brief, lint, textAt } from './helpers/lint.js';

// One policy as Markdown (front matter, a shortcode), a static HTML page, a Bitrix PHP page, an
// ASP.NET Web Forms page and a Razor view: the same findings, each at the same text in its own file.
// Server code (<?php ?>, <% %>, <%@ %>, @{ }) and front matter are not policy text: the bracketed
// fill-ins hidden in them ([FORM_ID], [USER_NAME], [COMPANY_NAME]) are never reported.
const twin = (name: string) => readFileSync(new URL(`../fixtures/formats/twins/${name}`, import.meta.url), 'utf8');
const NAMES = ['policy.md', 'policy.html', 'policy.php', 'policy.aspx', 'policy.cshtml'];
const run = (name: string) => {
  const source = twin(name);
  return lint(source, { format: detectFormat(name, source) });
};
const located = (name: string) => run(name).map((m) => `${m.ruleId}/${m.messageId} ${JSON.stringify(textAt(twin(name), m))}`);

describe('twins of one policy', () => {
  test('server pages and Razor views are read as HTML', () => {
    expect(NAMES.map((n) => detectFormat(n, twin(n)))).toEqual(['markdown', 'html', 'html', 'html', 'html']);
  });

  test.each(NAMES.slice(1))('%s gives the Markdown findings, at the same text', (name) => {
    expect(located(name)).toEqual(located('policy.md'));
  });

  test('the findings of the leftovers, at their lines and columns in each source', () => {
    const leftovers = (name: string) => brief(run(name)).filter((b) => /placeholder-text|operator-identity/.test(b));
    expect(leftovers('policy.md')).toEqual([
      '10:4 operator-identity/missing-operator',
      '12:15 placeholder-text/placeholder',
      '12:61 placeholder-text/placeholder',
      '16:1 placeholder-text/placeholder',
      '26:1 placeholder-text/placeholder',
    ]);
    expect(leftovers('policy.php')).toEqual([
      '12:5 operator-identity/missing-operator',
      '13:18 placeholder-text/placeholder',
      '13:64 placeholder-text/placeholder',
      '15:4 placeholder-text/placeholder',
      '20:4 placeholder-text/placeholder',
    ]);
    expect(leftovers('policy.aspx')).toEqual([
      '10:5 operator-identity/missing-operator',
      '11:18 placeholder-text/placeholder',
      '11:64 placeholder-text/placeholder',
      '13:4 placeholder-text/placeholder',
      '18:4 placeholder-text/placeholder',
    ]);
    expect(located('policy.aspx').filter((l) => l.startsWith('placeholder-text'))).toEqual([
      'placeholder-text/placeholder "Фамилия Имя Отчество"',
      'placeholder-text/placeholder "http://site.ru"',
      'placeholder-text/placeholder "EMAIL"',
      'placeholder-text/placeholder "ЧЕРНОВИК: здесь можно указать сторонние сервисы"',
    ]);
  });
});

describe('format detection by content', () => {
  test('an unknown extension whose content is mostly HTML after its server code is HTML', () => {
    const page = '<%@ Page Language="C#" %>\n<% var x = 1; %>\n<div class="content">\n<h1>Политика</h1>\n<p>Текст.</p>\n<ul><li>один</li><li>два</li></ul>\n<p>Ещё</p>\n</div>\n';
    expect(detectFormat('privacy.inc', page)).toBe('html');
    expect(detectFormat('privacy.inc', 'Политика конфиденциальности\n\n1. Общие положения\n1.1. Текст <b>жирный</b>.\n')).toBe('text');
  });

  test.each([['policy.njk'], ['policy.hbs'], ['policy.twig'], ['policy.vue'], ['policy.astro'], ['policy.svelte'], ['policy.erb'], ['policy.jsp'], ['policy.asp']])(
    '%s is HTML',
    (name) => {
      expect(detectFormat(name, 'anything')).toBe('html');
    },
  );

  test('template expressions of a template file are the engine\'s, not leftovers; in a static page they are', () => {
    const template = '{% extends "base.njk" %}\n{% block content %}\n<h1>Политика конфиденциальности</h1>\n<p>Оператор: {{ site.operator }}, ИНН {{ site.inn }}.</p>\n{% endblock %}\n';
    expect(lint(template, { format: 'html', rule: 'placeholder-text' })).toEqual([]);
    const vue = '<template>\n  <h1>Privacy policy</h1>\n  <p v-if="ready">The operator is {{ operatorName }}.</p>\n</template>\n<script setup>\nconst operatorName = "[COMPANY]";\n</script>\n';
    expect(lint(vue, { format: 'html', rule: 'placeholder-text' })).toEqual([]);
    const page = '<h1>Политика конфиденциальности</h1>\n<p>Оператор: {{ company_name }}.</p>\n';
    expect(brief(lint(page, { format: 'html', rule: 'placeholder-text' }))).toEqual(['2:14 placeholder-text/placeholder']);
  });

  test('an Astro component: the fenced script on top is not text', () => {
    const astro = '---\nimport Layout from "../layouts/Layout.astro";\nconst company = "[COMPANY NAME]";\n---\n<Layout title="Privacy">\n<h1>Privacy policy</h1>\n<p>We answer requests within 10 working days.</p>\n</Layout>\n';
    expect(lint(astro, { format: 'html', rule: 'placeholder-text' })).toEqual([]);
  });
});
