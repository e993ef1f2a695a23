import type { Command } from 'commander';
import type { Messages } from '../../i18n/index.js';
import type { CompiledRule } from '../../rules/model.js';
import type { CommandContext } from './index.js';
import { ruleOptions } from './options.js';
import { loadForAuthoring, type RuleCommandFlags, SHOW_EXAMPLES } from './rules.js';

/** `promptgate explain <ruleId>`, also as `promptgate rules explain <ruleId>` (registered after `rules`). */
export function registerExplain(program: Command, ctx: CommandContext): void {
  defineExplain(program.command('explain'), ctx);
  const rules = program.commands.find((c) => c.name() === 'rules');
  if (rules) defineExplain(rules.command('explain'), ctx);
}

function defineExplain(command: Command, { io, setExit }: CommandContext): void {
  ruleOptions(command)
    .description('what a rule looks for and why (its lists and pieces expanded), its examples, and how to add an exception')
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
        ...looksFor(rule, t, flags.showExamples ? (k) => k : (k) => mask(k, Number.MAX_SAFE_INTEGER)),
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

/**
 * The keywords and patterns of a rule as they run, each with what was written when that used `{{name}}` lists or
 * pieces (rules/README.md, "Vocabularies and pieces"). Keywords may be the very values a rule guards (a leaked
 * password listed to be found again): masked like the examples unless --show-examples; `{{name}}` references are
 * names, not content. Patterns are shown as they are: they are how the rule looks, which is what explain is for.
 */
function looksFor(rule: CompiledRule, t: Messages['explain'], hide: (keyword: string) => string): string[] {
  const written = rule.written ?? {};
  const out = [t.looksFor];
  const shown = (list: string[]) => list.length > 30 ? `${list.slice(0, 30).join(', ')}, … (${list.length})` : list.join(', ');
  if (rule.keywords.length > 0) {
    out.push(`  ${t.keywords} ${shown(rule.keywords.map((k) => hide(k.raw)))}`);
    const w = written['keywords'] ?? written['keywords.terms'];
    if (Array.isArray(w)) out.push(`    ${t.written} ${w.map((k) => (/^\{\{[^{}]*\}\}$/.test(k.trim()) ? k : hide(k))).join(', ')}`);
  }
  rule.patterns.forEach((p, i) => {
    const w = written[`patterns.${i}.regex`] ?? written[`patterns.${i}`];
    const head = `  ${t.pattern.replace('{n}', String(i + 1)).replace('{on}', p.on)}`;
    if (typeof w === 'string') out.push(head, `    ${t.written} ${w}`, `    ${t.expanded} ${p.source}`);
    else out.push(`${head} ${p.source}`);
  });
  return out;
}
