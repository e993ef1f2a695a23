import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

// `promptgate scan …` and `promptgate clip …` register only their own command (cli/commands/index.ts STANDALONE);
// a line that starts with an option registers every command. Help, usage errors and suggestions must not differ.
describe('a command line that starts with a standalone command', () => {
  const cases = [
    ['scan', '--help'],
    ['scan', '--bogus'],
    ['scan', '--formt', 'json', 'x'],
    ['scan', '--format', 'xml', 'x'],
    ['scan', '--fail-on', 'nope', '-'],
    ['clip', '--help'],
    ['clip', '--bogus'],
  ];
  for (const args of cases) {
    it(`${args.join(' ')}: the same output and exit code as with every command registered`, () => {
      const alone = cli([...args, '--lang', 'cs'], { env: { PROMPTGATE_NO_SERVER: '1' } });
      const all = cli(['--lang', 'cs', ...args], { env: { PROMPTGATE_NO_SERVER: '1' } });
      expect(alone.stdout + alone.stderr).not.toBe('');
      expect({ code: alone.code, stdout: alone.stdout, stderr: alone.stderr }).toEqual({ code: all.code, stdout: all.stdout, stderr: all.stderr });
    });
  }
});
