/**
 * Named recipients (docs/law.md: Cross-border transfer). Foreign ones imply a cross-border transfer when the
 * policy says they receive or process personal data; Russian ones do not, and their INNs are
 * never the operator's. Names are matched with src/core/match.ts phrase syntax on doc.lower.
 *
 * Whether a mention is a recipient is decided in context by rules/extract/recipients.ts: a
 * service whose `kind` is a processing one (analytics, hosting, payment, AI, …) receives data
 * whenever the policy says it is used; a messenger, social network, mailbox or sign-in provider
 * only when the policy says the operator sends or stores data through it (a bot delivering
 * messages), not when it is a channel the user may choose to write through.
 */
import type { LexiconEntry } from '../../src/core/nlp/phrases.js';

export type RecipientKind =
  | 'ai'
  | 'analytics'
  | 'embed'
  | 'hosting'
  | 'cdn'
  | 'storage'
  | 'payment'
  | 'mailing'
  | 'crm'
  | 'forms'
  | 'monitoring'
  | 'delivery'
  | 'telecom'
  | 'messenger'
  | 'social'
  | 'email'
  | 'video'
  | 'collaboration'
  | 'oauth'
  | 'company'
  | 'marketplace'
  | 'government';

export interface Recipient {
  /** Display name. */
  name: string;
  /** Phrases naming it (brands, domains). */
  names: string[];
  /** Legal names ("Telegram FZ-LLC", "Google LLC"): naming one is a strong sign of a recipient. */
  legalNames?: string[];
  /** ISO 3166 alpha-2 code of the contracting entity's country ("UK" for the United Kingdom). */
  country: string;
  /** Adequacy under art. 12 (RKN list): 'N' not adequate, 'A' adequate, '?' unconfirmed. */
  adequacy: 'N' | 'A' | '?';
  inn?: string;
  /** What the service does; decides whether naming it implies that it receives data. */
  kind?: RecipientKind;
  /** Contracting entity shared by several services (one finding per entity). Default: name. */
  entity?: string;
}

/**
 * Kinds whose use implies that the service receives personal data (docs/law.md: Cross-border transfer: analytics, fonts,
 * captcha, maps send IP addresses and identifiers; hosting, payment, AI, mailing process data).
 */
export const PROCESSING_KINDS: ReadonlySet<RecipientKind> = new Set<RecipientKind>([
  'ai', 'analytics', 'embed', 'hosting', 'cdn', 'storage', 'payment', 'mailing', 'crm', 'forms', 'monitoring', 'delivery', 'telecom',
]);

const GOOGLE = 'Google LLC';
const MICROSOFT = 'Microsoft Corporation';
const META = 'Meta Platforms, Inc.';
const AWS = 'Amazon Web Services, Inc.';

