import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDocuments } from '../src/fingerprint/register.js';
import { csvRows } from '../src/fingerprint/data-register.js';
import type { Engine } from '../src/engine/engine.js';
import { createEngine } from '../src/runtime/regex-watchdog.js';
import { scan } from '../src/scan.js';
import type { Finding } from '../src/types.js';
import { cli, tempDir } from './helpers/cli.js';
// @ts-expect-error plain ES module shared with the fixture maker and the bench
import { fold, staffCsv, staffRow } from './fixtures/data/staff.mjs';

/*
 * Registered data (issue #19): a generated staff table of 10,000 rows (name, CCCD, phone, e-mail) is registered
 * with `fingerprint add-data`; any of its values is found in a pasted prompt in each spelling variant, with the
 * row's record combination, and values not in the table are not. The store holds none of the values.
 * staff.xlsx and staff.ods come from fixtures/data/make-tables.mjs (rows 20000–20004 of the same generator).
 */
const ROWS = 10_000;
const FIXTURES = resolve(__dirname, 'fixtures/data');
const dir = tempDir('pg-data-');
const STORE = join(dir, 'staff.pgfp');
const CSV = join(dir, 'staff.csv');
const PROMPT = 'Nhờ bạn soạn giúp thư mời họp cho cán bộ sau: ';
// The built-in rules, compiled once for the many scans below (the store is opened by each scan).
let engine: Engine;

beforeAll(() => {
  engine = createEngine({});
  writeFileSync(CSV, staffCsv(ROWS));
  const r = cli(['fingerprint', 'add-data', '--store', STORE, '--label', 'staff', CSV]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('10000 rows, 40000 cells');
}, 60_000);

async function dataFindings(text: string, store = STORE): Promise<Finding[]> {
  const r = await scan({ text, engine, fingerprints: { store } });
  return r.findings.filter((f) => f.ruleId.startsWith('data.'));
}

/** The data finding of `ruleId` and the text it points at. */
function spanOf(findings: Finding[], text: string, ruleId: string): string | undefined {
  const f = findings.find((x) => x.ruleId === ruleId);
  return f && text.slice(f.start, f.end);
}

// Rows across the table: first, last and some in between.
const SAMPLE = [0, 1, 17, 999, 4321, 7777, 9998, 9999];

const group = (s: string, sizes: number[], sep: string) => {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(s.slice(at, at + n));
    at += n;
  }
  return out.join(sep);
};

const CCCD_VARIANTS: Record<string, (c: string) => string> = {
  'as registered': (c) => c,
  'with spaces': (c) => group(c, [3, 3, 3, 3], ' '),
  'with dots': (c) => group(c, [3, 3, 3, 3], '.'),
  'with dashes': (c) => group(c, [4, 4, 4], '-'),
};
const PHONE_VARIANTS: Record<string, (p: string) => string> = {
  'as registered': (p) => p,
  '+84 and groups': (p) => `+84 ${group(p.slice(1), [3, 3, 3], ' ')}`,
  '+84 without spaces': (p) => `+84${p.slice(1)}`,
  '0 with dots': (p) => group(p, [4, 3, 3], '.'),
  '(+84) and dashes': (p) => `(+84) ${group(p.slice(1), [2, 3, 4], '-')}`,
};
const NAME_VARIANTS: Record<string, (n: string) => string> = {
  'as registered': (n) => n,
  'without diacritics': (n) => fold(n),
  capitals: (n) => n.toUpperCase(),
  'capitals without diacritics': (n) => fold(n).toUpperCase(),
  NFD: (n) => n.normalize('NFD'),
  'line break inside': (n) => n.replace(' ', '\n'),
};

