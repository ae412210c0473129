/**
 * Named recipients (law/152-fz.md §4). Foreign ones imply a cross-border transfer when the
 * policy says they receive or process personal data; Russian ones do not, and their INNs are
 * never the operator's. Names are matched with src/core/match.ts phrase syntax on doc.lower.
 */
export interface Recipient {
  /** Display name. */
  name: string;
  /** Phrases naming it (brands, legal names, domains). */
  names: string[];
  country: string;
  /** Adequacy under art. 12 (RKN list): 'N' not adequate, 'A' adequate, '?' unconfirmed. */
  adequacy: 'N' | 'A' | '?';
  inn?: string;
}

export const FOREIGN_RECIPIENTS: Recipient[] = [
  { name: 'OpenAI', names: ['openai', 'chatgpt', 'gpt-4*', 'api.openai.com', '=openai.com'], country: 'US', adequacy: 'N' },
  { name: 'Anthropic', names: ['anthropic', '=claude'], country: 'US', adequacy: 'N' },
  { name: 'Google', names: ['google analytics', 'google tag manager', 'googletagmanager*', 'google-analytics*', 'recaptcha', 'google fonts', 'fonts.googleapis*', 'google maps', 'firebase', 'google forms', 'google workspace', '=gmail', '=ga4', 'google llc', 'google ireland', 'google cloud', 'youtube', '=gtag'], country: 'US', adequacy: 'N' },
  { name: 'Amazon Web Services', names: ['amazon web services', '=aws', 'amazon s3', 'cloudfront', 'amazonaws*'], country: 'US', adequacy: 'N' },
  { name: 'Microsoft', names: ['microsoft azure', '=azure', 'microsoft 365', 'office 365', 'outlook.com', 'microsoft teams', 'linkedin', 'microsoft corporation'], country: 'US', adequacy: 'N' },
  { name: 'Cloudflare', names: ['cloudflare*'], country: 'US', adequacy: 'N' },
  { name: 'Vercel', names: ['vercel*'], country: 'US', adequacy: 'N' },
  { name: 'Netlify', names: ['netlify*'], country: 'US', adequacy: 'N' },
  { name: 'Heroku', names: ['heroku*'], country: 'US', adequacy: 'N' },
  { name: 'DigitalOcean', names: ['digitalocean', 'digital ocean'], country: 'US', adequacy: 'N' },
  { name: 'Stripe', names: ['=stripe', 'stripe.com', 'stripe inc*', 'stripe payments'], country: 'US', adequacy: 'N' },
  { name: 'PayPal', names: ['paypal*'], country: 'US', adequacy: 'N' },
  { name: 'Paddle', names: ['paddle.com', 'paddle market*'], country: 'UK', adequacy: '?' },
  { name: 'Lemon Squeezy', names: ['lemon squeezy', 'lemonsqueezy'], country: 'US', adequacy: 'N' },
  { name: 'Telegram', names: ['telegram fz-llc', 'telegram fz llc', 'telegram messenger inc*', 'api.telegram.org', 'telegram gateway'], country: 'AE', adequacy: '?' },
  { name: 'Meta', names: ['whatsapp', 'facebook', 'instagram', 'meta pixel', 'meta platforms', 'fbq', 'connect.facebook*'], country: 'US', adequacy: 'N' },
  { name: 'Mailchimp', names: ['mailchimp'], country: 'US', adequacy: 'N' },
  { name: 'Twilio / SendGrid', names: ['sendgrid', 'twilio'], country: 'US', adequacy: 'N' },
  { name: 'HubSpot', names: ['hubspot'], country: 'US', adequacy: 'N' },
  { name: 'Salesforce', names: ['salesforce'], country: 'US', adequacy: 'N' },
  { name: 'Intercom', names: ['intercom'], country: 'US', adequacy: 'N' },
  { name: 'Zendesk', names: ['zendesk'], country: 'US', adequacy: 'N' },
  { name: 'Slack', names: ['=slack'], country: 'US', adequacy: 'N' },
  { name: 'Zoom', names: ['=zoom', 'zoom video*'], country: 'US', adequacy: 'N' },
  { name: 'Notion', names: ['notion.so', 'notion labs'], country: 'US', adequacy: 'N' },
  { name: 'Calendly', names: ['calendly'], country: 'US', adequacy: 'N' },
  { name: 'Typeform', names: ['typeform'], country: 'ES', adequacy: '?' },
  { name: 'Hotjar', names: ['hotjar'], country: 'MT', adequacy: '?' },
  { name: 'Sentry', names: ['sentry.io', '=sentry'], country: 'US', adequacy: 'N' },
  { name: 'Mixpanel', names: ['mixpanel'], country: 'US', adequacy: 'N' },
  { name: 'Amplitude', names: ['amplitude'], country: 'US', adequacy: 'N' },
  { name: 'Segment', names: ['segment.com', 'segment.io'], country: 'US', adequacy: 'N' },
  { name: 'Supabase', names: ['supabase*'], country: 'US', adequacy: 'N' },
  { name: 'Hetzner', names: ['hetzner'], country: 'DE', adequacy: '?' },
  { name: 'OVHcloud', names: ['ovhcloud', '=ovh'], country: 'FR', adequacy: '?' },
  { name: 'Scaleway', names: ['scaleway'], country: 'FR', adequacy: '?' },
  { name: 'Apple', names: ['sign in with apple', 'icloud', 'apple inc*'], country: 'US', adequacy: 'N' },
  { name: 'TikTok', names: ['tiktok pixel', 'bytedance'], country: 'SG', adequacy: '?' },
  { name: 'Deepgram', names: ['deepgram'], country: 'US', adequacy: 'N' },
  { name: 'Groq', names: ['=groq'], country: 'US', adequacy: 'N' },
  { name: 'ElevenLabs', names: ['elevenlabs', 'eleven labs'], country: 'US', adequacy: 'N' },
  { name: 'GitHub', names: ['github'], country: 'US', adequacy: 'N' },
];

