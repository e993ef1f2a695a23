import type { Command } from 'commander';
import type { CommandContext } from './index.js';
import { ruleOptions } from './options.js';
import { loadForAuthoring, type RuleCommandFlags, SHOW_EXAMPLES } from './rules.js';

export function registerExplain(program: Command, { io, setExit }: CommandContext): void {
  ruleOptions(program.command('explain'))
    .description('what a rule looks for and why, its examples, and how to add an exception')
    .argument('<ruleId>', 'the id of a rule, as shown in findings and by `promptgate rules list`')
    .option(...SHOW_EXAMPLES)
    .action(async (ruleId: string, flags: RuleCommandFlags) => {
      const [{ UsageError }, { closest }, { localize }, { pickLang }] = await Promise.all([
        import('../../errors.js'), import('../../rules/suggest.js'), import('../../util/localize.js'), import('../io.js')]);
      const rules = await loadForAuthoring([], flags, io);
      const rule = rules.find((r) => r.id === ruleId);
      const [{ messages, fill }, { mask }] = await Promise.all([import('../../i18n/index.js'), import('../../util/mask.js')]);
      if (!rule) {
        const g = closest(ruleId, rules.map((r) => r.id));
        const e = messages(pickLang((flags as { lang?: string }).lang, io.env)).errors;
        throw new UsageError(fill(e.noRule, { rule: ruleId, guess: g ? fill(e.didYouMean, { rule: g }) : '' }));
      }
      const example = (e: string) => `  ${JSON.stringify(flags.showExamples ? e : mask(e, Number.MAX_SAFE_INTEGER))}`;
      const lang = pickLang((flags as { lang?: string }).lang, io.env);
      const t = messages(lang).explain;
      const all = (v: typeof rule.title) => typeof v === 'string' ? [v] : (['vi', 'cs', 'en'] as const).filter((l) => v[l]).map((l) => `${l}: ${v[l]}`);
      const out = [
        `${rule.id} — ${localize(rule.title, lang)}`,
        '',
        t.title, ...all(rule.title).map((x) => `  ${x}`),
        t.why, ...all(rule.rationale).map((x) => `  ${x}`),
        ...(rule.regulation ? [t.regulation, ...all(rule.regulation).map((x) => `  ${x}`)] : []),
        `${t.category} ${rule.category}`,
        `${t.severity} ${rule.severity}${rule.enabled ? '' : t.disabled}`,
        `${t.definedIn} ${rule.source.file}:${rule.source.line}`,
        '',
        t.found, ...rule.examples.match.map(example),
        t.notFound, ...rule.examples.noMatch.map(example),
        ...(flags.showExamples ? [] : [t.masked]),
        '',
        t.exception,
        '  overrides:',
        `    ${rule.id}:`,
        '      exceptions:',
        `        values: ["${t.harmless}"]     # or patterns: ['regex on the found value']`,
        t.lower,
        fill(t.extend, { rule: rule.id }),
      ];
      io.stdout.write(`${out.join('\n')}\n`);
      setExit(0);
    });
}
