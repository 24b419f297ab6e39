import type { zhCN } from '../../resources/i18n/catalogues';
import { renderMessage, type Locale } from '../../resources/i18n/render-message';
import type { Message, MessageParam } from '../../src/domain/message';

export type { Locale };
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The Chinese catalogue is the reference: every key the code may use comes from it. */
export type MessageKey = keyof typeof zhCN;
/** A parameter may be a core message (a household's label, a land class) rendered in the same language. */
export type MessageParams = Record<string, MessageParam>;

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Looks up `key` and fills `{name}` placeholders; an unknown placeholder is left visible. */
export const translate = (locale: Locale, key: MessageKey, params?: MessageParams): string => renderMessage(locale, { key, params: params ?? {} });

/** A message the core sent (a refusal, a finding), in the screen's language. */
export const say = (locale: Locale, message: Message): string => renderMessage(locale, message);
