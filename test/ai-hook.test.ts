import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hookCommand, readPayload, withHook } from '../src/cli/commands/ai-hook-run.js';
import { BIN, cli, tempDir } from './helpers/cli.js';

const SECRET_PROMPT = 'Tóm tắt hồ sơ sau:\nÔng Nguyễn Văn An, số CCCD 001203012345, quê Nam Định.';
const CLEAN_PROMPT = 'Viết giúp tôi một thông cáo báo chí về lễ hội hoa đào.';
const payload = (prompt: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ session_id: 's1', cwd: '/tmp', hook_event_name: 'UserPromptSubmit', prompt, ...extra });

describe('reading hook payloads', () => {
  const cases: [string, string, string | null][] = [
    ['a Claude Code payload', payload('hi'), null],
    ['a Cursor payload with attachments', JSON.stringify({ prompt: 'hi', attachments: [{ type: 'file', file_path: 'a.txt' }, { type: 'file', filePath: 'b.txt' }] }), null],
    ['empty input', '', 'empty input'],
    ['not JSON', '{prompt: hi', 'not JSON'],
    ['a JSON list', '[1]', 'not a JSON object'],
    ['no prompt', JSON.stringify({ session_id: 's' }), 'no "prompt" text field'],
    ['a prompt that is not text', JSON.stringify({ prompt: 42 }), 'no "prompt" text field'],
    ['an attachment without a path', JSON.stringify({ prompt: 'x', attachments: [{ type: 'file' }] }), 'an attachment has no file path'],
  ];
  for (const [name, raw, error] of cases) {
    it(`${name} → ${error ?? 'read'}`, () => {
      const r = readPayload(raw);
      if (error) expect(r).toEqual({ error });
      else expect('prompt' in r && r.prompt).toBe('hi');
    });
  }
  it('collects Cursor attachments (both spellings of the path key)', () => {
    expect(readPayload(JSON.stringify({ prompt: '', attachments: [{ file_path: 'a' }, { filePath: 'b' }] }))).toEqual({ prompt: '', attachments: ['a', 'b'] });
  });
});

