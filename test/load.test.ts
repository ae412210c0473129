import { readFileSync } from 'node:fs';
import { decode, detectFormat, guessEncoding, LoadError } from '../src/core/load.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const canonical = readFileSync(new URL('../fixtures/formats/policy.ru.txt', import.meta.url), 'utf8');
const lf = (s: string) => s.replace(/\r\n/g, '\n');
/** KOI8-R has no «», dashes or №: fixtures/formats/encode.mjs writes them one for one. */
const koi8Safe = (s: string) => s.replace(/[«»]/g, '"').replace(/[—–]/g, '-').replace(/№/g, 'N');

/** Encoder for a single-byte code page, from TextDecoder's own table (as encode.mjs does). */
function singleByte(label: string): (s: string) => Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return (s) =>
    Uint8Array.from([...s], (ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`${label} cannot encode ${JSON.stringify(ch)}`);
      return b;
    });
}
const cp1251 = singleByte('windows-1251');
const koi8r = singleByte('koi8-r');

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let o = 0;
  if (bom) {
    out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    o = 2;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o + i * 2] = le ? c & 0xff : c >> 8;
    out[o + i * 2 + 1] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

const error = (bytes: Uint8Array, encoding?: string): string => {
  try {
    decode(bytes, encoding);
  } catch (err) {
    expect(err).toBeInstanceOf(LoadError);
    return (err as Error).message;
  }
  throw new Error('decoded without an error');
};

describe('fixtures: every encoding of the policy decodes to the same text', () => {
  test.each([
    ['policy.ru.txt', 'utf-8', false, canonical],
    ['policy.ru.utf8bom.txt', 'utf-8', true, canonical],
    ['policy.ru.utf16le.txt', 'utf-16le', true, canonical],
    ['policy.ru.cp1251.txt', 'windows-1251', false, canonical],
    ['policy.ru.koi8r.txt', 'koi8-r', false, koi8Safe(canonical)],
  ])('%s is %s', (name, encoding, bom, text) => {
    const d = decode(fixture(name));
    expect({ encoding: d.encoding, bom: d.bom }).toEqual({ encoding, bom });
    expect(lf(d.text)).toBe(text);
  });

  test('CRLF is kept as it is in the file', () => {
    expect(decode(fixture('policy.ru.cp1251.txt')).text).toContain('\r\n');
    expect(decode(fixture('policy.ru.koi8r.txt')).text).not.toContain('\r');
  });

  test('the Windows-1251 HTML page is decoded by its <meta http-equiv> charset', () => {
    const d = decode(fixture('policy.ru.cp1251.html'));
    expect(d.encoding).toBe('windows-1251');
    expect(d.text).toContain('ПОЛИТИКА ОБРАБОТКИ ПЕРСОНАЛЬНЫХ ДАННЫХ');
  });
});

describe('byte order marks and UTF-16', () => {
  const text = 'Политика «Ромашки» — 152-ФЗ. Privacy policy.';
  test('UTF-8 with and without BOM; the BOM is not part of the text', () => {
    expect(decode(utf8(text))).toEqual({ text, encoding: 'utf-8', bom: false });
    expect(decode(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(text)))).toEqual({ text, encoding: 'utf-8', bom: true });
  });
  test('UTF-16 LE and BE with BOM', () => {
    expect(decode(utf16(text, true, true))).toEqual({ text, encoding: 'utf-16le', bom: true });
    expect(decode(utf16(text, false, true))).toEqual({ text, encoding: 'utf-16be', bom: true });
  });
  test('UTF-16 without BOM, Russian or English, is recognised by its zero bytes', () => {
    expect(decode(utf16(canonical, true, false))).toMatchObject({ text: canonical, encoding: 'utf-16le', bom: false });
    expect(decode(utf16('Privacy policy of Romashka LLC.', false, false))).toMatchObject({ encoding: 'utf-16be' });
  });
  test('UTF-32 is refused clearly', () => {
    expect(error(Uint8Array.of(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0))).toMatch(/UTF-32/);
  });
  test('a UTF-8 BOM followed by invalid bytes is an error with the position', () => {
    expect(error(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41, 0x0a, 0x42, 0xcf, 0xee))).toMatch(/invalid UTF-8 at line 2, column 2/);
  });
});

