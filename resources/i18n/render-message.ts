import type { Message, MessageParam } from '../../src/domain/message';
import { en, zhCN } from './catalogues';

export type Locale = 'zh-CN' | 'en';

// Typed as full records so a key missing from the English catalogue fails type-checking, not at run time.
const catalogues: Record<Locale, Record<keyof typeof zhCN, string>> = { 'zh-CN': zhCN, en };

const param = (locale: Locale, value: MessageParam): string => (typeof value === 'object' ? renderMessage(locale, value) : String(value));

/**
 * A message in a language: its catalogue text with `{name}` filled in, nested messages rendered the same
 * way. A key missing from a catalogue shows as itself, which the catalogue test does not let through.
 */
export function renderMessage(locale: Locale, message: Message): string {
  const text = (catalogues[locale] as Record<string, string | undefined>)[message.key] ?? message.key;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(message.params, name) ? param(locale, message.params[name]!) : match));
}

/** In Chinese, the language of the printed documents, the command line and the log. */
export const zh = (message: Message): string => renderMessage('zh-CN', message);
