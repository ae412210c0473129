/** Calendar dates in Russian and English policies, as regular-expression sources over doc.lower. */
const RU_MONTHS = 'январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]';
const EN_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

/** 30.04.2026, 30/04/2026, 2026-04-30, «30» апреля 2026 г., 30 April 2026, April 30, 2026. */
export const DATE_SOURCE = [
  String.raw`\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}`,
  String.raw`(?:19|20)\d{2}-\d{2}-\d{2}`,
  String.raw`[«"]?\d{1,2}[»"]?\s+(?:${RU_MONTHS})\s+(?:19|20)\d{2}`,
  String.raw`\d{1,2}\s+(?:${EN_MONTHS})\.?,?\s+(?:19|20)\d{2}`,
  String.raw`(?:${EN_MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}`,
].join('|');
