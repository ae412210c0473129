import type { Rule } from '../src/core/types.js';
import type { PolicyDocument } from '../src/core/document.js';
import { compile, fastRegExp, findAll, type Match } from '../src/core/match.js';
import { recipients } from './extract/recipients.js';
import { inSectionAbout } from './extract/topics.js';
import {
  ANALYTICS_COOKIES,
  ANALYTICS_PURPOSES,
  ANALYTICS_TECH,
  ANALYTICS_TECH_WEAK,
  COOKIE_DEFINITION,
  COOKIE_DOCUMENT,
  COOKIE_WORDS,
  EXTRA_TRACKERS,
  NEGATION_AFTER,
  NEGATION_NEAR,
  NEGATION_VERB,
  OPT_OUT,
  USE_VERB,
  OPT_OUT_DENIED,
  OPT_OUT_DENIED_AFTER,
  OPT_OUT_DENIED_INSIDE,
  REFERENCE_CUE,
  RESET,
  WEB_CONTEXT,
} from './lexicons/cookies-analytics.js';

const RE = {
  extra: compile(EXTRA_TRACKERS),
  tech: compile(ANALYTICS_TECH),
  techWeak: compile(ANALYTICS_TECH_WEAK),
  web: compile(WEB_CONTEXT),
  analyticsCookies: compile(ANALYTICS_COOKIES),
  cookie: compile(COOKIE_WORDS),
  purpose: compile(ANALYTICS_PURPOSES),
  optOut: compile(OPT_OUT),
  cookieDocument: compile(COOKIE_DOCUMENT),
};
const COOKIE_DEFINITION_RE = fastRegExp(COOKIE_DEFINITION);
const USE_VERB_RE = fastRegExp(USE_VERB);
const OPT_OUT_DENIED_RE = fastRegExp(OPT_OUT_DENIED);
const OPT_OUT_DENIED_INSIDE_RE = fastRegExp(OPT_OUT_DENIED_INSIDE);
const OPT_OUT_DENIED_AFTER_RE = fastRegExp(OPT_OUT_DENIED_AFTER);
const REFERENCE_RE = fastRegExp(REFERENCE_CUE);
/** Before a document's name: the policy speaks of itself. */
const SELF_RE = /(?:настоящ[а-я]*|данн(?:ая|ой|ую)|this|our\s+present)\s+$/u;
const NEG_VERB_RE = fastRegExp(NEGATION_VERB, 'gu');
const NEG_NEAR_RE = fastRegExp(NEGATION_NEAR);
const NEG_AFTER_RE = fastRegExp(NEGATION_AFTER);
const RESET_RE = fastRegExp(RESET);

/** A cookie word and an analytics purpose further apart than this are reported at the cookie word. */
const PAIR_SPAN = 80;
/** Longer mentions are shortened in the message. */
const WHAT_MAX = 70;

/** Opt-out pages of the two services most policies name. */
const SERVICE_OPT_OUT: Record<string, { en: string; ru: string }> = {
  'Яндекс Метрика': {
    en: ' Yandex.Metrica can also be blocked with its opt-out add-on: https://yandex.ru/support/metrica/general/opt-out.html.',
    ru: ' Для Яндекс.Метрики также можно установить блокировщик: https://yandex.ru/support/metrica/general/opt-out.html.',
  },
  'Google Analytics': {
    en: ' Google Analytics can be blocked with the Google Analytics Opt-out Browser Add-on: https://tools.google.com/dlpage/gaoptout.',
    ru: ' Для Google Analytics — надстройка браузера для отключения Google Analytics: https://tools.google.com/dlpage/gaoptout.',
  },
};

const SUGGESTION = {
  en: 'The user may refuse cookies and web analytics at any time: by declining or withdrawing consent in the cookie banner or cookie settings on the Website, or by disabling or deleting cookies in the browser settings. Disabling cookies may limit some functions of the Website.',
  ru: 'Пользователь может в любой момент отказаться от использования файлов cookie и сервисов веб-аналитики: отклонить их или отозвать согласие в баннере (настройках) cookie на Сайте либо отключить или удалить cookie в настройках браузера. Отключение cookie может ограничить работу отдельных функций Сайта.',
};

interface Trigger {
  range: [number, number];
  /** Display name of a named service (recipients lexicon), if the trigger is one. */
  service?: string;
}

function sentenceBounds(doc: PolicyDocument, start: number, end: number): [number, number] {
  const s = doc.sentenceAt(start);
  if (s && s.start <= start && s.end >= end) return [s.start, s.end];
  const b = doc.blockAt(start);
  return b ? [b.start, b.end] : [start, end];
}

/**
 * Whether a use named at [start, end) is negated in its clause: «не используем Яндекс.Метрику»,
 * "no tracking pixels", "analytics cookies are not used", "cookies are not used for advertising"
 * (for the purpose word). "We do not sell data; we use Yandex.Metrica" is two sentences.
 */