describe('Windows-1251 and KOI8-R', () => {
  // Written for this test (not used to build the letter-pair list in load.ts): held-out prose.
  const heldOut = `Оператор обязуется не раскрывать третьим лицам и не распространять персональные данные без согласия
субъекта, если иное не предусмотрено федеральным законом. Запросы субъектов принимаются по почте и через форму
обратной связи; ответ направляется в срок не более десяти рабочих дней. Сведения о посетителях сайта собираются
автоматически: это адрес устройства в сети, тип браузера, открытые страницы и время посещения. Зимой в горах рано
темнеет, поэтому туристы выходят из лагеря ещё до рассвета, а вечером у костра сушат промокшую обувь.`;
  const words = heldOut.split(/\s+/);
  /** Every run of consecutive words with at least `min` Cyrillic letters (and fewer than min + 12). */
  const windows = (min: number) => {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        const s = words.slice(i, j).join(' ');
        const letters = (s.match(/[а-яё]/gi) ?? []).length;
        if (letters >= min + 12) break;
        if (letters >= min) out.push(s);
      }
    }
    return out;
  };

  test.each([
    ['lower case', (s: string) => s],
    ['capitals', (s: string) => s.toUpperCase()],
    ['capitalised words', (s: string) => s.replace(/(^|\s)([а-яё])/g, (_m, a: string, b: string) => a + b.toUpperCase())],
    ['English words mixed in', (s: string) => `Privacy Policy, GDPR and cookies: ${s} (see Google Analytics, Yandex Metrica, CloudFlare CDN, API)`],
  ])('every stretch of 20+ Cyrillic letters is detected right: %s', (_name, shape) => {
    const texts = windows(20);
    expect(texts.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const s of texts) {
      const t = shape(s);
      if (guessEncoding(cp1251(t)) !== 'windows-1251') wrong.push(`cp1251: ${t}`);
      if (guessEncoding(koi8r(koi8Safe(t))) !== 'koi8-r') wrong.push(`koi8-r: ${t}`);
    }
    expect(wrong).toEqual([]);
  });

  test.each([['Политика конфиденциальности'], ['ИНН'], ['ПОЛИТИКА ОБРАБОТКИ ПЕРСОНАЛЬНЫХ ДАННЫХ'], ['Email-адрес, iPhone-е и Web-сайт'], ['Ёжик в тумане. ЁЛКА']])('short text %s', (s) => {
    expect(decode(cp1251(s))).toEqual({ text: s, encoding: 'windows-1251', bom: false });
    expect(decode(koi8r(s))).toEqual({ text: s, encoding: 'koi8-r', bom: false });
  });

  test('a policy in Windows-1251 and in KOI8-R decodes to its UTF-8 text', () => {
    expect(decode(cp1251(canonical)).text).toBe(canonical);
    expect(decode(koi8r(koi8Safe(canonical))).text).toBe(koi8Safe(canonical));
  });

  test('IBM866 (DOS) and ISO-8859-5 are recognised too', () => {
    const s = 'Оператор обрабатывает персональные данные пользователей сайта с их согласия.';
    expect(decode(singleByte('ibm866')(s))).toMatchObject({ text: s, encoding: 'ibm866' });
    expect(decode(singleByte('iso-8859-5')(s))).toMatchObject({ text: s, encoding: 'iso-8859-5' });
  });

  test('Latin text with accented letters and typographic quotes is Windows-1252', () => {
    const bytes = Uint8Array.from([...'The Caf\xe9 Company \x93Privacy Policy\x94 \x96 effective 1 March 2026.'].map((c) => c.charCodeAt(0)));
    expect(decode(bytes)).toEqual({ text: 'The Café Company “Privacy Policy” – effective 1 March 2026.', encoding: 'windows-1252', bom: false });
  });
});

