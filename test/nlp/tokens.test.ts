import { tokenize, F, TokenKind } from '../../src/core/nlp/tokens.js';
import { foldForMatching } from '../../src/core/text.js';

const toks = (text: string) => tokenize(text, foldForMatching(text));
const flagged = (text: string, flag: number) => toks(text).filter((t) => t.flags & flag).map((t) => t.norm);

describe('token pass', () => {
  test('offsets point into the text; ё is folded; inner hyphens kept', () => {
    const text = 'Её e-mail: ООО «Ромашка», 152-ФЗ.';
    const t = toks(text);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual(['Её', 'e-mail', ':', 'ООО', '«', 'Ромашка', '»', ',', '152-ФЗ', '.']);
    expect(t[0].norm).toBe('ее');
    expect(t[3].flags & F.CAPS).toBeTruthy();
    expect(t[5].flags & F.CAP).toBeTruthy();
    expect(t[2].kind).toBe(TokenKind.Punct);
  });
  test('numbers are their own kind', () => {
    expect(toks('в течение 30 дней').map((t) => t.kind)).toEqual([TokenKind.Word, TokenKind.Word, TokenKind.Number, TokenKind.Word]);
  });
  test("English n't is a negation token of its own", () => {
    const t = toks("We don't sell data");
    expect(t.map((x) => x.norm)).toEqual(['we', 'do', "n't", 'sell', 'data']);
    expect(t[2].flags & F.NEG).toBeTruthy();
  });
  test('Russian gerunds, not nouns or adjectives that look like them', () => {
    expect(flagged('Заполнив форму, оставив заявку, используя сайт, пользуясь услугами, отправляя данные, зарегистрировавшись, нажимая кнопку', F.GERUND)).toEqual([
      'заполнив', 'оставив', 'используя', 'пользуясь', 'отправляя', 'зарегистрировавшись', 'нажимая',
    ]);
    expect(flagged('отзыв согласия, архив, состав данных, устав, необходимая информация, последняя редакция, персональная', F.GERUND)).toEqual([]);
  });
  test('verbal nouns and the instrumental case', () => {
    expect(flagged('направлением заявки и фактом обращения', F.VNOUN)).toEqual(['направлением', 'обращения']);
    expect(flagged('направлением заявки и фактом обращения', F.INSTR)).toEqual(['направлением', 'фактом']);
  });
  test('imperatives of instruction and infinitives', () => {
    expect(flagged('Укажите адрес, впиши ИНН, перечислите цели', F.IMPER)).toEqual(['укажите', 'впиши', 'перечислите']);
    expect(flagged('вправе требовать уточнить данные', F.INF)).toEqual(['требовать', 'уточнить']);
  });
  test('negation particles', () => {
    expect(flagged('не передаются, нет, never, no data', F.NEG)).toEqual(['не', 'нет', 'never', 'no']);
  });
  test('linear: a long input tokenises in one pass', () => {
    const text = 'Оператор хранит данные. '.repeat(20000);
    expect(toks(text)).toHaveLength(80000);
  });
});