export const FOREIGN_RECIPIENTS: Recipient[] = [
  // AI providers
  { name: 'OpenAI', names: ['openai', 'open ai', 'chatgpt', 'chat gpt', 'gpt-3*', 'gpt-4*', 'gpt-5*', 'api.openai.com', 'dall-e', 'опенаи'], legalNames: ['openai, l.l.c.', 'openai l.l.c.', 'openai llc', 'openai opco*', 'openai inc*', 'openai ireland*'], country: 'US', adequacy: 'N', kind: 'ai' },
  { name: 'Anthropic', names: ['anthropic', '=claude', 'антропик'], legalNames: ['anthropic, pbc', 'anthropic pbc'], country: 'US', adequacy: 'N', kind: 'ai' },
  { name: 'Google Gemini', names: ['=gemini', 'google ai studio', 'vertex ai'], country: 'US', adequacy: 'N', kind: 'ai', entity: GOOGLE },
  { name: 'DeepSeek', names: ['deepseek'], country: 'CN', adequacy: '?', kind: 'ai' },
  { name: 'Mistral AI', names: ['mistral ai', '=mistral'], country: 'FR', adequacy: '?', kind: 'ai' },
  { name: 'Perplexity', names: ['perplexity'], country: 'US', adequacy: 'N', kind: 'ai' },
  { name: 'Midjourney', names: ['midjourney'], country: 'US', adequacy: 'N', kind: 'ai' },
  { name: 'OpenRouter', names: ['openrouter'], country: 'US', adequacy: 'N', kind: 'ai' },
  { name: 'xAI', names: ['=xai', '=grok'], country: 'US', adequacy: 'N', kind: 'ai' },
  { name: 'Hugging Face', names: ['hugging face', 'huggingface'], country: 'US', adequacy: 'N', kind: 'ai' },
  { name: 'Replicate', names: ['replicate.com'], country: 'US', adequacy: 'N', kind: 'ai' },
  { name: 'Cohere', names: ['=cohere'], country: 'CA', adequacy: '?', kind: 'ai' },
  { name: 'Deepgram', names: ['deepgram'], country: 'US', adequacy: 'N', kind: 'ai' },
  { name: 'Groq', names: ['=groq'], country: 'US', adequacy: 'N', kind: 'ai' },
  { name: 'ElevenLabs', names: ['elevenlabs', 'eleven labs'], country: 'US', adequacy: 'N', kind: 'ai' },
  // Google
  { name: 'Google Analytics', names: ['google analytics', 'google аналитик*', 'гугл аналитик*', 'google-analytics*', '=ga4', 'universal analytics', '=gtag', 'google tag manager', 'googletagmanager*', 'google тег менеджер', 'google signals', 'google ads', 'google adwords', 'doubleclick'], country: 'US', adequacy: 'N', kind: 'analytics', entity: GOOGLE },
  { name: 'Google reCAPTCHA', names: ['recaptcha', 'рекапч*'], country: 'US', adequacy: 'N', kind: 'embed', entity: GOOGLE },
  { name: 'Google Fonts', names: ['google fonts', 'fonts.googleapis*', 'шрифты google'], country: 'US', adequacy: 'N', kind: 'embed', entity: GOOGLE },
  { name: 'Google Maps', names: ['google maps', 'google карт*', 'гугл карт*'], country: 'US', adequacy: 'N', kind: 'embed', entity: GOOGLE },
  { name: 'Firebase', names: ['firebase', 'google firebase'], country: 'US', adequacy: 'N', kind: 'hosting', entity: GOOGLE },
  { name: 'Google Forms', names: ['google forms', 'google форм*', 'гугл форм*', 'google-форм*'], country: 'US', adequacy: 'N', kind: 'forms', entity: GOOGLE },
  { name: 'Google Workspace', names: ['google workspace', '=g suite', 'google drive', 'google диск*', 'google docs', 'google документ*', 'google sheets', 'google таблиц*', 'гугл таблиц*', 'гугл диск*', 'google-таблиц*'], country: 'US', adequacy: 'N', kind: 'storage', entity: GOOGLE },
  { name: 'Gmail', names: ['=gmail', 'gmail.com', 'googlemail'], country: 'US', adequacy: 'N', kind: 'email', entity: GOOGLE },
  { name: 'Google Cloud', names: ['google cloud', '=gcp', 'google cloud platform', 'google compute'], country: 'US', adequacy: 'N', kind: 'hosting', entity: GOOGLE },
  { name: 'YouTube', names: ['youtube', 'ютуб*'], country: 'US', adequacy: 'N', kind: 'video', entity: GOOGLE },
  { name: 'Google', names: ['=google', '=гугл', '=гугла', '=гуглом'], legalNames: ['google llc', 'google inc*', 'google ireland*', 'гугл ллс', 'google ллс'], country: 'US', adequacy: 'N', kind: 'company', entity: GOOGLE },
  // Cloud, hosting, CDN
  { name: 'Amazon Web Services', names: ['amazon web services', '=aws', 'amazon s3', 'amazon ses', 'amazon ec2', 'cloudfront', 'amazonaws*', 'амазон веб сервисез'], legalNames: ['amazon web services, inc.', 'amazon web services inc*'], country: 'US', adequacy: 'N', kind: 'hosting', entity: AWS },
  { name: 'Microsoft Azure', names: ['microsoft azure', '=azure', 'azure openai'], country: 'US', adequacy: 'N', kind: 'hosting', entity: MICROSOFT },
  { name: 'Microsoft Clarity', names: ['microsoft clarity'], country: 'US', adequacy: 'N', kind: 'analytics', entity: MICROSOFT },
  { name: 'Microsoft 365', names: ['microsoft 365', 'office 365', 'outlook.com', '=hotmail', 'hotmail.com', 'microsoft teams', 'onedrive', '=skype'], country: 'US', adequacy: 'N', kind: 'collaboration', entity: MICROSOFT },
  { name: 'LinkedIn', names: ['linkedin', 'линкедин'], country: 'US', adequacy: 'N', kind: 'social', entity: MICROSOFT },
  { name: 'Microsoft', names: ['=microsoft', 'майкрософт'], legalNames: ['microsoft corporation', 'microsoft corp*', 'microsoft ireland*'], country: 'US', adequacy: 'N', kind: 'company', entity: MICROSOFT },
  { name: 'Cloudflare', names: ['cloudflare*', 'клаудфлер*', 'клаудфлэр*'], legalNames: ['cloudflare, inc.', 'cloudflare inc*'], country: 'US', adequacy: 'N', kind: 'cdn' },
  { name: 'Vercel', names: ['vercel*'], country: 'US', adequacy: 'N', kind: 'hosting' },
  { name: 'Netlify', names: ['netlify*'], country: 'US', adequacy: 'N', kind: 'hosting' },
  { name: 'Heroku', names: ['heroku*'], country: 'US', adequacy: 'N', kind: 'hosting' },
  { name: 'DigitalOcean', names: ['digitalocean', 'digital ocean'], country: 'US', adequacy: 'N', kind: 'hosting' },
  { name: 'Render', names: ['render.com'], country: 'US', adequacy: 'N', kind: 'hosting' },
  { name: 'Fly.io', names: ['fly.io'], country: 'US', adequacy: 'N', kind: 'hosting' },
  { name: 'Railway', names: ['railway.app'], country: 'US', adequacy: 'N', kind: 'hosting' },
  { name: 'Supabase', names: ['supabase*'], country: 'US', adequacy: 'N', kind: 'hosting' },
  { name: 'Hetzner', names: ['hetzner', 'хетцнер'], country: 'DE', adequacy: '?', kind: 'hosting' },
  { name: 'OVHcloud', names: ['ovhcloud', '=ovh'], country: 'FR', adequacy: '?', kind: 'hosting' },
  { name: 'Scaleway', names: ['scaleway'], country: 'FR', adequacy: '?', kind: 'hosting' },
  { name: 'Dropbox', names: ['dropbox'], country: 'US', adequacy: 'N', kind: 'storage' },
  { name: 'GitHub', names: ['github'], country: 'US', adequacy: 'N', kind: 'collaboration' },
  // Map tiles and translation: a page that loads them sends the visitor's IP address and the text.
  { name: 'OpenStreetMap', names: ['openstreetmap*', 'open street map*', 'tile.openstreetmap*', 'tile.osm.org'], legalNames: ['openstreetmap foundation'], country: 'UK', adequacy: '?', kind: 'embed' },
  { name: 'DeepL', names: ['=deepl', 'deepl.com', 'deepl api'], legalNames: ['deepl se'], country: 'DE', adequacy: '?', kind: 'ai' },
  // Payments
  { name: 'Stripe', names: ['=stripe', 'stripe.com', 'страйп*'], legalNames: ['stripe, inc*', 'stripe inc*', 'stripe payments*'], country: 'US', adequacy: 'N', kind: 'payment' },
  { name: 'PayPal', names: ['paypal*', 'пейпал*', 'пэйпал*'], legalNames: ['paypal, inc*', 'paypal (europe)*'], country: 'US', adequacy: 'N', kind: 'payment' },
  { name: 'Paddle', names: ['paddle.com', '=paddle'], legalNames: ['paddle.com market*'], country: 'UK', adequacy: '?', kind: 'payment' },
  { name: 'Lemon Squeezy', names: ['lemon squeezy', 'lemonsqueezy'], country: 'US', adequacy: 'N', kind: 'payment' },
  // Messengers and social networks
  { name: 'Telegram', names: ['=telegram', 'телеграм', 'телеграмм', 'телеграма', 'телеграмма', 'телеграме', 'телеграмме', 'телеграму', 'телеграмму', 'телеграмом', 'телеграммом', 'телеграм-бот*', 'телеграмм-бот*', '=t.me', 'api.telegram.org', 'telegram.org', 'telegram gateway', 'telegram-бот*'], legalNames: ['telegram fz-llc', 'telegram fz llc', 'telegram fzllc', 'telegram messenger inc*', 'telegram messenger llp', 'telegram group inc*'], country: 'AE', adequacy: '?', kind: 'messenger' },
  { name: 'WhatsApp', names: ['whatsapp', 'ватсап*', 'вотсап*', 'вацап*'], country: 'US', adequacy: 'N', kind: 'messenger', entity: META },
  { name: 'Meta Pixel', names: ['meta pixel', 'facebook pixel', 'пиксел* facebook', 'пиксел* meta', '=fbq', 'connect.facebook*', 'facebook sdk', 'facebook analytics'], country: 'US', adequacy: 'N', kind: 'analytics', entity: META },
  { name: 'Facebook', names: ['facebook', 'фейсбук*'], country: 'US', adequacy: 'N', kind: 'social', entity: META },
  { name: 'Instagram', names: ['instagram', 'инстаграм*', 'инстаграмм*'], country: 'US', adequacy: 'N', kind: 'social', entity: META },
  { name: 'Meta', names: [], legalNames: ['meta platforms*', 'facebook inc*', 'meta platforms ireland*'], country: 'US', adequacy: 'N', kind: 'company', entity: META },
  { name: 'Discord', names: ['discord'], country: 'US', adequacy: 'N', kind: 'messenger' },
  { name: 'Viber', names: ['=viber', 'вайбер*'], country: 'LU', adequacy: '?', kind: 'messenger' },
  { name: 'X (Twitter)', names: ['twitter', 'твиттер*'], country: 'US', adequacy: 'N', kind: 'social' },
  { name: 'TikTok', names: ['tiktok pixel', 'bytedance', '=tiktok', 'тикток*'], country: 'SG', adequacy: '?', kind: 'social' },
  // E-mail, marketing, CRM, support
  { name: 'Mailchimp', names: ['mailchimp', 'мейлчимп*'], country: 'US', adequacy: 'N', kind: 'mailing' },
  { name: 'Twilio / SendGrid', names: ['sendgrid', 'twilio'], country: 'US', adequacy: 'N', kind: 'mailing' },
  { name: 'Mailgun', names: ['mailgun'], country: 'US', adequacy: 'N', kind: 'mailing' },
  { name: 'Postmark', names: ['postmarkapp*', '=postmark'], country: 'US', adequacy: 'N', kind: 'mailing' },
  { name: 'Brevo', names: ['=brevo', 'sendinblue'], country: 'FR', adequacy: '?', kind: 'mailing' },
  { name: 'HubSpot', names: ['hubspot'], country: 'US', adequacy: 'N', kind: 'crm' },
  { name: 'Salesforce', names: ['salesforce'], country: 'US', adequacy: 'N', kind: 'crm' },
  { name: 'Pipedrive', names: ['pipedrive'], country: 'US', adequacy: 'N', kind: 'crm' },
  { name: 'Intercom', names: ['intercom'], country: 'US', adequacy: 'N', kind: 'crm' },
  { name: 'Zendesk', names: ['zendesk'], country: 'US', adequacy: 'N', kind: 'crm' },
  { name: 'Freshdesk', names: ['freshdesk', 'freshworks'], country: 'US', adequacy: 'N', kind: 'crm' },
  { name: 'Tawk.to', names: ['tawk.to', '=tawk'], country: 'US', adequacy: 'N', kind: 'crm' },
  { name: 'Crisp', names: ['crisp.chat'], country: 'FR', adequacy: '?', kind: 'crm' },
  { name: 'Slack', names: ['=slack'], country: 'US', adequacy: 'N', kind: 'collaboration' },
  { name: 'Zoom', names: ['=zoom', 'zoom video*'], country: 'US', adequacy: 'N', kind: 'collaboration' },
  { name: 'Notion', names: ['notion.so', 'notion labs', 'notion inc*'], country: 'US', adequacy: 'N', kind: 'storage' },
  { name: 'Airtable', names: ['airtable'], country: 'US', adequacy: 'N', kind: 'storage' },
  { name: 'Calendly', names: ['calendly'], country: 'US', adequacy: 'N', kind: 'forms' },
  { name: 'Typeform', names: ['typeform'], country: 'ES', adequacy: '?', kind: 'forms' },
  { name: 'Jotform', names: ['jotform'], country: 'US', adequacy: 'N', kind: 'forms' },
  { name: 'Hotjar', names: ['hotjar'], country: 'MT', adequacy: '?', kind: 'analytics' },
  { name: 'Sentry', names: ['sentry.io', '=sentry'], country: 'US', adequacy: 'N', kind: 'monitoring' },
  { name: 'Mixpanel', names: ['mixpanel'], country: 'US', adequacy: 'N', kind: 'analytics' },
  { name: 'Amplitude', names: ['=amplitude'], country: 'US', adequacy: 'N', kind: 'analytics' },
  { name: 'Segment', names: ['segment.com', 'segment.io'], country: 'US', adequacy: 'N', kind: 'analytics' },
  { name: 'PostHog', names: ['posthog'], country: 'US', adequacy: 'N', kind: 'analytics' },
  { name: 'Yahoo Mail', names: ['yahoo.com', '=yahoo'], country: 'US', adequacy: 'N', kind: 'email' },
  { name: 'Proton', names: ['proton.me', 'protonmail*'], country: 'CH', adequacy: '?', kind: 'email' },
  // Apple
  { name: 'Apple', names: ['sign in with apple', 'вход через apple', 'apple id', '=icloud', 'icloud.com', '=apple'], legalNames: ['apple inc*', 'apple distribution international*'], country: 'US', adequacy: 'N', kind: 'company' },
];