function negated(doc: PolicyDocument, start: number, end: number): boolean {
  const [sStart, sEnd] = sentenceBounds(doc, start, end);
  const before = doc.lower.slice(sStart, start);
  if (NEG_NEAR_RE.test(before)) return true;
  NEG_VERB_RE.lastIndex = 0;
  let last = -1;
  for (let m = NEG_VERB_RE.exec(before); m; m = NEG_VERB_RE.exec(before)) last = m.index + m[0].length;
  if (last >= 0 && !RESET_RE.test(before.slice(last))) return true;
  const after = NEG_AFTER_RE.exec(doc.lower.slice(end, sEnd));
  return after !== null && !RESET_RE.test(after[0]);
}

/** Mentions that say nothing about this site: headings, definitions of terms. */
function notAStatement(doc: PolicyDocument, offset: number): boolean {
  const b = doc.blockAt(offset);
  if (!b || b.kind === 'heading') return true;
  return inSectionAbout(doc, offset, 'definitions');
}

/** Every statement that the site uses web analytics or analytics / advertising cookies, in document order. */
function analyticsUses(doc: PolicyDocument): Trigger[] {
  return doc.memo(computeUses);
}

function computeUses(doc: PolicyDocument): Trigger[] {
  const out: Trigger[] = [];
  /** Every mention of a tracker, used or not; `at[i]` is 1 + the index of the mention covering character i. */
  const mentions: { trigger?: Trigger }[] = [];
  const at = new Int32Array(doc.lower.length + 1);
  const mentionIn = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (at[i]) return mentions[at[i] - 1];
    return undefined;
  };
  const add = (start: number, end: number, service?: string) => {
    // Overlapping phrases are one mention ("сервисов веб-аналитики" and "веб-аналитики"): a negated
    // one speaks for the other; of two used ones the longer range is kept.
    const prior = mentionIn(start, end);
    if (prior) {
      const t = prior.trigger;
      if (t && end - start > t.range[1] - t.range[0] && !t.service) t.range = [start, end];
      return;
    }
    const mention: { trigger?: Trigger } = {};
    mentions.push(mention);
    at.fill(mentions.length, start, end);
    if (notAStatement(doc, start) || negated(doc, start, end)) return;
    mention.trigger = { range: [start, end], service };
    out.push(mention.trigger);
  };
  // Named analytics and advertising services (Yandex.Metrica, Google Analytics, Meta Pixel, Hotjar …).
  for (const m of recipients(doc)) {
    if (m.recipient.kind !== 'analytics' || m.role === 'contact') continue;
    // The extractor's own 'negated' is not trusted here: in "we do not use Google Analytics, we use
    // Yandex.Metrica instead" it covers both; this rule's clause-level check decides.
    add(m.range[0], m.range[1], m.recipient.name);
  }
  for (const h of findAll(RE.extra, doc.lower)) add(h.start, h.end);
  for (const h of findAll(RE.tech, doc.lower)) add(h.start, h.end);
  for (const h of findAll(RE.techWeak, doc.lower)) {
    const [sStart, sEnd] = sentenceBounds(doc, h.start, h.end);
    if (findAll(RE.web, doc.lower, sStart, sEnd).some((w) => w.end <= h.start || w.start >= h.end)) add(h.start, h.end);
  }
  for (const h of findAll(RE.analyticsCookies, doc.lower)) add(h.start, h.end);
  // Cookies said to serve analytics or advertising: "cookies for functionality and analytics",
  // «cookie … для аналитики», "cookies that help us measure the audience".
  let lastSentence = -1;
  for (const c of findAll(RE.cookie, doc.lower)) {
    const [sStart, sEnd] = sentenceBounds(doc, c.start, c.end);
    if (sStart === lastSentence) continue;
    if (notAStatement(doc, c.start)) continue;
    const text = doc.lower.slice(sStart, sEnd);
    const definition = COOKIE_DEFINITION_RE.exec(text);
    if (definition && !USE_VERB_RE.test(definition[1])) continue;
    // A purpose word inside a named service ("Google Analytics") is that service's mention.
    const purpose = findAll(RE.purpose, doc.lower, sStart, sEnd).find((p) => !mentionIn(p.start, p.end) && !negated(doc, p.start, p.end));
    if (!purpose) continue;
    lastSentence = sStart;
    if (negated(doc, c.start, c.end) && purpose.start > c.start) continue;
    out.push({ range: pairRange(doc, c, purpose) });
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * "cookies for functionality and analytics", «аналитические cookie»; the cookie word when they are
 * far apart; in a table row whose cells part them ("Website analytics | IP address, cookies"), the
 * purpose's cell.
 */
function pairRange(doc: PolicyDocument, cookie: Match, purpose: Match): [number, number] {
  const b = doc.blockAt(cookie.start);
  const cellOf = (at: number) => b?.cells?.find(([s, e]) => s <= at && at < e);
  const cell = cellOf(purpose.start);
  if (cell && cell !== cellOf(cookie.start)) {
    const raw = doc.text.slice(cell[0], cell[1]);
    const start = cell[0] + (raw.length - raw.trimStart().length);
    const end = cell[1] - (raw.length - raw.trimEnd().length);
    return end - start <= PAIR_SPAN ? [start, end] : [purpose.start, purpose.end];
  }
  const start = Math.min(cookie.start, purpose.start);
  const end = Math.max(cookie.end, purpose.end);
  return end - start <= PAIR_SPAN ? [start, end] : [cookie.start, cookie.end];
}

/** Whether the policy says how to refuse cookies or analytics (or, if allowed, points to a cookie policy). */
function hasOptOut(doc: PolicyDocument, acceptReference: boolean): boolean {
  for (const m of findAll(RE.optOut, doc.lower)) {
    // "You cannot disable cookies", "cookies cannot be disabled", «отключить cookie невозможно».
    const [sStart, sEnd] = sentenceBounds(doc, m.start, m.end);
    if (OPT_OUT_DENIED_RE.test(doc.lower.slice(Math.max(sStart, m.start - 40), m.start))) continue;
    if (OPT_OUT_DENIED_INSIDE_RE.test(m.text) || OPT_OUT_DENIED_AFTER_RE.test(doc.lower.slice(m.end, sEnd))) continue;
    return true;
  }
  if (!acceptReference) return false;
  // "Details are in the Cookie Policy at /cookies", «подробнее — в Политике использования cookie».
  for (const m of findAll(RE.cookieDocument, doc.lower)) {
    const b = doc.blockAt(m.start);
    if (!b || b.kind === 'heading' || b.index === 0) continue;
    const [sStart, sEnd] = sentenceBounds(doc, m.start, m.end);
    // «Настоящая Политика использования cookie регулирует …», "This Cookie Policy": the document itself.
    if (SELF_RE.test(doc.lower.slice(Math.max(sStart, m.start - 20), m.start))) continue;
    if (REFERENCE_RE.test(doc.lower.slice(sStart, sEnd))) return true;
  }
  return false;
}

function shorten(text: string): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length <= WHAT_MAX ? t : `${t.slice(0, WHAT_MAX - 1).trimEnd()}…`;
}

