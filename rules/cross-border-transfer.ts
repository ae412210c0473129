import type { Lang, Rule, Suggestion } from '../src/core/types.js';
import { crossBorder, exceptionCovers, recipients, type RecipientMention } from './extract/recipients.js';
import { whereBelongs } from './extract/topics.js';
import { COUNTRY_NAMES } from './lexicons/recipients.js';

/**
 * Cross-border transfer (152-FZ art. 12; art. 14 part 7 item 8): the policy must say whether
 * personal data goes abroad, and must not name a foreign recipient while saying nothing about the
 * transfer, or while saying there is none. Recipients and statements come from
 * rules/extract/recipients.ts, which tells a recipient (a processor, analytics, payment, hosting
 * or AI service, a messenger through which the operator sends messages) from a contact channel
 * the user may choose, an e-mail domain, or a sign-in provider that only gives data to the operator.
 */
const rule: Rule = {
  meta: {
    id: 'cross-border-transfer',
    description: {
      en: 'Whether data is transferred abroad, and to whom',
      ru: 'Трансграничная передача: есть ли она и кому',
    },
    law: '152-FZ art. 12',
    messages: {
      'not-addressed': {
        severity: 'warn',
        text: {
          en: 'The policy never says whether personal data is transferred abroad (152-FZ art. 12; the subject has a right to this information under art. 14 part 7 item 8). State either that there is no cross-border transfer, or to which countries and recipients data goes and why.',
          ru: 'В политике не сказано, передаются ли персональные данные за рубеж (ст. 12 152-ФЗ; право субъекта на эти сведения — п. 8 ч. 7 ст. 14). Укажите, что трансграничная передача не осуществляется, либо в какие страны, каким получателям и с какой целью передаются данные.',
        },
      },
      'undisclosed-foreign-recipient': {
        severity: 'error',
        text: {
          en: 'Personal data goes abroad ({{country}}): {{recipient}}; the policy does not disclose a cross-border transfer, or says there is none (152-FZ art. 12; art. 14 part 7 item 8). Describe the transfer — countries, recipients, purposes, data — and notify Roskomnadzor before it starts (art. 12 part 3), or stop using the service.',
          ru: 'Персональные данные уходят за рубеж ({{country}}): {{recipient}}; политика не раскрывает трансграничную передачу или утверждает, что её нет (ст. 12, п. 8 ч. 7 ст. 14 152-ФЗ). Опишите передачу — страны, получателей, цели, данные — и уведомите Роскомнадзор до её начала (ч. 3 ст. 12) либо откажитесь от сервиса.',
        },
      },
    },
  },
  check({ doc, report }) {
    const { transfers, locations } = crossBorder(doc);
    const negatives = transfers.filter((t) => t.polarity === 'negative');
    // "Stripe processes payments on servers in Ireland" discloses a transfer, unless the policy also
    // says there is none: then it is the contradiction this rule reports.
    const positive = transfers.some((t) => t.polarity === 'positive' && (!t.byLocation || negatives.length === 0));
    const addressed = transfers.length > 0;
    const lang: Lang = doc.lang;

    /** Whether a recipient in a country of this adequacy contradicts what the policy says. */
    const undisclosed = (adequacy: 'N' | 'A' | '?', m?: RecipientMention) => {
      if (positive) return false;
      if (!addressed) return true;
      // «Передачи за рубеж нет, кроме сервиса перевода текста» discloses that service, and only it.
      if (m && negatives.some((n) => n.exception && exceptionCovers(doc, n.exception, m))) return false;
      // "No transfer to countries without adequate protection" does not deny transfers to adequate ones.
      return negatives.some((n) => n.scope !== 'non-adequate' || adequacy !== 'A');
    };

    // One finding per foreign entity, at the mention that shows best that it receives data.
    const best = new Map<string, RecipientMention>();
    for (const m of recipients(doc)) {
      if (!m.foreign || m.role !== 'recipient') continue;
      const key = m.recipient.entity ?? m.recipient.name;
      const prev = best.get(key);
      if (!prev || m.score > prev.score) best.set(key, m);
    }
    const reported: [number, number][] = [];
    for (const m of [...best.values()].sort((a, b) => a.range[0] - b.range[0])) {
      if (!undisclosed(m.recipient.adequacy, m)) continue;
      const country = m.recipient.country;
      const name = displayName(doc.slice(m.range), m.recipient.name);
      report({
        messageId: 'undisclosed-foreign-recipient',
        range: m.range,
        data: { recipient: name, country: countryName(country, lang) },
        suggestions: [transferClause(lang, name, country)],
      });
      const s = doc.sentenceAt(m.range[0]);
      if (s) reported.push([s.start, s.end]);
    }
    // "Data is processed on servers outside Russia" with no disclosure of a transfer.
    for (const l of locations) {
      if (l.place !== 'abroad' || !undisclosed('?')) continue;
      if (negatives.some((n) => n.exception && l.claim[0] >= n.exception[0] && l.claim[0] < n.exception[1])) continue;
      if (reported.some(([a, b]) => l.claim[0] >= a && l.claim[0] < b)) continue;
      const country = l.countries[0];
      const claim = doc.slice(l.claim);
      report({
        messageId: 'undisclosed-foreign-recipient',
        range: l.claim,
        data: { recipient: lang === 'ru' ? `«${claim}»` : `"${claim}"`, country: country ? countryName(country, lang) : lang === 'ru' ? 'страна не указана' : 'country not named' },
        suggestions: [transferClause(lang, undefined, country)],
      });
      reported.push(l.range);
    }
    if (!addressed && reported.length === 0) {
      report({
        messageId: 'not-addressed',
        range: whereBelongs(doc, 'cross-border', 'third-parties'),
        suggestions: [noTransferClause(lang), transferClause(lang, undefined, undefined)],
      });
    }
  },
};