export const RUSSIAN_RECIPIENTS: Recipient[] = [
  { name: 'Яндекс', names: ['яндекс*', 'yandex*', 'ооо «яндекс»'], legalNames: ['ооо «яндекс»', 'ооо "яндекс"', 'yandex llc'], country: 'RU', adequacy: 'A', inn: '7736207543', kind: 'company' },
  { name: 'Яндекс Метрика', names: ['яндекс.метрик*', 'яндекс метрик*', 'yandex.metri*', 'yandex metri*', 'метрика яндекс*', 'яндекс-метрик*', 'mc.yandex*'], country: 'RU', adequacy: 'A', kind: 'analytics', entity: 'ООО «ЯНДЕКС»' },
  { name: 'Yandex Cloud', names: ['яндекс.облак*', 'яндекс облак*', 'yandex cloud', 'yandex.cloud'], country: 'RU', adequacy: 'A', inn: '7704458262', kind: 'hosting' },
  { name: 'VK', names: ['=vk', 'вконтакте', 'vkontakte', 'mail.ru', 'vk id', 'ооо «вк»', '=вк', 'vk cloud', 'vk реклам*', 'vk ads', 'my.com'], country: 'RU', adequacy: 'A', inn: '7743001840', kind: 'company' },
  { name: 'MAX', names: ['мессенджер* max', 'мессенджер* макс', 'max messenger', 'messenger max', 'max bot*', 'max-бот*', 'бот* в max', 'бот* max', 'max бот*', 'max.ru', 'национальн* мессенджер*', 'national messenger', 'мессенджер* «max»', 'мессенджер* "max"'], legalNames: ['communication platform llc', 'ооо «коммуникационная платформа»', 'ооо "коммуникационная платформа"', 'communication platform'], country: 'RU', adequacy: 'A', kind: 'messenger' },
  { name: 'ЮKassa / ЮMoney', names: ['юkassa', 'юкасса', 'юкассa', 'yookassa', 'юmoney', 'юмани', 'yoomoney', 'yumoney', 'нко «юмани»'], country: 'RU', adequacy: 'A', inn: '7750005725', kind: 'payment' },
  { name: 'Т-Банк', names: ['т-банк', 'тбанк', 'tbank', 't-bank', 'тинькофф', 'tinkoff', 'т-касса', 't-kassa'], country: 'RU', adequacy: 'A', inn: '7710140679', kind: 'payment' },
  { name: 'Сбер', names: ['сбербанк*', 'сбер', 'sberbank', 'sberpay', 'сбер id', 'sber id', 'гигачат*', 'gigachat'], country: 'RU', adequacy: 'A', inn: '7707083893', kind: 'payment' },
  { name: 'Selectel', names: ['селектел', 'selectel'], country: 'RU', adequacy: 'A', inn: '7810962785', kind: 'hosting' },
  { name: 'Ozon', names: ['=ozon', '=озон'], country: 'RU', adequacy: 'A', inn: '7704217370', kind: 'marketplace' },
  { name: 'Wildberries', names: ['wildberries', 'вайлдберриз'], country: 'RU', adequacy: 'A', inn: '7721546864', kind: 'marketplace' },
  { name: 'Авито', names: ['авито', '=avito'], country: 'RU', adequacy: 'A', inn: '7710668349', kind: 'marketplace' },
  { name: '2ГИС', names: ['2гис', '2gis'], country: 'RU', adequacy: 'A', inn: '5405276278', kind: 'embed' },
  { name: '1С-Битрикс', names: ['битрикс*', 'bitrix*'], country: 'RU', adequacy: 'A', inn: '7717586110', kind: 'crm' },
  // INNs below are UNCONFIRMED (docs/law.md: Identifiers): names only.
  { name: 'Cloud.ru', names: ['cloud.ru', 'sbercloud', 'сберклауд', 'облачные технологии'], country: 'RU', adequacy: 'A', kind: 'hosting' },
  { name: 'Timeweb', names: ['timeweb*', 'таймвеб*'], country: 'RU', adequacy: 'A', kind: 'hosting' },
  { name: 'REG.RU', names: ['reg.ru', 'рег.ру'], country: 'RU', adequacy: 'A', kind: 'hosting' },
  { name: 'Beget', names: ['=beget', 'бегет'], country: 'RU', adequacy: 'A', kind: 'hosting' },
  { name: 'Robokassa', names: ['robokassa', 'робокасс*'], country: 'RU', adequacy: 'A', kind: 'payment' },
  { name: 'CloudPayments', names: ['cloudpayments', 'клаудпейментс'], country: 'RU', adequacy: 'A', kind: 'payment' },
  { name: 'Prodamus', names: ['prodamus', 'продамус'], country: 'RU', adequacy: 'A', kind: 'payment' },
  { name: 'Unisender', names: ['unisender', 'юнисендер'], country: 'RU', adequacy: 'A', kind: 'mailing' },
  { name: 'Sendsay', names: ['sendsay', 'сендсей'], country: 'RU', adequacy: 'A', kind: 'mailing' },
  { name: 'DashaMail', names: ['dashamail', 'дашамейл'], country: 'RU', adequacy: 'A', kind: 'mailing' },
  { name: 'SMS.ru', names: ['sms.ru'], country: 'RU', adequacy: 'A', kind: 'telecom' },
  { name: 'SMSC', names: ['smsc.ru', '=smsc'], country: 'RU', adequacy: 'A', kind: 'telecom' },
  { name: 'amoCRM', names: ['amocrm', 'амосрм', 'амоcrm'], country: 'RU', adequacy: 'A', kind: 'crm' },
  { name: 'RetailCRM', names: ['retailcrm'], country: 'RU', adequacy: 'A', kind: 'crm' },
  { name: 'Jivo', names: ['jivosite', 'jivo', 'живосайт'], country: 'RU', adequacy: 'A', kind: 'crm' },
  { name: 'DaData', names: ['dadata', 'дадата'], country: 'RU', adequacy: 'A', kind: 'crm' },
  { name: 'Госуслуги (ЕСИА)', names: ['госуслуг*', '=есиа', 'gosuslugi*'], country: 'RU', adequacy: 'A', kind: 'government' },
  { name: 'СДЭК', names: ['сдэк', '=cdek'], country: 'RU', adequacy: 'A', kind: 'delivery' },
  { name: 'Почта России', names: ['почта россии', 'почты россии', 'почтой россии', 'russian post'], country: 'RU', adequacy: 'A', kind: 'delivery' },
  { name: 'Boxberry', names: ['boxberry', 'боксберри'], country: 'RU', adequacy: 'A', kind: 'delivery' },
  { name: 'МТС', names: ['=мтс', '=mts'], country: 'RU', adequacy: 'A', kind: 'telecom' },
  { name: 'МегаФон', names: ['мегафон', 'megafon'], country: 'RU', adequacy: 'A', kind: 'telecom' },
  { name: 'Билайн', names: ['билайн', 'beeline', 'вымпелком'], country: 'RU', adequacy: 'A', kind: 'telecom' },
  { name: 'Ростелеком', names: ['ростелеком', 'rostelecom'], country: 'RU', adequacy: 'A', kind: 'telecom' },
];

