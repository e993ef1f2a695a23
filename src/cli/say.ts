import { fill, messages, plural, type PluralForms } from '../i18n/index.js';
import { pickLang } from './io.js';

/**
 * A command's messages in the reader's language: the CLI passes `--lang` on in the environment (PROMPTGATE_LANG),
 * so a command needs only its environment. `t` is the commands' own catalogue section, `all` the whole catalogue.
 */
export function sayer(env: NodeJS.ProcessEnv) {
  const lang = pickLang(undefined, env);
  const all = messages(lang);
  return { lang, all, t: all.cli, n: (forms: PluralForms, count: number) => plural(lang, forms, count), fill };
}