const rule: Rule = {
  meta: {
    id: 'cookies-analytics',
    description: {
      en: 'Cookies and web analytics are disclosed with a way to refuse them',
      ru: 'Cookie и веб-аналитика раскрыты, и указано, как от них отказаться',
    },
    law: '152-FZ art. 9 parts 1-2; art. 18.1 part 2',
    messages: {
      'no-opt-out': {
        severity: 'warn',
        text: {
          en: 'The policy says the site uses "{{what}}" but not how the user can refuse it: analytics and advertising cookies and counters process identifiers and IP addresses, which are personal data; consent to that must be informed and can be withdrawn (152-FZ art. 9 parts 1–2; art. 18.1 part 2). Say how to opt out, e.g. "The user may disable cookies in the browser settings or withdraw consent in the cookie banner".',
          ru: 'В политике сказано, что сайт использует «{{what}}», но не сказано, как от этого отказаться: аналитические и рекламные cookie и счётчики обрабатывают идентификаторы и IP-адреса, то есть персональные данные; согласие на это должно быть информированным и может быть отозвано (ч. 1–2 ст. 9, ч. 2 ст. 18.1 152-ФЗ). Укажите способ отказа, например «Пользователь может отключить cookie в настройках браузера или отозвать согласие в баннере cookie».',
        },
      },
    },
    options: {
      cookiePolicyReference: {
        type: 'boolean',
        description: 'Accept a reference to a separate cookie policy or notice ("see our Cookie Policy at /cookies") as the way to refuse; false requires the policy itself to say how.',
        default: true,
      },
    },
  },
  check({ doc, report, options }) {
    const uses = analyticsUses(doc);
    if (!uses.length) return;
    const acceptReference = options.cookiePolicyReference !== false;
    if (hasOptOut(doc, acceptReference)) return;
    // A named service beats a generic phrase in the same sentence: «Для статистики посещений
    // используется Яндекс.Метрика» is reported at the service.
    let first = uses[0];
    if (!first.service) {
      const [sStart, sEnd] = sentenceBounds(doc, first.range[0], first.range[1]);
      first = uses.find((u) => u.service && u.range[0] >= sStart && u.range[1] <= sEnd) ?? first;
    }
    const services = new Set(uses.map((u) => u.service).filter((s): s is string => s !== undefined));
    const lang = doc.lang;
    let text = SUGGESTION[lang];
    for (const [name, extra] of Object.entries(SERVICE_OPT_OUT)) if (services.has(name)) text += extra[lang];
    report({
      messageId: 'no-opt-out',
      range: first.range,
      data: { what: shorten(doc.slice(first.range)) },
      suggestions: [{ kind: 'insert', desc: lang === 'ru' ? 'Добавить способ отказа от cookie и веб-аналитики' : 'Add how to refuse cookies and web analytics', text }],
    });
  },
};

export default rule;
