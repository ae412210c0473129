import type { Rule } from '../src/core/types.js';
import type { PolicyDocument } from '../src/core/document.js';
import { compile, findAll, has, type Match } from '../src/core/match.js';
import { inSectionAbout, whereBelongs } from './extract/topics.js';
import { clauseAt } from '../src/core/nlp/clauses.js';
import { CONCRETE_MEASURES, GENERAL_MEASURES, PROTECTION_CONTEXT, WEAK_MEASURES } from './lexicons/security.js';

const GENERAL = compile(GENERAL_MEASURES);
const CONCRETE = compile(CONCRETE_MEASURES);
const WEAK = compile(WEAK_MEASURES);
const CONTEXT = compile(PROTECTION_CONTEXT);
const TRANSPORT_BEFORE = /(?:ssl|tls|https)[\s/-]*$/u;
/** A password or sign-in is also a data item ("we use your login and password"): applying it is no measure by itself. */
const CREDENTIAL = /^(?:парол|password|аутентификац|authentication)/u;

/**
 * «Оператор применяет шифрование и ограничение доступа», "uses TLS encryption and access control":
 * the clause says the operator (or no one named) uses the measure, not negated — in any section.
 */
function applied(doc: PolicyDocument, m: Match): boolean {
  if (CREDENTIAL.test(doc.lower.slice(m.start, m.end))) return false;
  const c = clauseAt(doc, m.start);
  if (!c || c.facts.negated || (c.facts.actor !== undefined && c.facts.actor !== 'operator')) return false;
  return c.facts.predicates.some((p) => p.concept === 'predicate:use' && p.start < m.start);
}

/** Whether a measure named at `m` is said about protecting the data (not "password" as a data category). */
function protective(doc: PolicyDocument, m: Match): boolean {
  const inSecurity = inSectionAbout(doc, m.start, 'security') || underProtectionHeading(doc, m.start) || applied(doc, m);
  // "password" among the data collected, "security monitoring" as a purpose in a table.
  if (!inSecurity && inSectionAbout(doc, m.start, 'data-categories', 'purposes', 'legal-basis')) return false;
  if (!inSecurity && doc.blockAt(m.start)?.kind === 'table-row') return false;
  if (inSecurity) return true;
  const s = doc.sentenceAt(m.start);
  if (s && has(CONTEXT, doc.lower, s.start, s.end)) return true;
  // A list item under "The Operator takes the following measures to protect data:".
  const b = doc.blockAt(m.start);
  if (b && b.kind === 'list-item') {
    for (let i = b.index - 1; i >= 0 && i >= b.index - 30; i--) {
      const prev = doc.blocks[i];
      if (prev.kind === 'list-item') continue;
      return prev.kind !== 'heading' && /:\s*$/u.test(doc.text.slice(prev.start, prev.end)) && has(CONTEXT, doc.lower, prev.start, prev.end);
    }
  }
  return false;
}

/** Whether a heading above the offset speaks of protection or security ("How we protect your data"). */
function underProtectionHeading(doc: PolicyDocument, offset: number): boolean {
  for (let s = doc.sectionAt(offset); s; s = s.parent >= 0 ? doc.sections[s.parent] : undefined) {
    const h = doc.blocks[s.heading];
    if (has(CONTEXT, doc.lower, h.contentStart, h.end)) return true;
  }
  return false;
}

/** What the policy says about protecting the data: the statutory statement, concrete measures, or only HTTPS. */
export function securityMeasures(doc: PolicyDocument): { general: Match[]; concrete: Match[]; weak: Match[] } {
  return doc.memo(computeMeasures);
}

function computeMeasures(doc: PolicyDocument) {
  return {
    general: findAll(GENERAL, doc.lower),
    // "SSL encryption" is transport encryption: weak, like HTTPS.
    concrete: findAll(CONCRETE, doc.lower).filter((m) => !TRANSPORT_BEFORE.test(doc.lower.slice(Math.max(0, m.start - 12), m.start)) && protective(doc, m)),
    weak: findAll(WEAK, doc.lower).filter((m) => protective(doc, m)),
  };
}

const NOTE = {
  en: ' Encryption of the connection (HTTPS, SSL/TLS) alone is not a description of the measures.',
  ru: ' Одного шифрования соединения (HTTPS, SSL/TLS) недостаточно для описания мер.',
};

const SUGGESTION = {
  en: 'The Operator takes the legal, organizational and technical measures required by Article 19 of Federal Law No. 152-FZ to protect personal data from unlawful or accidental access, destruction, modification, blocking, copying, provision and dissemination, including: identifying threats to the security of personal data; restricting and logging access to personal data; using information security tools, including antivirus protection and encryption; backing up data; detecting unauthorised access and responding to incidents; and training the employees who process personal data.',
  ru: 'Оператор принимает правовые, организационные и технические меры, предусмотренные статьей 19 Федерального закона № 152-ФЗ, для защиты персональных данных от неправомерного или случайного доступа, уничтожения, изменения, блокирования, копирования, предоставления и распространения, в том числе: определяет угрозы безопасности персональных данных; ограничивает и регистрирует доступ к персональным данным; применяет средства защиты информации, включая антивирусную защиту и шифрование; осуществляет резервное копирование; обнаруживает факты несанкционированного доступа и реагирует на инциденты; знакомит работников, осуществляющих обработку персональных данных, с требованиями законодательства.',
};

const rule: Rule = {
  meta: {
    id: 'security-measures',
    description: {
      en: 'Measures protecting the data described',
      ru: 'Описаны меры защиты персональных данных',
    },
    law: '152-FZ art. 18.1 part 2; art. 19',
    messages: {
      missing: {
        severity: 'warn',
        text: {
          en: 'The policy does not describe the measures taken to protect personal data (152-FZ art. 18.1 parts 1–2, art. 19): state the legal, organizational and technical measures, e.g. access restriction, encryption, backups, incident detection.{{noteEn}}',
          ru: 'В политике не описаны меры защиты персональных данных (ч. 1–2 ст. 18.1, ст. 19 152-ФЗ): укажите принимаемые правовые, организационные и технические меры, например ограничение доступа, шифрование, резервное копирование, обнаружение инцидентов.{{noteRu}}',
        },
      },
    },
  },
  check({ doc, report }) {
    const { general, concrete, weak } = securityMeasures(doc);
    if (general.length || concrete.length) return;
    const onlyWeak = weak.length > 0;
    report({
      messageId: 'missing',
      range: whereBelongs(doc, 'security'),
      data: { noteEn: onlyWeak ? NOTE.en : '', noteRu: onlyWeak ? NOTE.ru : '' },
      suggestions: [{ kind: 'insert', desc: doc.lang === 'ru' ? 'Добавить описание мер защиты' : 'Add a description of the protection measures', text: SUGGESTION[doc.lang] }],
    });
  },
};

export default rule;