/**
 * Names that contain a recipient's name but are not a recipient of the operator's data: an app
 * store, a browser, a wallet the user pays with. A mention overlapping one of these is ignored.
 */
export const NOT_RECIPIENTS: string[] = [
  'google play', 'google play market', 'play market', 'google chrome', 'google pay', 'google search', 'google поиск', 'поиск google', 'google translate',
  'apple pay', 'app store', 'apple app store', 'apple music', 'apple watch', 'apple safari',
  'microsoft word', 'microsoft edge', 'microsoft windows', 'microsoft excel', 'microsoft office',
  'yandex browser', 'яндекс браузер*', 'яндекс.браузер*',
];

/** INNs of platforms, banks and payment providers: never the operator's (docs/law.md: Operator identity, Identifiers). */
export const PLATFORM_INNS: ReadonlySet<string> = new Set(RUSSIAN_RECIPIENTS.flatMap((r) => (r.inn ? [r.inn] : [])));

/** Country names for messages and suggestions, by the codes used above and in lexicons/cross-border.ts. */
export const COUNTRY_NAMES: Record<string, { en: string; ru: string }> = {
  US: { en: 'USA', ru: 'США' },
  AE: { en: 'UAE', ru: 'ОАЭ' },
  IE: { en: 'Ireland', ru: 'Ирландия' },
  DE: { en: 'Germany', ru: 'Германия' },
  FR: { en: 'France', ru: 'Франция' },
  ES: { en: 'Spain', ru: 'Испания' },
  MT: { en: 'Malta', ru: 'Мальта' },
  SG: { en: 'Singapore', ru: 'Сингапур' },
  UK: { en: 'United Kingdom', ru: 'Великобритания' },
  CN: { en: 'China', ru: 'Китай' },
  CH: { en: 'Switzerland', ru: 'Швейцария' },
  CA: { en: 'Canada', ru: 'Канада' },
  LU: { en: 'Luxembourg', ru: 'Люксембург' },
  NL: { en: 'Netherlands', ru: 'Нидерланды' },
  FI: { en: 'Finland', ru: 'Финляндия' },
  KZ: { en: 'Kazakhstan', ru: 'Казахстан' },
  EU: { en: 'the EU', ru: 'ЕС' },
  RU: { en: 'Russia', ru: 'Россия' },
};