export const RUSSIAN_RECIPIENTS: Recipient[] = [
  { name: 'Яндекс', names: ['яндекс*', 'yandex*', 'ооо «яндекс»'], country: 'RU', adequacy: 'A', inn: '7736207543' },
  { name: 'Yandex Cloud', names: ['яндекс.облако', 'yandex cloud', 'yandex.cloud'], country: 'RU', adequacy: 'A', inn: '7704458262' },
  { name: 'VK', names: ['=vk', 'вконтакте', 'vkontakte', 'mail.ru', 'vk id', 'ооо «вк»', '=вк'], country: 'RU', adequacy: 'A', inn: '7743001840' },
  { name: 'MAX', names: ['мессенджер max', '=max', 'communication platform'], country: 'RU', adequacy: 'A' },
  { name: 'ЮKassa / ЮMoney', names: ['юkassa', 'юкасса', 'yookassa', 'юmoney', 'юмани', 'yoomoney', 'yumoney'], country: 'RU', adequacy: 'A', inn: '7750005725' },
  { name: 'Т-Банк', names: ['т-банк', 'тбанк', 'tbank', 't-bank', 'тинькофф', 'tinkoff', 'т-касса'], country: 'RU', adequacy: 'A', inn: '7710140679' },
  { name: 'Сбер', names: ['сбербанк*', 'сбер', 'sberbank', 'sberpay', 'сбер id'], country: 'RU', adequacy: 'A', inn: '7707083893' },
  { name: 'Selectel', names: ['селектел', 'selectel'], country: 'RU', adequacy: 'A', inn: '7810962785' },
  { name: 'Ozon', names: ['=ozon', '=озон'], country: 'RU', adequacy: 'A', inn: '7704217370' },
  { name: 'Wildberries', names: ['wildberries', 'вайлдберриз'], country: 'RU', adequacy: 'A', inn: '7721546864' },
  { name: 'Авито', names: ['авито', '=avito'], country: 'RU', adequacy: 'A', inn: '7710668349' },
  { name: '2ГИС', names: ['2гис', '2gis'], country: 'RU', adequacy: 'A', inn: '5405276278' },
  { name: '1С-Битрикс', names: ['битрикс*', 'bitrix*'], country: 'RU', adequacy: 'A', inn: '7717586110' },
];

/** INNs of platforms, banks and payment providers: never the operator's (law §1a, §4.2). */
export const PLATFORM_INNS: ReadonlySet<string> = new Set(RUSSIAN_RECIPIENTS.flatMap((r) => (r.inn ? [r.inn] : [])));
