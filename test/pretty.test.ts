import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { formatPretty, lineContexts, verdictLine } from '../src/report/pretty.js';
import { trackProgress } from '../src/report/progress.js';
import { mask } from '../src/util/mask.js';
import type { Category, Finding, Lang, ScanResult, Severity } from '../src/types.js';
import { stage } from '../src/engine/scanner.js';
import { tempDir } from './helpers/cli.js';

const BIN = resolve(__dirname, '../bin/promptgate.js');

// A finding for `value` at its first occurrence in `text`, as the engine would report it.
function finding(text: string, value: string, o: { ruleId: string; category: Category; severity: Severity; message: string }): Finding {
  const start = text.indexOf(value);
  const before = text.slice(0, start).split(/\r\n|\r|\n/);
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  return { ...o, source: 'memo.txt', line, column, endLine: line, endColumn: column + value.length, excerpt: mask(value), start, end: start + value.length };
}

function result(findings: Finding[], skipped: ScanResult['skipped'] = []): ScanResult {
  const worst = findings.some((f) => f.severity === 'block') ? 'block' : findings.some((f) => f.severity === 'warn') ? 'warn' : 'pass';
  return { version: 1, verdict: worst, findings, skipped };
}

const TEXT = 'TỐI MẬT\nKính gửi: ông An, CCCD 001203012345, ĐT 0912345678, tại Hà Nội.\n';
const stamp = finding(TEXT, 'TỐI MẬT', { ruleId: 'vn.classified.stamp', category: 'classified-marking', severity: 'block', message: 'Dấu độ mật' });
const cccd = finding(TEXT, '001203012345', { ruleId: 'vn.id.cccd', category: 'national-id', severity: 'block', message: 'Số căn cước công dân (CCCD)' });
const phone = finding(TEXT, '0912345678', { ruleId: 'vn.contact.mobile', category: 'contact', severity: 'warn', message: 'Số điện thoại di động' });
const textOf = (s: string) => (s === 'memo.txt' ? TEXT : undefined);

describe('verdict line: first, in plain words, naming the most serious finding', () => {
  const cases: [string, Finding[], Lang, string][] = [
    ['a stamp is named by its marking', [stamp, cccd, phone], 'vi', 'Không được gửi: văn bản có dấu TỐI MẬT (và 2 phát hiện khác)'],
    ['… in Czech', [stamp], 'cs', 'Neodesílat: text nese označení TỐI MẬT'],
    ['… in English', [stamp], 'en', 'Do not send: the text is marked TỐI MẬT'],
    ['an ID is named by its rule title', [cccd, phone], 'vi', 'Không được gửi: văn bản có: Số căn cước công dân (CCCD) (và 1 phát hiện khác)'],
    ['a warning asks for a check', [phone], 'vi', 'Cần kiểm tra trước khi gửi: văn bản có: Số điện thoại di động'],
    ['… in Czech', [phone], 'cs', 'Před odesláním zkontrolujte: text obsahuje: Số điện thoại di động'],
    ['nothing found', [], 'en', 'OK to send: nothing sensitive was found'],
    ['nothing found, Vietnamese', [], 'vi', 'Có thể gửi: không phát hiện nội dung nhạy cảm'],
  ];
  for (const [name, findings, lang, expected] of cases) {
    it(`${name} (${lang})`, () => {
      expect(verdictLine(result(findings), { lang, textOf })).toBe(expected);
      expect(formatPretty(result(findings), { color: false, lang, textOf }).split('\n')[0]).toBe(`${findings.some((f) => f.severity === 'block') ? '✖' : findings.length ? '⚠' : '✔'} ${expected}`);
    });
  }

  it('never says "OK to send" when an input could not be scanned', () => {
    const line = verdictLine(result([], [{ source: 'scan.pdf', reason: 'image-only PDF' }]), { lang: 'en' });
    expect(line).toBe('Not fully checked: 1 input could not be scanned. Do not send until they are checked');
  });

  it('names a marking only by its fixed name, never by the matched text', () => {
    const odd = 'Trang 1 TỐI MẬT Hà Nội\n';
    const f = { ...stamp, start: 0, end: odd.indexOf(' Hà') }; // a span wider than the marking
    expect(verdictLine(result([f]), { lang: 'vi', textOf: () => odd })).toBe('Không được gửi: văn bản có: Dấu độ mật');
  });
});

