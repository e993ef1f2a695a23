import type { Lang, Localized } from '../types.js';

/** The text in the reader's language, else English, else whatever the author wrote. */
export function localize(text: Localized | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}
