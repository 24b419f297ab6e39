import { en, zhCN } from '../../resources/i18n/catalogues';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The Chinese catalogue is the reference: every key the code may use comes from it. */
export type MessageKey = keyof typeof zhCN;
export type MessageParams = Record<string, string | number>;

// Typed as a full record so a key missing from en.json fails type-checking, not at run time.
const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Looks up `key` and fills `{name}` placeholders; an unknown placeholder is left visible. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = catalogues[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