describe('the hook end to end: answers in each assistant\'s form', () => {
  it('Claude Code: a prompt with a citizen ID is blocked with exit 2 and the reason on stderr, masked', () => {
    const r = cli(['scan', '--input-format', 'claude-code'], { input: payload(SECRET_PROMPT), env: { LANG: 'vi_VN.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      'promptgate đã chặn nội dung này.',
      'Không được gửi: văn bản có: Số căn cước công dân / số định danh cá nhân (CCCD)',
      '- Số căn cước công dân / số định danh cá nhân (CCCD) (dòng 2): 0***********',
    ]);
    expect(r.stderr).not.toContain('001203012345');
    // Advice that can be followed from inside the assistant, not "run `promptgate redact`" (D-M5).
    expect(r.stderr).toContain('Hãy bỏ các giá trị này khỏi câu lệnh');
    expect(r.stderr).not.toContain('chạy `promptgate redact`');
  });

  it('Claude Code: a clean prompt passes silently (exit 0, nothing added to the model context)', () => {
    const r = cli(['scan', '--input-format', 'claude-code'], { input: payload(CLEAN_PROMPT) });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('Gemini CLI: a clean prompt gets JSON only on stdout; a secret one exit 2', () => {
    const ok = cli(['scan', '--input-format', 'gemini-cli'], { input: payload(CLEAN_PROMPT, { hook_event_name: 'BeforeAgent' }) });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({});
    const no = cli(['scan', '--input-format', 'gemini-cli'], { input: payload(SECRET_PROMPT, { hook_event_name: 'BeforeAgent' }), env: { LANG: 'cs_CZ.UTF-8' } });
    expect(no.code).toBe(2);
    expect(no.stderr).toContain('promptgate tento prompt zablokoval.');
  });

  it('Cursor: {"continue": false, "user_message": …} for a secret prompt, and an attached file is checked too', () => {
    const dir = tempDir('pg-cursor-');
    writeFileSync(join(dir, 'notes.txt'), 'TỐI MẬT\nKế hoạch công tác năm 2026\n');
    const r = cli(['scan', '--input-format', 'cursor'], {
      cwd: dir, input: JSON.stringify({ hook_event_name: 'beforeSubmitPrompt', prompt: 'Summarise the attached file', attachments: [{ type: 'file', file_path: 'notes.txt' }] }),
    });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.continue).toBe(false);
    expect(doc.user_message).toContain('Do not send: the text is marked TỐI MẬT');
    expect(doc.user_message).toContain('notes.txt');
  });

  it('Cursor: a clean prompt continues', () => {
    const r = cli(['scan', '--input-format', 'cursor'], { input: JSON.stringify({ prompt: CLEAN_PROMPT, attachments: [] }) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ continue: true });
  });

  // Fail closed: whatever goes wrong, the prompt is blocked with a message that says so.
  const malformed: [string, string, string][] = [
    ['claude-code', 'this is not json', 'the hook input from Claude Code could not be read (not JSON)'],
    ['gemini-cli', JSON.stringify({ llm_request: {} }), 'the hook input from Gemini CLI could not be read (no "prompt" text field)'],
    ['cursor', '', 'the hook input from Cursor could not be read (empty input)'],
  ];
  for (const [assistant, raw, message] of malformed) {
    it(`${assistant}: a malformed payload is blocked, exit 2, with a clear message`, () => {
      const r = cli(['scan', '--input-format', assistant], { input: raw });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      if (assistant === 'cursor') expect(JSON.parse(r.stdout).continue).toBe(false);
    });
  }

  it('an attachment that cannot be read blocks the prompt', () => {
    const r = cli(['scan', '--input-format', 'cursor'], { cwd: tempDir(), input: JSON.stringify({ prompt: CLEAN_PROMPT, attachments: [{ file_path: 'gone.txt' }] }) });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).continue).toBe(false);
  });

  it('an invalid rule set blocks the prompt too', () => {
    const r = cli(['scan', '--input-format', 'claude-code', '--rules', 'no/such/rules.yaml'], { input: payload(CLEAN_PROMPT) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('promptgate blocked this prompt: the check could not be completed');
  });
});

describe('hook ai <assistant>: installing into the settings', () => {
  it('adds a UserPromptSubmit hook to .claude/settings.json, keeps what is there, and is idempotent', () => {
    const dir = tempDir('pg-claude-');
    mkdirSync(join(dir, '.claude'));
    writeFileSync(join(dir, '.claude/settings.json'), JSON.stringify({ permissions: { allow: ['Bash(ls)'] }, hooks: { Stop: [{ hooks: [{ type: 'command', command: 'echo bye' }] }] } }));
    const r = cli(['hook', 'ai', 'claude-code'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Installed the promptgate prompt check for Claude Code');
    const doc = JSON.parse(readFileSync(join(dir, '.claude/settings.json'), 'utf8'));
    expect(doc.permissions).toEqual({ allow: ['Bash(ls)'] });
    expect(doc.hooks.Stop).toHaveLength(1);
    expect(doc.hooks.UserPromptSubmit).toHaveLength(1);
    expect(doc.hooks.UserPromptSubmit[0].hooks[0]).toMatchObject({ type: 'command' });
    expect(doc.hooks.UserPromptSubmit[0].hooks[0].command).toMatch(/promptgate\.js"? scan --input-format claude-code; pg_rc=\$\?; /);
    // The settings file may be committed: the install says that the absolute path works on this machine only.
    expect(r.stderr).toContain('Warning: the hook runs promptgate by its absolute path on this machine');
    expect(r.stderr).toContain('.claude/settings.local.json');
    const again = cli(['hook', 'ai', 'claude-code'], { cwd: dir });
    expect(again.stdout).toContain('already');
    expect(JSON.parse(readFileSync(join(dir, '.claude/settings.json'), 'utf8')).hooks.UserPromptSubmit).toHaveLength(1);
  });

  it('never rewrites a settings file it cannot read', () => {
    const dir = tempDir('pg-gemini-');
    mkdirSync(join(dir, '.gemini'));
    writeFileSync(join(dir, '.gemini/settings.json'), '{ "theme": "dark", ');
    const r = cli(['hook', 'ai', 'gemini-cli'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, '.gemini/settings.json'), 'utf8')).toBe('{ "theme": "dark", ');
  });

  it('--print shows the snippet and writes nothing', () => {
    const dir = tempDir('pg-print-');
    const r = cli(['hook', 'ai', 'cursor', '--print', '--npx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, '.cursor'))).toBe(false);
    const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    expect(json).toEqual({ version: 1, hooks: { beforeSubmitPrompt: [{ command: hookCommand('cursor', true), failClosed: true }] } });
    expect(json.hooks.beforeSubmitPrompt[0].command).toMatch(/^npx --no-install promptgate scan --input-format cursor; /);
    expect(r.stderr).toBe(''); // --npx: no absolute path to warn about
  });

  it('writes the documented shapes for Gemini CLI (BeforeAgent) and Cursor (beforeSubmitPrompt)', () => {
    const g = withHook('gemini-cli', {}, 'pg').doc as any;
    expect(g.hooks.BeforeAgent[0].hooks[0]).toMatchObject({ type: 'command', command: 'pg', name: 'promptgate' });
    const c = withHook('cursor', { version: 1, hooks: { stop: [{ command: 'x' }] } }, 'pg --input-format cursor').doc as any;
    expect(c.hooks.stop).toEqual([{ command: 'x' }]);
    expect(c.hooks.beforeSubmitPrompt).toEqual([{ command: 'pg --input-format cursor', failClosed: true }]);
  });
});

// D-H4: the assistants send the prompt on any exit code but 2, so a hook that cannot start must still block.
describe.skipIf(process.platform === 'win32')('the installed hook command fails closed when promptgate cannot start', () => {
  const sh = (command: string, input: string) => spawnSync('sh', ['-c', command], { input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, LANG: 'en_US.UTF-8' } });
  const installed = (assistant: 'claude-code' | 'gemini-cli' | 'cursor') => {
    const dir = tempDir('pg-guard-');
    const r = cli(['hook', 'ai', assistant, '--print'], { cwd: dir });
    const doc = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    const event = { 'claude-code': 'UserPromptSubmit', 'gemini-cli': 'BeforeAgent', cursor: 'beforeSubmitPrompt' }[assistant];
    const entry = doc.hooks[event][0];
    return (entry.hooks ? entry.hooks[0].command : entry.command) as string;
  };

  it.each(['claude-code', 'gemini-cli'] as const)('%s: works as installed; with promptgate moved or node missing the prompt is blocked (exit 2, message)', (assistant) => {
    const command = installed(assistant);
    expect(command).toContain(BIN);
    expect(sh(command, payload(CLEAN_PROMPT)).status).toBe(0);
    expect(sh(command, payload(SECRET_PROMPT)).status).toBe(2);
    const moved = sh(command.split(BIN).join(join(tempDir('pg-gone-'), 'bin', 'promptgate.js')), payload(CLEAN_PROMPT));
    expect(moved.status).toBe(2);
    expect(moved.stderr).toMatch(/promptgate blocked this prompt: the check could not start \(.*promptgate\.js, exit 1\)\. Nothing was sent\. Reinstall the hook: promptgate hook ai /);
    const noNode = sh(command.split(process.execPath).join('/nonexistent/node'), payload(CLEAN_PROMPT));
    expect(noNode.status).toBe(2);
    expect(noNode.stderr).toContain('exit 127). Nothing was sent.');
  });

  it('cursor: the guard also answers {"continue": false} on stdout', () => {
    const moved = sh(installed('cursor').split(BIN).join('/nonexistent/promptgate.js'), payload(CLEAN_PROMPT));
    expect(moved.status).toBe(2);
    expect(JSON.parse(moved.stdout)).toEqual({ continue: false, user_message: expect.stringContaining('the check could not start (/nonexistent/promptgate.js, exit 1)') });
  });

  it('the message is in the language of the install, and a path with quotes and dollars stays inert', () => {
    expect(hookCommand('claude-code', false, 'vi')).toContain('promptgate đã chặn nội dung này: không khởi động được bước kiểm tra');
    const r = sh(hookCommand('gemini-cli', true, 'cs').replace('npx --no-install promptgate', 'false'), payload(CLEAN_PROMPT));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('kontrolu nešlo spustit (npx --no-install promptgate, návratový kód 1)');
  });

  it('an older unguarded hook is replaced in place on the next install', () => {
    const dir = tempDir('pg-upgrade-');
    mkdirSync(join(dir, '.claude'));
    const old = `${process.execPath} ${BIN} scan --input-format claude-code`;
    writeFileSync(join(dir, '.claude/settings.json'), JSON.stringify({ hooks: { UserPromptSubmit: [{ hooks: [{ type: 'command', command: old }] }] } }));
    expect(cli(['hook', 'ai', 'claude-code'], { cwd: dir }).code).toBe(0);
    const list = JSON.parse(readFileSync(join(dir, '.claude/settings.json'), 'utf8')).hooks.UserPromptSubmit;
    expect(list).toHaveLength(1);
    expect(list[0].hooks[0].command).toBe(hookCommand('claude-code'));
  });
});
