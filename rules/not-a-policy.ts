import type { Rule } from '../src/core/types.js';
import type { PolicyDocument } from '../src/core/document.js';
import { compile, has } from '../src/core/match.js';
import { declaredTitles, isPolicyFileName } from '../src/core/policy-file.js';

/**
 * Signals that a text is about personal data. A privacy policy, however poor, names its subject;
 * a README or a changelog does not. Each distinct signal counts once.
 */
const SIGNALS: [string, RegExp][] = [
  ['personal-data', compile(['персональн* данн*', 'персональн* информац*', 'personal data', 'personal information', 'personally identifiable'])],
  ['privacy', compile(['конфиденциальн*', 'privacy', 'защит* данн*', 'data protection'])],
  ['processing', compile(['обработк* ~3 данн*', 'processing of ~3 data', 'process* ~2 personal', 'data processing'])],
  ['subject', compile(['субъект* персональн*', 'data subject*', 'пользовател* сайт*', 'users of the'])],
  ['operator', compile(['оператор*', 'operator', 'controller'])],
  ['consent', compile(['согласи* на обработк*', 'consent to ~3 processing', 'отзыв* согласи*', 'withdraw* ~2 consent'])],
  ['law', compile(['152-фз', '152-fz', '{№\\s*152}', '{no\\.?\\s*152}', 'о персональных данных', 'on personal data', 'gdpr'])],
  ['cookies', compile(['cookie*', 'куки'])],
  ['title', compile(['политик* конфиденциальн*', 'политик* ~3 обработк*', 'privacy policy', 'privacy notice', 'policy ~4 personal data', 'положени* ~3 персональн*'])],
];

/** How many distinct signals make a text a policy (the title alone is enough). */
const MIN_SIGNALS = 3;

/** A title that names a privacy policy or notice: front matter, <title>, the first heading. */
const POLICY_TITLE = compile([
  'конфиденциальн*', 'персональн* данн*', 'персональн* информац*', 'обработк* ~2 данн*', 'политик* ~4 данн*', 'защит* ~2 данн*',
  'privacy', 'personal data', 'personal information', 'data protection', 'data processing', 'policy ~4 data',
]);

/**
 * Handling of visitors' or users' data, said in plain words: a verb of handling and what is
 * handled in one sentence («собираем сведения о себе», "we store your messages", «не обязан её
 * удалять»). A short informal notice that never says «персональные данные» is still a policy.
 */
const HANDLING = compile([
  'собира*', 'сбор*', 'собран*', 'хран*', 'удал*', 'уничтож*', 'обрабат*', 'обработк*', 'получа*', 'получен*', 'переда*', 'использу*',
  'предостав*', 'сохраня*', 'запис*', 'учитыва*', 'отслежива*', 'анализиру*', 'публику*', 'раскрыва*',
  'collect*', 'store*', 'storing', 'stored', 'storage', 'delete*', 'deleting', 'deletion', 'erase*', 'process*', 'retain*', 'retention',
  'share*', 'sharing', 'disclose*', 'receive*', 'provide*', 'track*', 'record*', 'log', 'logs', 'logged', 'use', 'uses', 'used', 'using',
  'remember*', 'keep*', 'kept', 'save*', 'помн*', 'запомина*',
]);
const DATA = compile([
  'данн*', 'сведени*', 'информаци*', 'контакт*', 'сообщени*', 'переписк*', 'cookie*', 'куки', 'аналитик*', 'метрик*', 'статистик*',
  'e-mail', 'email', 'электронн* почт*', 'телефон*', '=ip', 'ip-адрес*', 'имя', 'имени', 'фамили*', 'адрес*', 'геолокац*', 'местоположени*',
  'о себе', 'о вас', 'о нем', 'о ней', 'переписк*', 'чат*', 'аккаунт*', 'учетн* запис*',
  'data', 'information', 'contact*', 'message*', 'messages', 'analytics', 'statistics', 'e-mail address*', 'phone number*', 'ip address*', 'name', 'names', 'location',
  'about you', 'chat id', 'chat history', 'account*',
]);

/**
 * A software README or manual: install / usage / license sections, shell commands, code fences. A
 * bot's README says it "stores messages" too; only a policy's own signals make it a policy.
 */
