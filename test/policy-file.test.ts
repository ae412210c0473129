import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPolicyFileName, looksLikePolicy } from '../src/core/policy-file.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('looksLikePolicy: by name, title or opening words', () => {
  test.each([
    ['notes.txt', '1. Общие положения. Настоящая Политика определяет порядок обработки персональных данных пользователей сайта.\n'],
    ['doc.md', '---\nlayout: page\ntitle: Политика в отношении обработки персональных данных\n---\n\nТекст.\n'],
    ['legal.html', '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{}</style><title>Privacy Policy — Acme</title></head><body><p>Hi</p></body></html>'],
    ['legal2.html', '<html><body><nav><a href="/">Home</a></nav><h1 class="t">Политика <b>конфиденциальности</b></h1><p>Текст.</p></body></html>'],
    ['page.md', 'УТВЕРЖДЕНО\nприказом генерального директора\nот 01.03.2026 № 5\n\n# ПОЛОЖЕНИЕ об обработке и защите персональных данных\n'],
    ['terms-2.md', 'Acme Ltd\n\nThis Privacy Notice explains what we do with your data.\n'],
    ['a.txt', '1. General provisions\nThis Policy defines how personal data of users of the service is processed.\n'],
    ['b.md', '# Personal Data Processing Policy\n'],
    ['clean-separate-consent.md', '# Политика обработки персональных данных\n\n## 1. Согласие\n'],
    ['sloppy.txt', 'политика обработки перс. данных\n\nоператор - ИП Соколова М.П.\n'],
    ['clinic.txt', 'ПОЛИТИКА ООО «КЛИНИКА ЁЛКА» В ОТНОШЕНИИ ОБРАБОТКИ ПЕРСОНАЛЬНЫХ ДАННЫХ\n1. Общие положения\n'],
    ['ip.txt', 'Политика конфиденциальности ИП Кузнецовой М. А.\n1. Общие положения\n'],
  ])('%s is a policy', (name, text) => {
    expect(looksLikePolicy(name, text)).toBe(true);
  });

  test.each([
    ['README.md', '# Site\n\nNow with a privacy policy.\n'],
    ['CHANGELOG.md', '# Changelog\n\n## 1.2.0\n- Link to the privacy policy in the footer.\n- Настоящая версия исправляет ошибки.\n'],
    ['docs/terms.md', '# Terms of sale\n\nThese terms govern purchases.\n'],
    ['soglasie.md', 'Согласие пользователя\n\nНастоящая форма подтверждает, что я ознакомлен с политикой обработки персональных данных.\n'],
    ['form.txt', 'СОГЛАСИЕ на обработку персональных данных\n\nЯ, субъект персональных данных, даю согласие…\n'],
    ['index.html', '<html><head><title>Acme</title></head><body><footer><a href="/privacy">Privacy Policy</a></footer></body></html>'],
  ])('%s is not', (name, text) => {
    expect(looksLikePolicy(name, text)).toBe(false);
  });

  test('names alone: privacy, политика, transliterations, policy.*; not consent forms', () => {
    expect(['privacy.md', 'docs/Политика-ПД.txt', 'politika.html', 'policy.txt'].filter(isPolicyFileName)).toHaveLength(4);
    expect(['README.md', 'privacy-consent.md', 'refund-policy.md'].filter(isPolicyFileName)).toEqual([]);
  });

  test('every seed policy of the README quick start passes by its opening text (their names say nothing)', () => {
    const dir = path.join(root, 'fixtures/seeds');
    const seeds = readdirSync(dir).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const f of seeds) {
      expect([f, isPolicyFileName(f)]).toEqual([f, false]);
      expect([f, looksLikePolicy(f, readFileSync(path.join(dir, f), 'utf8'))]).toEqual([f, true]);
    }
  });
});
