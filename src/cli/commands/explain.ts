import type { Command } from 'commander';
import type { CommandContext } from './index.js';
import { loadForAuthoring, ruleOptions, type RuleCommandFlags } from './rules.js';

export function registerExplain(program: Command, { io, setExit }: CommandContext): void {
  ruleOptions(program.command('explain'))
    .description('what a rule looks for and why, its examples, and how to add an exception')
    .argument('<ruleId>', 'the id of a rule, as shown in findings and by `promptgate rules list`')
    .action(async (ruleId: string, flags: RuleCommandFlags) => {
      const [{ UsageError }, { closest }, { localize }, { pickLang }] = await Promise.all([
        import('../../errors.js'), import('../../rules/suggest.js'), import('../../util/localize.js'), import('../io.js')]);
      const rules = await loadForAuthoring([], flags, io);
      const rule = rules.find((r) => r.id === ruleId);
      if (!rule) {
        const g = closest(ruleId, rules.map((r) => r.id));
        throw new UsageError(`there is no rule \`${ruleId}\`${g ? `; did you mean \`${g}\`?` : ''} (see \`promptgate rules list\`)`);
      }
      const lang = pickLang(undefined, io.env);
      const all = (v: typeof rule.title) => typeof v === 'string' ? [v] : (['vi', 'cs', 'en'] as const).filter((l) => v[l]).map((l) => `${l}: ${v[l]}`);
      const out = [
        `${rule.id} — ${localize(rule.title, lang)}`,
        '',
        'Title:', ...all(rule.title).map((t) => `  ${t}`),
        'Why it matters:', ...all(rule.rationale).map((t) => `  ${t}`),
        ...(rule.regulation ? ['Regulation:', ...all(rule.regulation).map((t) => `  ${t}`)] : []),
        `Category: ${rule.category}`,
        `Severity: ${rule.severity}${rule.enabled ? '' : ' (disabled by the config file)'}`,
        `Defined in: ${rule.source.file}:${rule.source.line}`,
        '',
        'Examples that are found:', ...rule.examples.match.map((e) => `  ${JSON.stringify(e)}`),
        'Examples that are not found:', ...rule.examples.noMatch.map((e) => `  ${JSON.stringify(e)}`),
        '',
        'To add an exception (a value that is never a finding), put this in .promptgate.yaml:',
        '  overrides:',
        `    ${rule.id}:`,
        '      exceptions:',
        '        values: ["the harmless value"]     # or patterns: [\'regex on the found value\']',
        'To lower it to a warning: `severity: warn` there; to switch it off: `enabled: false`.',
        `To add keywords or exceptions in a rule file instead: \`- extends: ${rule.id}\` (see rules/README.md).`,
      ];
      io.stdout.write(`${out.join('\n')}\n`);
      setExit(0);
    });
}