describe('every registered value is found in each spelling variant', () => {
  for (const i of SAMPLE) {
    const [name, cccd, phone, email] = staffRow(i) as string[];
    it(`row ${i}: CCCD`, async () => {
      for (const [variant, write] of Object.entries(CCCD_VARIANTS)) {
        const written = write(cccd);
        const text = `${PROMPT}số CCCD ${written}, cảm ơn.`;
        expect(spanOf(await dataFindings(text), text, 'data.staff.so-cccd'), variant).toBe(written);
      }
    });
    it(`row ${i}: phone`, async () => {
      for (const [variant, write] of Object.entries(PHONE_VARIANTS)) {
        const written = write(phone);
        const text = `${PROMPT}điện thoại ${written} nhé.`;
        // The span is the number as written, with its "(+84" prefix's "+" but not the parenthesis.
        expect(spanOf(await dataFindings(text), text, 'data.staff.so-dien-thoai'), variant).toBe(written.replace(/^\(/, ''));
      }
    });
    it(`row ${i}: e-mail`, async () => {
      for (const written of [email, email.toUpperCase()]) {
        // In brackets, and at the end of a sentence (the full stop is not part of the address).
        for (const text of [`${PROMPT}<${written}>`, `${PROMPT}gửi tới ${written}.`]) {
          expect(spanOf(await dataFindings(text), text, 'data.staff.email')).toBe(written);
        }
      }
    });
    it(`row ${i}: name (a warning alone)`, async () => {
      for (const [variant, write] of Object.entries(NAME_VARIANTS)) {
        const written = write(name);
        const text = `${PROMPT}${written}, phòng tổ chức.`;
        const found = await dataFindings(text);
        expect(spanOf(found, text, 'data.staff.ho-va-ten'), variant).toBe(written);
        expect(found.find((f) => f.ruleId === 'data.staff.ho-va-ten')?.severity).toBe('warn');
        expect(found.some((f) => f.ruleId === 'data.staff.record'), variant).toBe(false);
      }
    });
    it(`row ${i}: the name with another field of its row is the record (block)`, async () => {
      for (const other of [cccd, phone, email]) {
        const text = `${PROMPT}${fold(name).toUpperCase()} (${other}) — phòng tổ chức.`;
        const found = await dataFindings(text);
        const record = found.find((f) => f.ruleId === 'data.staff.record');
        expect(record?.severity).toBe('block');
        expect(text.slice(record!.start, record!.end)).toBe(`${fold(name).toUpperCase()} (${other}`);
        expect(record?.excerpt).not.toContain(other);
      }
    });
  }
});

describe('what is not registered, or not one record, is not found', () => {
  const [name, cccd, phone] = staffRow(42) as string[];
  it('values not in the table', async () => {
    // Same shapes, other values: a CCCD and a phone of rows past the table, a name with an unregistered given name.
    const [, cccdOut, phoneOut, emailOut] = staffRow(ROWS + 5) as string[];
    const text = `${PROMPT}Nguyễn Văn Zung, CCCD ${cccdOut}, ĐT ${phoneOut}, ${emailOut}; mã hồ sơ 0012345678901234.`;
    expect(await dataFindings(text)).toEqual([]);
  });
  it('a prefix or an extension of a registered number is not it', async () => {
    const text = `${PROMPT}số ${cccd.slice(0, 11)} và ${cccd}7 và ${phone.slice(0, 9)}`;
    expect(await dataFindings(text)).toEqual([]);
  });
  it('a name and a CCCD of another row are two values, not a record', async () => {
    const [, otherCccd] = staffRow(43) as string[];
    const text = `${PROMPT}${name}, CCCD ${otherCccd}`;
    const ids = (await dataFindings(text)).map((f) => f.ruleId).sort();
    expect(ids).toEqual(['data.staff.ho-va-ten', 'data.staff.so-cccd']);
  });
  it('a name and its own CCCD more than 300 characters apart are not a record', async () => {
    const far = `${PROMPT}${name}. ${'Nội dung cuộc họp được gửi kèm. '.repeat(12)}CCCD ${cccd}`;
    expect((await dataFindings(far)).map((f) => f.ruleId).sort()).toEqual(['data.staff.ho-va-ten', 'data.staff.so-cccd']);
    const near = `${PROMPT}${name}. ${'Nội dung. '.repeat(20)}CCCD ${cccd}`;
    expect((await dataFindings(near)).map((f) => f.ruleId)).toContain('data.staff.record');
  });
  it('part of a registered name, or the words of a name split by punctuation, is not the name', async () => {
    const [family, middle, given] = name.split(' ');
    const text = `${PROMPT}${middle} ${given}; ${family}, ${middle} ${given}.`;
    expect(await dataFindings(text)).toEqual([]);
  });
});

describe('the store', () => {
  it('holds none of the values (digits, e-mails, names)', () => {
    const bytes = readFileSync(STORE);
    const readings = [bytes.toString('latin1'), bytes.toString('utf8')];
    // Digit runs of 9 or more (a CCCD is 12, a phone's national number 9) in any byte reading of the file.
    const runs = readings.join('\n').match(/\d{9,}/g) ?? [];
    // Every e-mail of the table ends in this domain; their local parts are a name and a number.
    for (const r of readings) expect(r.toLowerCase()).not.toContain('@bo.gov.vn');
    // Whole names (three words), folded, wherever three words stand in a row in the file.
    const triples = new Set(readings.flatMap((r) => r.match(/\p{L}+ \p{L}+ \p{L}+/gu) ?? []).map((t) => fold(t).toLowerCase()));
    const nameWords = new Set<string>();
    for (let i = 0; i < ROWS; i++) {
      const [name, cccd, phone] = staffRow(i) as string[];
      for (const digits of [cccd, phone.slice(1)]) expect(runs.some((r) => r.includes(digits))).toBe(false);
      expect(triples.has(fold(name).toLowerCase())).toBe(false);
      for (const w of name.split(' ')) nameWords.add(w);
    }
    // Each name word of five letters or more, as written, folded, in capitals or lower case (shorter words occur
    // in random bytes by chance: the check would fail with no name in the file).
    for (const w of nameWords) {
      if ([...w].length < 5) continue;
      for (const form of new Set([w, fold(w), w.toUpperCase(), fold(w).toUpperCase(), w.toLowerCase(), fold(w).toLowerCase()])) {
        expect(bytes.includes(Buffer.from(form, 'utf8')), form).toBe(false);
      }
    }
    // The headers name the columns; they are not values.
    expect(readings[1]).toContain('so-cccd');
  });

  it('lists its tables; add-data of the same label replaces the table (a refresh); remove drops it', () => {
    const copy = join(tempDir('pg-data-'), 's.pgfp');
    writeFileSync(copy, readFileSync(STORE));
    const list = cli(['fingerprint', 'list', '--store', copy, '--format', 'json']).json();
    expect(list.dataTables.map((t: { label: string; rows: number }) => [t.label, t.rows])).toEqual([['staff', ROWS]]);
    // Refresh with the first 100 rows only: row 500 is no longer registered, row 50 still is.
    const small = join(dir, 'small.csv');
    writeFileSync(small, staffCsv(100));
    const r = cli(['fingerprint', 'add-data', '--store', copy, '--label', 'staff', small]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^replaced: data table staff: 100 rows/);
    const probe = (i: number, store: string) => {
      const p = cli(['scan', '--format', 'json', '--fingerprints', store, '-'], { input: `${PROMPT}CCCD ${staffRow(i)[1]}` });
      return p.json().findings.filter((f: Finding) => f.ruleId.startsWith('data.')).map((f: Finding) => f.ruleId);
    };
    expect(probe(50, copy)).toEqual(['data.staff.so-cccd']);
    expect(probe(500, copy)).toEqual([]);
    expect(cli(['fingerprint', 'remove', '--store', copy, 'staff']).stdout).toContain('removed: data table staff');
    expect(probe(50, copy)).toEqual([]);
    expect(cli(['fingerprint', 'verify', '--store', copy]).code).toBe(0);
  });

  it('keeps its tables when documents are added, and its documents when a table is added', async () => {
    const d = tempDir('pg-data-');
    const store = join(d, 'both.pgfp');
    const doc = Array.from({ length: 60 }, (_, i) => `Đoạn ${i} của báo cáo mật về kế hoạch nhân sự năm tới gồm nhiều nội dung quan trọng khác nhau số ${i * 13}.`).join('\n');
    writeFileSync(join(d, 'report.txt'), doc);
    await addDocuments({ store, paths: [join(d, 'report.txt')], label: 'R' });
    expect(cli(['fingerprint', 'add-data', '--store', store, '--label', 'staff', join(FIXTURES, 'staff.xlsx')]).code).toBe(0);
    await addDocuments({ store, paths: [join(d, 'report.txt')], label: 'R2' }); // already registered: nothing written
    writeFileSync(join(d, 'other.txt'), doc.replace(/báo cáo/g, 'tờ trình'));
    await addDocuments({ store, paths: [join(d, 'other.txt')], label: 'R3' });
    const [name, cccd] = staffRow(20_001) as string[];
    const r = await scan({ text: `${doc.slice(0, 2000)}\n${name} ${cccd}`, fingerprints: { store } });
    expect(r.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['fingerprint.document', 'data.staff.record', 'data.staff.so-cccd']));
  });

  it('reads XLSX and ODS tables through the document readers', async () => {
    for (const file of ['staff.xlsx', 'staff.ods']) {
      const store = join(tempDir('pg-data-'), 's.pgfp');
      const r = cli(['fingerprint', 'add-data', '--store', store, '--label', 'hr', join(FIXTURES, file)]);
      expect(r.stdout, file).toContain('5 rows, 20 cells');
      const [name, , phone, email] = staffRow(20_004) as string[];
      const text = `${PROMPT}${name}, ${email}, ${phone}`;
      const ids = (await dataFindings(text, store)).map((f) => f.ruleId).sort();
      expect(ids, file).toEqual(['data.hr.email', 'data.hr.ho-va-ten', 'data.hr.record', 'data.hr.so-dien-thoai']);
    }
  });

  it('a column it cannot classify needs --category; --columns registers only those', () => {
    const d = tempDir('pg-data-');
    const csv = join(d, 'accounts.csv');
    writeFileSync(csv, 'Họ và tên,Mã dự án,Ghi chú\nNguyễn Văn An,Bạch Đằng-7,xyz\n');
    const store = join(d, 's.pgfp');
    const no = cli(['fingerprint', 'add-data', '--store', store, '--label', 'p', csv]);
    expect(no.code).toBe(2);
    expect(no.stderr).toMatch(/--category ma-du-an=/);
    const yes = cli(['fingerprint', 'add-data', '--store', store, '--label', 'p', '--columns', 'Mã dự án', '--category', 'ma-du-an=sensitive-personal', csv]);
    expect(yes.code).toBe(0);
    expect(yes.stdout).toContain('ma-du-an (term, sensitive-personal)');
    // A term with another dash or spacing, in capitals, is still the term.
    const r = cli(['scan', '--format', 'json', '--fingerprints', store, '-'], { input: 'Dự án BACH DANG – 7 tạm dừng; Nguyễn Văn An' });
    expect(r.json().findings.filter((f: Finding) => f.ruleId.startsWith('data.')).map((f: Finding) => f.ruleId)).toEqual(['data.p.ma-du-an']);
  });

  it('a damaged data section, or a label that cannot be a rule id, stops with exit 2', () => {
    const b = Buffer.from(readFileSync(STORE));
    // A bit of every entry's row (entries are the last 16 bytes × n before the 36-byte trailer).
    const entries = JSON.parse(b.subarray(16, 16 + b.readUInt32LE(8)).toString('utf8')).data.entries;
    for (let i = b.length - 36 - entries * 16 + 8; i < b.length - 36; i += 16) b[i] ^= 0x01;
    const damaged = join(tempDir('pg-data-'), 'd.pgfp');
    writeFileSync(damaged, b);
    expect(cli(['fingerprint', 'verify', '--store', damaged]).code).toBe(2);
    const all = Array.from({ length: 40 }, (_, i) => staffRow(ROWS - 1 - i)[1]).join(' ; ');
    const r = cli(['scan', '--format', 'json', '--fingerprints', damaged, '-'], { input: all });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/registered data is damaged/);
    expect(r.stdout).toBe('');
    const bad = cli(['fingerprint', 'add-data', '--store', join(dir, 'x.pgfp'), '--label', 'staff list', CSV]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--label/);
  });
  it('a damaged word filter stops a scan of a name with exit 2 (it decides which words are looked up)', async () => {
    const b = Buffer.from(readFileSync(STORE));
    const meta = JSON.parse(b.subarray(16, 16 + b.readUInt32LE(8)).toString('utf8'));
    // The data section is the last part before the 36-byte trailer, and opens with the filter.
    const filterAt = b.length - 36 - meta.data.bytes;
    b[filterAt + 1000] ^= 0x10;
    const damaged = join(tempDir('pg-data-'), 'f.pgfp');
    writeFileSync(damaged, b);
    const name = staffRow(17)[0];
    await expect(dataFindings(`${PROMPT}${name}`, damaged)).rejects.toThrow(/registered data is damaged/);
    const r = cli(['scan', '--format', 'json', '--fingerprints', damaged, '-'], { input: `${PROMPT}${name}` });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
  it('with the key kept outside, needs it', () => {
    const d = tempDir('pg-data-');
    const store = join(d, 'k.pgfp');
    const env = { PROMPTGATE_STORE_KEY: 'correct horse battery staple 42' };
    expect(cli(['fingerprint', 'add-data', '--store', store, '--label', 'hr', join(FIXTURES, 'staff.ods')], { env }).code).toBe(0);
    const input = `${PROMPT}${staffRow(20_000)[1]}`;
    expect(cli(['scan', '--format', 'json', '--fingerprints', store, '-'], { input }).code).toBe(2);
    const r = cli(['scan', '--format', 'json', '--fingerprints', store, '-'], { input, env });
    expect(r.code).toBe(1);
    expect(r.json().findings.map((f: Finding) => f.ruleId)).toContain('data.hr.so-cccd');
  });
});

describe('the table reader of add-data', () => {
  it('cuts a CSV of several 1 MB pieces into the cells the CSV reader finds, row by row', async () => {
    // Quoted cells with separators, line breaks and "" inside; CRLF, CR and LF; blank lines; Vietnamese letters whose
    // UTF-8 bytes fall on every offset, so that piece boundaries cut quotes, CRLF pairs and letters somewhere.
    const cells = ['Nguyễn Văn An', '"Trần, Thị ""Bé"""', '"dòng 1\r\ndòng 2"', '001234567890', '', 'Đặng Hữu Phúc', '""'];
    const ends = ['\r\n', '\n', '\r', '\n\n'];
    const lines: string[] = ['Họ và tên;Ghi chú;Số CCCD'];
    for (let i = 0, size = 0; size < 2_600_000; i++) {
      lines.push([cells[i % 7], cells[(i * 3) % 7], cells[(i * 5 + 1) % 7]].join(';') + ends[i % 4] + 'x'.repeat(i % 3));
      size += lines[lines.length - 1].length;
    }
    const text = lines.join('\n') + '\n';
    const file = join(tempDir('pg-data-'), 'pieces.csv');
    writeFileSync(file, text);
    // The cells as the scan's CSV reader cuts them, by their location, quotes undone as add-data always did.
    const { extractCsv } = await import('../src/input/extract/csv.js');
    const x = extractCsv(readFileSync(file));
    const want: string[][] = [];
    for (const s of x.segments) {
      const m = /^cell ([A-Z]+)(\d+)$/.exec(s.location)!;
      let v = x.text.slice(s.start, s.end);
      if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1).replace(/""/g, '"');
      (want[Number(m[2]) - 1] ??= [])[m[1].charCodeAt(0) - 65] = v;
    }
    const got = [...csvRows(file)];
    const expected = want.filter((r) => r !== undefined).map((r) => Array.from(r, (v) => v ?? ''));
    expect(readFileSync(file).length).toBeGreaterThan(2 * 1024 * 1024);
    expect(got.length).toBe(expected.length);
    // The reader keeps a row's trailing empty cells, the segments do not: compare without them.
    const trim = (r: string[]) => {
      const c = [...r];
      while (c.length > 0 && c[c.length - 1] === '') c.pop();
      return c;
    };
    expect(got.map(trim)).toEqual(expected.map(trim));
  }, 60_000);
});