/**
 * Context cues that decide a mention's role (rules/extract/recipients.ts). Regular-expression
 * sources matched with the 'u' flag on the mention's sentence in doc.lower.
 */
export const ROLE_CUES = {
  /** The user signs in through the service: the operator receives data from it (OAuth). */
  oauth: [
    '(?:sign|log)(?:ing|ging|s|ed|ged)?[\\s-]?(?:in|on|up) (?:\\p{L}+ ){0,3}?(?:via|with|through|using|by)',
    'login (?:\\p{L}+ ){0,2}?(?:via|with|through|using)',
    '(?:authori[sz]|authenticat|regist)\\p{L}* (?:\\p{L}+ ){0,3}?(?:via|with|through|using|by)',
    'o-?auth\\p{L}*', 'openid', 'single sign', 'login widget', 'sign-in button',
    '(?:вход\\p{L}*|войти|авторизац\\p{L}*|авторизова\\p{L}*|авторизу\\p{L}*|аутентификац\\p{L}*|регистрац\\p{L}*|зарегистрир\\p{L}*|логин\\p{L}*) (?:\\p{L}+ ){0,3}?(?:через|с помощью|посредством|используя|по|с использованием)',
    '(?:сервис\\p{L}*|провайдер\\p{L}*) (?:\\p{L}+ ){0,1}?(?:авторизац|аутентификац)\\p{L}*',
    '(?:authori[sz]ation|authentication|identity) (?:services?|providers?)',
  ].join('|'),
  /** Data comes from the service to the operator. */
  from: [
    '(?:received|obtained|imported|transmitted|fetched|retrieved) (?:\\p{L}+ ){0,3}?(?:from|by)',
    '(?:receiv|obtain|import|fetch|retriev|get)\\p{L}* [^.;:]{0,60}?from(?!\\p{L})',
    'to the extent (?:transmitted|provided)',
    'получ\\p{L}* (?:\\p{L}+ ){0,4}?от',
    'переда(?:ет|ют|ются|ваемые|нные|нных) (?:\\p{L}+ ){0,3}?оператору',
    '(?:transfers?|transmits?|provides?|passes) (?:\\p{L}+ ){0,3}?to the operator',
  ].join('|'),
  /** A channel the user may choose to write through. */
  contact: [
    'напиш\\p{L}*', 'пишите', 'свяж\\p{L}*', 'связат\\p{L}*', 'для связи', 'обращ\\p{L}*', 'обратит\\p{L}*', 'задат\\p{L}* вопрос', 'вопрос\\p{L}*',
    'контакт\\p{L}*', 'запрос\\p{L}*', 'жалоб\\p{L}*', 'телефон\\p{L}*', 'поддержк\\p{L}*',
    'write', 'writing', 'contact\\p{L}*', 'reach', 'message us', 'questions?', 'inquir\\p{L}*', 'enquir\\p{L}*', 'requests?', 'complaints?', 'phone', 'support',
  ].join('|'),
  /** A public page, channel or group to follow: never a recipient of the operator's data by itself. */
  publicPage: [
    'канал\\p{L}*', 'групп\\p{L}*', 'сообществ\\p{L}*', 'страниц\\p{L}*', 'подписывайт\\p{L}*', 'подпишит\\p{L}*', 'соцсет\\p{L}*', 'социальн\\p{L}* сет\\p{L}*', 'аккаунт\\p{L}* в',
    'channel\\p{L}*', 'group\\p{L}*', 'community', 'pages?', 'follow', 'subscribe to our', 'social (?:network|media)\\p{L}*', 'profiles? on',
    'поделит\\p{L}*', 'share buttons?', 'кнопк\\p{L}* (?:\\p{L}+ ){0,1}?(?:соцсет|социальн|поделит)\\p{L}*',
  ].join('|'),
  /** Handles, links and numbers that mark a contact channel. */
  handle: '(?:^|[\\s:(])@[a-z0-9_]{3,}|t\\.me/|wa\\.me/|\\+7[\\s(]|\\+\\d{1,3}[\\s(]?\\d{2,}',
  /** The operator sends, stores or processes data through the service. */
  functional: [
    'бот\\p{L}* (?:\\p{L}+ ){0,3}?(?:направля|отправля|присыла|доставля|рассыла|уведомля|сообща)\\p{L}*',
    '(?:направля|отправля|присыла|доставля|рассыла|уведомля)\\p{L}* (?:\\p{L}+ ){0,6}?(?:через|посредством|с помощью)',
    'уведомлени\\p{L}*', 'рассылк\\p{L}*', 'оповещени\\p{L}*', 'доставк\\p{L}*', 'напоминани\\p{L}*',
    'notification\\p{L}*', 'notif(?:y|ies|ied)', 'newsletter\\p{L}*', 'mailing\\p{L}*', 'deliver\\p{L}*', 'broadcast\\p{L}*', 'reminders?', 'alerts?',
    'send\\p{L}* (?:\\p{L}+ ){0,3}?(?:messages?|notifications?|codes?|reminders?|alerts?|receipts?)',
    'направля\\p{L}* (?:\\p{L}+ ){0,3}?(?:сообщени|уведомлени|код|напоминани|чек)\\p{L}*',
    'код\\p{L}* подтверждени\\p{L}*', 'verification codes?', 'one-time (?:codes?|passwords?)',
    'хран\\p{L}*', 'stor(?:e|es|ed|ing|age)', 'host\\p{L}*', 'хостинг\\p{L}*', 'сервер\\p{L}*', 'servers?', 'api', 'backup\\p{L}*', 'резервн\\p{L}*',
    'analytic\\p{L}*', 'аналитик\\p{L}*', 'метрик\\p{L}*', 'pixel\\p{L}*', 'пиксел\\p{L}*', 'cookie\\p{L}*', 'куки', 'tracking', 'трекинг\\p{L}*',
    'payment\\p{L}*', 'оплат\\p{L}*', 'платеж\\p{L}*', 'processor\\p{L}*', 'обработчик\\p{L}*', 'по поручению', 'on (?:its|our|the operator[’\']?s) behalf', 'on behalf',
    'crm', 'виджет\\p{L}*', 'widget\\p{L}*', 'embed\\p{L}*', 'встроен\\p{L}*', 'встраива\\p{L}*', 'plugin\\p{L}*', 'плагин\\p{L}*', 'script\\p{L}*', 'скрипт\\p{L}*',
    'sdk', 'integrat\\p{L}*', 'интеграц\\p{L}*', 'artificial intelligence', 'искусственн\\p{L}* интеллект\\p{L}*', 'нейросет\\p{L}*', 'llm', 'language models?',
    'языков\\p{L}* модел\\p{L}*', 'generat\\p{L}*', 'генерац\\p{L}*', 'transcri\\p{L}*', 'распознаван\\p{L}*',
  ].join('|'),
  /** The policy says data goes to, or is processed by, the service. */
  explicit: [
    'переда(?:ет|ют|ются|ется|ваться|вать|ваемые|ны|на|но|н)', 'передач\\p{L}*', 'предоставля(?:ет|ют|ются|ется)', 'предоставлен\\p{L}*', 'раскрыва\\p{L}*',
    'направля(?:ет|ют|ются|ется)', 'обрабатыва(?:ет|ют|ются|ется)', 'хранит(?:ся)?', 'хранятся', 'размеща(?:ет|ются|ется)', 'пересыла\\p{L}*', 'forwarded to',
    'transfer(?:s|red|ring)?', 'shar(?:e|es|ed|ing) (?:\\p{L}+ ){0,4}?with', 'disclos\\p{L}*', 'sent (?:\\p{L}+ ){0,2}?to', 'sends (?:\\p{L}+ ){0,4}?to', '(?:is|are|be) (?:\\p{L}+ )?sent',
    'provid(?:e|es|ed) (?:\\p{L}+ ){0,3}?to', 'process(?:es|ed)', 'stor(?:es|ed)', 'host(?:s|ed)',
  ].join('|'),
  /** "We do not use …", "не передаём …" before the mention. */
  negation: [
    'не (?:\\p{L}+ ){0,2}?(?:использ|переда|предостав|примен|подключ|устан|направл|обрабатыва|раскрыва|привлека|собира|хран|сотруднича|работа|встраива|принима|размеща)\\p{L}*',
    '(?:not|never) (?:\\p{L}+ ){0,2}?(?:use|using|used|transfer|share|sharing|send|sent|disclos|process|employ|engag|integrat|install|embed|rely|collect|store|work|load|accept|host)\\p{L}*',
    "n[’']t (?:use|share|transfer|send|sell|disclose|employ|store|load|embed)",
    'no (?:third-party )?(?:data|information|analytics|tracking|personal)',
    'без (?:использования|применения)',
    'without (?:using|the use of)',
  ].join('|'),
  /** After a negation, these start a part of the sentence the negation does not cover. */
  reset: ',\\s*(?:which|who|that|которы\\p{L}*|где|where|а|but|но|however|однако|instead|вместо|while|whereas)(?!\\p{L})|(?:^|\\s)(?:but|но|however|однако|instead|вместо этого)(?!\\p{L})|за исключением|кроме|except|other than|apart from',
};