/** The name as the policy writes it ("Google Sheets", "Telegram (Telegram FZ-LLC)"), or the lexicon's for an inflected or transliterated one ("Телеграме", "Telegram-бота"). */
function displayName(mention: string, name: string): string {
  const text = mention.replace(/\s+/gu, ' ').replace(/[,;:]+$/u, '').trim();
  return /[а-яё]/iu.test(text) && !/[а-яё]/iu.test(name) ? name : text;
}

function countryName(code: string, lang: Lang): string {
  return COUNTRY_NAMES[code]?.[lang] ?? code;
}

function noTransferClause(lang: Lang): Suggestion {
  return lang === 'ru'
    ? { kind: 'insert', desc: 'Указать, что трансграничной передачи нет', text: 'Оператор не осуществляет трансграничную передачу персональных данных.' }
    : { kind: 'insert', desc: 'State that there is no cross-border transfer', text: 'The Operator does not transfer personal data across the border of the Russian Federation.' };
}

function transferClause(lang: Lang, recipient: string | undefined, country: string | undefined): Suggestion {
  const where = country ? countryName(country, lang) : lang === 'ru' ? '[страна]' : '[country]';
  if (lang === 'ru') {
    const who = recipient ?? '[получатель]';
    return {
      kind: 'insert',
      desc: 'Добавить раздел о трансграничной передаче',
      text: `Трансграничная передача персональных данных. Оператор передаёт ${who} (${where}) следующие персональные данные: [перечень] — в целях [цель]. Оператор уведомил Роскомнадзор о намерении осуществлять трансграничную передачу персональных данных (ч. 3 ст. 12 152-ФЗ).`,
    };
  }
  const who = recipient ?? '[recipient]';
  return {
    kind: 'insert',
    desc: 'Add a cross-border transfer clause',
    text: `Cross-border transfer of personal data. The Operator transfers the following personal data to ${who} (${where}): [list of data], for the purpose of [purpose]. The Operator has notified Roskomnadzor of its intention to carry out cross-border transfer (152-FZ art. 12 part 3).`,
  };
}

export default rule;