const README_HEADING = compile([
  'installation', 'install*', '=usage', 'getting started', 'quick start', 'quickstart', '=license', 'contributing', 'changelog', 'build*', 'deploy*',
  'установк*', 'использовани*', 'лицензи*', 'запуск*', 'сборк*', 'развертывани*', 'быстр* старт',
]);
const README_SOURCE = /^(?:```|~~~)|\b(?:npm|pnpm|yarn|pip|pipx|cargo|go|brew|apt|apt-get)\s+(?:install|add|i|get|run)\b|\bgit\s+clone\b|\bdocker(?:-compose|\s+(?:run|compose|build))\b/m;

function readme(doc: PolicyDocument): boolean {
  if (README_SOURCE.test(doc.source.slice(0, 200000))) return true;
  return doc.blocks.some((b) => b.kind === 'heading' && b.end - b.contentStart < 40 && has(README_HEADING, doc.lower, b.contentStart, b.end));
}

/** A cookie banner: a few lines about cookies, nothing more. */
const BANNER_MAX_CHARS = 400;
const BANNER_MAX_SENTENCES = 3;

function titled(doc: PolicyDocument): boolean {
  // The file name: privacy.md, politika-konfidencialnosti.html, политика.txt.
  if (doc.filePath && isPolicyFileName(doc.filePath)) return true;
  // Front matter `title`, HTML <title> (the same as the policy-file test reads), the first heading.
  const titles = declaredTitles(doc.source);
  const heading = doc.blocks.find((b) => b.kind === 'heading');
  if (heading) titles.push(doc.text.slice(heading.contentStart, heading.end));
  return titles.some((t) => has(POLICY_TITLE, t.toLowerCase().replace(/ё/g, 'е')));
}

/**
 * Statements about handling data, up to `enough`: sentences with a verb of handling and what is
 * handled, or else paragraphs that have both across their sentences («Нашли сведения о себе?
 * Напишите — удалим их»).
 */
function handlingStatements(doc: PolicyDocument, enough: number): number {
  const both = (from: number, to: number) => has(HANDLING, doc.lower, from, to) && has(DATA, doc.lower, from, to);
  let n = 0;
  let s = 0;
  for (const b of doc.blocks) {
    let inBlock = 0;
    for (; s < doc.sentences.length && doc.sentences[s].start < b.end; s++) {
      const x = doc.sentences[s];
      if (x.start >= b.start && both(x.start, x.end)) inBlock++;
    }
    n += inBlock || (both(b.start, b.end) ? 1 : 0);
    if (n >= enough) break;
  }
  return n;
}

const rule: Rule = {
  meta: {
    id: 'not-a-policy',
    description: {
      en: 'The file is a privacy policy at all',
      ru: 'Файл вообще является политикой обработки персональных данных',
    },
    law: '152-FZ art. 18.1 part 2',
    exclusive: true,
    messages: {
      'not-policy': {
        severity: 'warn',
        text: {
          en: 'This file does not look like a privacy policy (it never speaks of personal data, their processing or their subjects), so it was not checked against 152-FZ. Lint the published policy instead, or exclude this file (config "ignores").',
          ru: 'Этот файл не похож на политику обработки персональных данных (в нём не говорится о персональных данных, их обработке и субъектах), поэтому он не проверялся на соответствие 152-ФЗ. Проверьте опубликованную политику или исключите файл (ключ "ignores" конфигурации).',
        },
      },
    },
  },
  check({ doc, report }) {
    if (titled(doc)) return;
    let found = 0;
    let cookies = false;
    for (const [name, re] of SIGNALS) {
      if (!has(re, doc.lower)) continue;
      if (name === 'title') return;
      if (name === 'cookies') cookies = true;
      found++;
    }
    // A cookie banner's few lines speak of data too, but they are not a policy.
    const banner = cookies && doc.text.length < BANNER_MAX_CHARS && doc.sentences.length <= BANNER_MAX_SENTENCES;
    if (!banner) {
      if (found >= MIN_SIGNALS) return;
      if (readme(doc)) return report({ messageId: 'not-policy' });
      const handling = handlingStatements(doc, 2);
      if (handling >= 2 || (handling >= 1 && found >= 2)) return;
    }
    report({ messageId: 'not-policy' });
  },
};

export default rule;