/**
 * A service named as not in use, after its name: "Google Analytics is not used", «Сервисы Google
 * Analytics и Meta Pixel на сайте не используются» (phrases of src/core/nlp/phrases.ts, read in
 * the mention's clause). Passive forms only: in «мы используем X и не используем Y» the negation
 * is about Y, which follows it.
 */
export const NOT_IN_USE: LexiconEntry[] = [
  {
    concept: 'recipient:not-in-use',
    lang: 'ru',
    phrases: ['=не ~1 (=используются|=используется|=использовались|=использовался|=применяются|=применяется|=подключены|=подключен|=подключена|=установлены|=установлен|=установлена|=встроены|=встроен|=задействованы|=задействован|=интегрированы|=интегрирован|=загружаются|=загружается)'],
  },
  {
    concept: 'recipient:not-in-use',
    lang: 'en',
    phrases: ['(=not|=never) ~1 (=used|=installed|=embedded|=integrated|=loaded|=connected|=enabled|=employed)'],
  },
];

/** Cues read around a mention (rules/extract/recipients.ts): a data item, and the contact means that make a list of channels. */
export const ROLE_CUES_AROUND = {
  /**
   * A bot: the operator's program in the messenger, which receives the user's messages and sends
   * replies through the messenger's servers — the messenger is then a recipient, not a channel.
   */
  bot: 'бот(?:а|у|ом|е|ы|ов|ам|ами|ах)?|чат-бот\\p{L}*|chat-?bots?|bots?',
  /** The name is part of a data item: «имя аккаунта Telegram», «Профиль Telegram», "Telegram user ID". */
  dataItemBefore: '(?:идентификатор|id|имя|имени|ник|никнейм|логин|профил|аккаунт|учетн\\p{L}* запис|username)\\p{L}*(?: (?:пользовател|аккаунт|профил|учетн|в|во|на)\\p{L}*){0,2} $',
  dataItemAfter: '^[ -]?(?:user ?id|id|ids|username|user ?name|handle|nickname|account (?:id|name)|profile|аккаунт\\p{L}*|профил\\p{L}*|ид|идентификатор\\p{L}*|никнейм\\p{L}*|логин\\p{L}*)(?![\\p{L}\\p{N}])',
  contactMeans: 'телефон\\p{L}*|тел\\.|(?:электронн\\p{L}* )?почт\\p{L}*|e-?mail\\p{L}*|phone\\p{L}*|звон\\p{L}*|форм\\p{L}* обратной связи|contact form|по адресу|address',
};