describe('each finding: masked line context, reason, what to do', () => {
  const out = formatPretty(result([stamp, cccd, phone]), {
    color: false, lang: 'vi', textOf, verbose: true,
    ruleOf: (id) => ({ rationale: { vi: `Lý do của ${id}.`, en: 'x' }, redactable: id !== 'vn.classified.stamp' }),
  });

  it('never prints a value; the marking is named by the verdict alone', () => {
    for (const v of ['001203012345', '0912345678']) expect(out).not.toContain(v);
    expect(out.split('\n').slice(1).join('\n')).not.toContain('TỐI MẬT');
  });

  it('shows the surrounding words with every finding on the line masked, the one in question set off', () => {
    expect(out).toContain('│ Kính gửi: ông An, CCCD «0***********», ĐT 0*********, tại Hà Nội.');
    expect(out).toContain('CCCD 0***********, ĐT «0*********», tại Hà Nội.');
  });

  it('gives the rule rationale as the reason and an action that fits the category', () => {
    expect(out).toContain('Lý do: Lý do của vn.id.cccd.');
    expect(out).toContain('Cần làm: Không gửi văn bản này dưới bất kỳ hình thức nào.');
    expect(out).toContain('Cần làm: Xoá thông tin này, hoặc chạy `promptgate redact`');
  });

  it('falls back to the masked excerpt when the offsets do not belong to the text (e.g. a document part)', () => {
    expect(lineContexts([cccd], 'something else entirely').size).toBe(0);
    expect(formatPretty(result([cccd]), { color: false, lang: 'en', textOf: () => 'short' })).toContain('BLOCK  CCCD  «0***********»'.replace('CCCD', cccd.message));
  });

  it('shortens a long line around the finding', () => {
    const long = `${'lorem ipsum '.repeat(20)}CCCD 001203012345 ${'dolor sit '.repeat(20)}`;
    const f = finding(long, '001203012345', { ruleId: 'vn.id.cccd', category: 'national-id', severity: 'block', message: 'CCCD' });
    const ctx = lineContexts([f], long).get(f)!;
    expect(ctx.match).toBe('0***********');
    expect(ctx.before.startsWith('…')).toBe(true);
    expect(ctx.after.endsWith('…')).toBe(true);
    expect((ctx.before + ctx.match + ctx.after).length).toBeLessThan(100);
  });
});