describe('declared charsets', () => {
  const page = (meta: string, body: string) => `<!doctype html><html><head>${meta}<title>Политика</title></head><body><p>${body}</p></body></html>`;
  const body = 'Оператор обрабатывает персональные данные пользователей сайта.';
  const iso = singleByte('iso-8859-5');
  test.each([
    ['<meta charset="iso-8859-5">'],
    ['<meta charset=iso-8859-5>'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-5">'],
  ])('%s is honoured when the bytes are not UTF-8', (meta) => {
    const html = page(meta, body);
    expect(decode(iso(html))).toEqual({ text: html, encoding: 'iso-8859-5', bom: false });
  });

  test('an XML declaration is honoured too', () => {
    const xml = `<?xml version="1.0" encoding="koi8-r"?><html><body><p>${body}</p></body></html>`;
    expect(decode(koi8r(xml))).toMatchObject({ text: xml, encoding: 'koi8-r' });
  });

  test('a declaration is ignored when the bytes are valid UTF-8 (a page re-saved as UTF-8)', () => {
    const html = page('<meta charset="windows-1251">', body);
    expect(decode(utf8(html))).toEqual({ text: html, encoding: 'utf-8', bom: false });
  });

  test('a wrong UTF-8 declaration on Windows-1251 bytes falls back to detection', () => {
    const html = page('<meta charset="utf-8">', body);
    expect(decode(cp1251(html))).toEqual({ text: html, encoding: 'windows-1251', bom: false });
  });
});

describe('binary and undecodable input', () => {
  test.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], /PNG image/],
    ['PDF', [...utf8('%PDF-1.7\n%\xe2\xe3\n1 0 obj')], /PDF document/],
    ['DOCX (ZIP)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0], /ZIP archive or an Office document/],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], /JPEG/],
    ['gzip', [0x1f, 0x8b, 0x08, 0], /gzip/],
  ])('%s', (_name, bytes, message) => {
    expect(error(Uint8Array.from(bytes as number[]))).toMatch(message);
  });

  test('NUL bytes in text', () => {
    expect(error(utf8('Политика\u0000конфиденциальности\u0000 и ещё текст политики'))).toMatch(/binary file \(contains NUL bytes\)/);
  });

  test('control characters', () => {
    expect(error(Uint8Array.from({ length: 400 }, (_v, i) => (i % 5 === 0 ? 0x01 : 0x41 + (i % 26))))).toMatch(/control characters/);
  });

  test('bytes that are neither UTF-8 nor a known Cyrillic code page', () => {
    // "個人情報の取り扱い" in Shift_JIS, then GB2312/GBK "隐私政策个人信息".
    const sjis = [0x8c, 0xc2, 0x90, 0x6c, 0x8f, 0xee, 0x95, 0xf1, 0x82, 0xcc, 0x8e, 0xe6, 0x82, 0xe8, 0x88, 0xb5, 0x82, 0xa2];
    const gbk = [0xd2, 0xfe, 0xcb, 0xbd, 0xd5, 0xfe, 0xb2, 0xdf, 0xb8, 0xf6, 0xc8, 0xcb, 0xd0, 0xc5, 0xcf, 0xa2];
    for (const bytes of [sjis, gbk]) {
      const text = [...bytes, ...bytes, ...bytes, ...bytes];
      expect(error(Uint8Array.from(text))).toMatch(/not valid UTF-8 \(first invalid byte at line 1, column 1 .*not recognisable as Windows-1251 or KOI8-R text: name the encoding with --encoding/);
    }
  });

  test('random high bytes', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 50; k++) {
      const bytes = Uint8Array.from({ length: 300 }, () => (rnd() < 0.5 ? 0x20 + Math.floor(rnd() * 95) : 0x80 + Math.floor(rnd() * 128)));
      expect(() => decode(bytes)).toThrow(LoadError);
    }
  });

  test('UTF-8 with a few broken bytes is a damaged UTF-8 file, not a code page: the error says where', () => {
    const text = utf8('Политика обработки персональных данных\nОператор — ООО «Ромашка».\n');
    const broken = Uint8Array.from([...text.subarray(0, 60), 0xff, ...text.subarray(60)]);
    expect(error(broken)).toMatch(/^invalid UTF-8 at line 1, column 32 \(byte 0xFF at offset 60\); the rest of the file is UTF-8/);
  });
});

describe('--encoding', () => {
  test('forces the encoding, whatever detection would say', () => {
    const bytes = cp1251('Политика конфиденциальности');
    expect(decode(bytes, 'koi8-r')).toMatchObject({ encoding: 'koi8-r', text: new TextDecoder('koi8-r').decode(bytes) });
    expect(decode(bytes, 'windows-1251').text).toBe('Политика конфиденциальности');
  });
  test.each([['cp1251', 'windows-1251'], ['win1251', 'windows-1251'], ['KOI8R', 'koi8-r'], ['koi8-r', 'koi8-r'], ['utf16', 'utf-16le'], ['UTF-8', 'utf-8'], ['cp866', 'ibm866']])('label %s is %s', (label, encoding) => {
    expect(decode(utf8('abc'), label).encoding).toBe(encoding);
  });
  test('a BOM of the forced encoding is noted and dropped', () => {
    expect(decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61), 'utf-8')).toEqual({ text: 'a', encoding: 'utf-8', bom: true });
    expect(decode(utf16('Текст', true, true), 'utf-16le')).toEqual({ text: 'Текст', encoding: 'utf-16le', bom: true });
  });
  test('an unknown label is a clear error', () => {
    expect(error(utf8('abc'), 'klingon-8')).toMatch(/unknown encoding "klingon-8"/);
  });
  test('binary input is still refused', () => {
    expect(error(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'windows-1251')).toMatch(/PNG/);
    expect(error(utf8('a\u0000b'), 'windows-1251')).toMatch(/NUL/);
  });
});

describe('format sniffing', () => {
  test.each([
    ['policy', '<!DOCTYPE html>\n<html><body><p>Текст</p></body></html>', 'html'],
    ['policy', '\ufeff  <html lang="ru"><body>Текст</body></html>', 'html'],
    ['-', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'html'],
    ['policy', '# Политика\n\nТекст', 'markdown'],
    ['policy', 'Политика\n1. Общие положения', 'text'],
    ['policy.txt', '<!doctype html><html></html>', 'text'],
    ['policy.HTM', 'Текст', 'html'],
  ])('%s: %j is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});