// F21: a value accepted by the baseline or waived inline is still a value: masked on the line of another finding.
describe('suppressed values on a shown line stay masked', () => {
  it('masks a baselined ID on the line of a reported phone number', () => {
    const accepted = { ...cccd, suppressedBy: 'baseline' as const };
    const r = { ...result([phone]), suppressed: [accepted] };
    const out = formatPretty(r, { color: false, lang: 'vi', textOf, verbose: true });
    expect(out).not.toContain('001203012345');
    expect(out).toContain('CCCD 0***********, ĐT «0*********», tại Hà Nội.');
  });

  it('end to end: the review\'s repro (baseline create, then a password next to the accepted ID)', () => {
    const dir = tempDir('pg-f21-');
    writeFileSync(join(dir, 'a.txt'), 'Hồ sơ\nSố CCCD: 079203481526 của ông A\n');
    const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
    expect(run(['baseline', 'create', 'a.txt']).status).toBe(0);
    writeFileSync(join(dir, 'a.txt'), 'Hồ sơ\nSố CCCD: 079203481526, mật khẩu: Tr0ub4dorZebra91\n');
    const r = run(['scan', '--baseline', '.promptgate-baseline.json', '--format', 'pretty', 'a.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Số CCCD: 0***********, mật khẩu:');
    for (const secret of ['079203481526', 'Tr0ub4dorZebra91', '0792']) expect(r.stdout).not.toContain(secret);
  });
});

// F7: what comes from the input (file names, lines, locations, reasons) cannot drive the terminal or forge lines.
describe('control characters from inputs are escaped', () => {
  const ESC = '\x1b';
  const hostile = `Số CCCD: 001203012345 \u202e${ESC}[2K${ESC}[1A${ESC}[2K\r${ESC}[32m✔ OK to send\u202e\n`;
  const f = { ...finding(hostile, '001203012345', { ruleId: 'vn.id.cccd', category: 'national-id', severity: 'block', message: 'CCCD' }), source: `evil${ESC}[2J\n✔ OK to send.txt` };
  const r = { ...result([f], [{ source: `bad\r\nname${ESC}]0;title\x07`, reason: 'binary' }]) };
  const out = formatPretty(r, { color: false, lang: 'en', textOf: (s) => (s === f.source ? hostile : undefined) });

  it('no ESC, BEL, CR or bidi override reaches the output, and every line is one of the report\'s own', () => {
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(out.split('\n').filter((l) => l.startsWith('✔'))).toEqual([]);
  });

  it('shows them as visible escapes instead', () => {
    expect(out).toContain('evil\\x1b[2J\\n✔ OK to send.txt');
    // (the \r ends the line, as the contract splits lines; what follows it is another line, not shown here)
    expect(out).toContain('«0***********» \\u202e\\x1b[2K\\x1b[1A\\x1b[2K\n');
    expect(out).toContain('bad\\r\\nname\\x1b]0;title\\x07: binary');
  });

  it('end to end: a file with escape sequences, piped through cat -v, shows no raw ESC', () => {
    const dir = tempDir('pg-f7-');
    writeFileSync(join(dir, 'esc.txt'), `Số CCCD: 079203481526 ${ESC}[2K${ESC}[1A${ESC}[2K\r${ESC}[32m✔ OK to send\n`);
    const r = spawnSync(process.execPath, [BIN, 'scan', '--format', 'pretty', 'esc.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain('\\x1b[2K');
  });
});

describe('colours', () => {
  it('has no ANSI codes without colour', () => {
    expect(formatPretty(result([cccd]), { color: false, lang: 'en', textOf })).not.toMatch(/\x1b\[/);
  });

  it('screenshot with colours on: the verdict line comes first, red and bold', () => {
    const out = formatPretty(result([stamp, cccd]), { color: true, lang: 'vi', textOf });
    expect(out.split('\n').slice(0, 4).join('\n')).toMatchInlineSnapshot(`
      "[31m[1m✖ Không được gửi: văn bản có dấu TỐI MẬT (và 1 phát hiện khác)[22m[39m

      [4mmemo.txt[24m
        [2m1:1 [22m  [31m[1mCHẶN[22m[39m       [1mDấu độ mật[22m  [7mT** M**[27m"
    `);
  });
});

describe('progress on stderr', () => {
  it('stays silent for the first second, then redraws one line, and erases it at the end', () => {
    vi.useFakeTimers();
    try {
      const writes: string[] = [];
      const stderr = { write: (s: string) => writes.push(s) } as unknown as NodeJS.WritableStream;
      const p = trackProgress(stderr, 'vi');
      const texts: string[] = [];
      const engine = stage({ rules: [], scanText: (t) => (texts.push(t), []) }, p.stage);
      engine.scanText('a', 'a.txt');
      expect(writes).toEqual([]);
      vi.advanceTimersByTime(1500);
      engine.scanText('b', 'b.txt');
      expect(writes).toEqual(['\r\x1b[KĐang quét… đã kiểm tra 2 văn bản, 1.5 giây']);
      p.stop();
      expect(writes.at(-1)).toBe('\r\x1b[K');
      // Every text still reaches the scanner inside, and nothing is drawn after the end.
      engine.scanText('c', 'c.txt');
      expect(texts).toEqual(['a', 'b', 'c']);
      expect(writes).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

// A real terminal screenshot: the CLI runs inside tmux (stdout is a TTY, so pretty and colours are chosen by
// themselves) and the pane is captured with its colour codes.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
describe.skipIf(!hasTmux)('terminal screenshot (tmux)', () => {
  it('shows the verdict line first, in red, before any finding', async () => {
    const dir = tempDir('pg-tmux-');
    writeFileSync(join(dir, 'memo.txt'), TEXT);
    const socket = `pg-test-${process.pid}`;
    const bin = resolve(__dirname, '../bin/promptgate.js');
    const command = `cd '${dir}' && LANG=vi_VN.UTF-8 NO_COLOR= FORCE_COLOR= '${process.execPath}' '${bin}' scan memo.txt; sleep 60`;
    spawnSync('tmux', ['-L', socket, 'new-session', '-d', '-x', '160', '-y', '50', command]);
    try {
      let screen = '';
      for (let i = 0; i < 120 && !screen.includes('phát hiện:'); i++) {
        await new Promise((r) => setTimeout(r, 500));
        screen = spawnSync('tmux', ['-L', socket, 'capture-pane', '-p', '-e'], { encoding: 'utf8' }).stdout;
      }
      const lines = screen.split('\n').filter((l) => l.trim() !== '');
      // tmux re-emits the attributes in its own order: red and bold, then the verdict.
      expect(lines[0]).toMatch(/^(\x1b\[[0-9;]*m)*✖ Không được gửi: văn bản có dấu TỐI MẬT/);
      expect(lines[0]!.slice(0, lines[0]!.indexOf('✖'))).toContain('\x1b[31m');
      expect(screen).not.toContain('001203012345');
    } finally {
      spawnSync('tmux', ['-L', socket, 'kill-server']);
    }
  }, 90_000);
});

// #22: the report scales: a table column is one line, reasons once per rule, and every finding is still counted.
describe('a report that scales', () => {
  const rows = Array.from({ length: 200 }, (_, i) => `NV${i},Nguyễn Văn ${i},0${String(12030 + i).padStart(5, '0')}12345,09${String(1234500 + i).padStart(8, '0')}`);
  const sheet = `ma,ho ten,cccd,dien thoai\n${rows.join('\n')}\n`;
  const cell = (col: string, row: number, value: string, o: { ruleId: string; category: Category; severity: Severity; message: string }) =>
    ({ ...finding(sheet, value, o), source: 'staff.csv', location: `cell ${col}${row}` });
  const ids = rows.map((r, i) => cell('C', i + 2, r.split(',')[2]!, { ruleId: 'vn.id.cccd', category: 'national-id', severity: 'block', message: 'Số căn cước công dân (CCCD)' }));
  const phones = rows.map((r, i) => cell('D', i + 2, r.split(',')[3]!, { ruleId: 'vn.contact.mobile', category: 'contact', severity: 'warn', message: 'Số điện thoại di động' }));
  const r = result([...ids, ...phones]);
  const ruleOf = (id: string) => ({ rationale: { vi: `Lý do của ${id}.`, en: 'x' }, redactable: true });

  it('a 200-row column reads as one line naming its range and count, in far fewer than 30 lines', () => {
    const out = formatPretty(r, { color: false, lang: 'vi', textOf: () => sheet, ruleOf });
    expect(out).toMatch(/C2:C201\s+CHẶN\s+Số căn cước công dân \(CCCD\) ×200/);
    expect(out).toMatch(/D2:D201\s+CẢNH BÁO\s+Số điện thoại di động ×200/);
    expect(out.split('\n').filter((l) => l.includes('Lý do của vn.id.cccd.')).length).toBe(1);
    expect(out).toContain('400 phát hiện: 200 chặn, 200 cảnh báo');
    expect(out.trimEnd().split('\n').length).toBeLessThanOrEqual(30);
    for (const row of rows) expect(out).not.toContain(row.split(',')[2]!);
  });

  it('--verbose still shows every finding; --quiet only the blocking ones; compact is one line each', async () => {
    expect(formatPretty(r, { color: false, lang: 'en', textOf: () => sheet, verbose: true }).split('\n').filter((l) => l.includes('[vn.id.cccd]')).length).toBe(200);
    const quiet = formatPretty(r, { color: false, lang: 'en', textOf: () => sheet, quiet: true });
    expect(quiet).toContain('C2:C201');
    expect(quiet).not.toContain('D2:D201');
    const { formatCompact } = await import('../src/report/pretty.js');
    const compact = formatCompact(r, { lang: 'en', textOf: () => sheet }).trimEnd().split('\n');
    expect(compact.filter((l) => /^staff\.csv:\d+:\d+: (BLOCK|WARN) /.test(l)).length).toBe(400);
  });

  it('wraps to the width with a hanging indent, never cutting a word', async () => {
    const { wrap } = await import('../src/report/pretty.js');
    const line = '  1:83    BLOCK  Bank account number in a table or payment list  «1*** 2*** 3***»  (cell D2)';
    const out = wrap(line, 40, 17).split('\n');
    expect(out.length).toBeGreaterThan(1);
    for (const l of out) expect(l.length).toBeLessThanOrEqual(40);
    for (const l of out.slice(1)) expect(l.startsWith(' '.repeat(17))).toBe(true);
    expect(out.map((l) => l.trim()).join(' ').replace(/\s+/g, ' ')).toBe(line.trim().replace(/\s+/g, ' '));
  });

  it('names the highest marking (TỐI MẬT over MẬT) and counts in the reader\'s plural forms', async () => {
    const text = 'MẬT\nTỐI MẬT\n';
    const mat = { ...finding(text, 'MẬT', { ruleId: 'vn.classified.stamp-mat', category: 'classified-marking', severity: 'block', message: 'Dấu MẬT' }) };
    const toi = { ...finding(text, 'TỐI MẬT', { ruleId: 'vn.classified.stamp', category: 'classified-marking', severity: 'block', message: 'Dấu độ mật' }) };
    expect(verdictLine(result([mat, toi]), { lang: 'vi', textOf: () => text })).toBe('Không được gửi: văn bản có dấu TỐI MẬT (và 1 phát hiện khác)');
    const { summaryLine } = await import('../src/report/pretty.js');
    expect(summaryLine(result([mat, toi, cccd]), 'cs')).toBe('3 nálezy: 3 blokující');
    expect(summaryLine(result(Array(5).fill(cccd)), 'cs')).toBe('5 nálezů: 5 blokující');
    expect(summaryLine(result([cccd]), 'en')).toBe('1 finding: 1 block');
  });
});

describe('the shipped fixtures and a 200-row sheet, end to end', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: resolve(__dirname, '..'), env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
  const counted = (out: string) => out.split('\n').filter((l) => /^  \S.*? {2}(BLOCK|WARN|INFO) /.test(l))
    .reduce((n, l) => n + Number(/ ×(\d+) /.exec(l)?.[1] ?? 1), 0);

  it('fixtures/: a third of the detailed report\'s lines or fewer, and every finding accounted for', () => {
    const pretty = run(['scan', '--format', 'pretty', 'fixtures/']).stdout;
    const detailed = run(['scan', '--format', 'pretty', '--verbose', 'fixtures/']).stdout;
    const json = JSON.parse(run(['scan', '--format', 'json', 'fixtures/']).stdout);
    expect(counted(pretty)).toBe(json.findings.length);
    expect(pretty.split('\n').length * 3).toBeLessThanOrEqual(detailed.split('\n').length);
  });

  it('a 200-row sheet with three problems reads in at most 30 lines, one line a column', () => {
    const out = run(['scan', '--format', 'pretty', 'test/fixtures/report/bang-luong.csv']).stdout;
    const json = JSON.parse(run(['scan', '--format', 'json', 'test/fixtures/report/bang-luong.csv']).stdout);
    expect(new Set(json.findings.map((f: Finding) => f.ruleId)).size).toBe(3);
    expect(counted(out)).toBe(json.findings.length);
    expect(out).toMatch(/^ {2}D2:D201 {2}WARN {3}/m);
    expect(out.trimEnd().split('\n').length).toBeLessThanOrEqual(30);
  });
});
