import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, Lang, ScanResult } from '../types.js';

export interface PrettyOptions {
  color: boolean;
  lang: Lang;
}

const T = {
  en: {
    block: 'Do not send: the text contains material that must not leave the organisation',
    warn: 'Check before sending: the text contains material to review',
    pass: 'OK to send: nothing sensitive was found',
    skipped: 'Not scanned',
    summary: (f: number, b: number, w: number, s: number) => `${f} finding(s): ${b} block, ${w} warn; ${s} input(s) not scanned`,
    severity: { block: 'BLOCK', warn: 'WARN', info: 'INFO' },
    incomplete: 'The scan is incomplete: some inputs could not be checked (see above). Do not treat this as a pass.',
  },
  vi: {
    block: 'Không được gửi: văn bản có nội dung không được đưa ra ngoài cơ quan',
    warn: 'Cần kiểm tra trước khi gửi: văn bản có nội dung cần xem lại',
    pass: 'Có thể gửi: không phát hiện nội dung nhạy cảm',
    skipped: 'Không quét được',
    summary: (f: number, b: number, w: number, s: number) => `${f} phát hiện: ${b} chặn, ${w} cảnh báo; ${s} đầu vào không quét được`,
    severity: { block: 'CHẶN', warn: 'CẢNH BÁO', info: 'THÔNG TIN' },
    incomplete: 'Kết quả chưa đầy đủ: có đầu vào không kiểm tra được (xem ở trên). Không coi đây là kết quả an toàn.',
  },
  cs: {
    block: 'Neodesílat: text obsahuje údaje, které nesmí opustit úřad',
    warn: 'Před odesláním zkontrolujte: text obsahuje údaje k posouzení',
    pass: 'Lze odeslat: nic citlivého nebylo nalezeno',
    skipped: 'Neprověřeno',
    summary: (f: number, b: number, w: number, s: number) => `${f} nález(y): ${b} blokující, ${w} varování; ${s} vstup(y) neprověřeny`,
    severity: { block: 'BLOKOVAT', warn: 'VAROVÁNÍ', info: 'INFO' },
    incomplete: 'Kontrola je neúplná: některé vstupy nebylo možné prověřit (viz výše). Nepovažujte to za čistý výsledek.',
  },
} as const;

/** The report for a person: the verdict first, then findings grouped by source, then a one-line summary. */
export function formatPretty(r: ScanResult, opts: PrettyOptions): string {
  const c: ChalkInstance = new Chalk({ level: opts.color ? 1 : 0 });
  const t = T[opts.lang];
  const out: string[] = [];
  const verdictLine = r.verdict === 'block' ? c.red.bold(`✖ ${t.block}`) : r.verdict === 'warn' ? c.yellow.bold(`⚠ ${t.warn}`) : c.green.bold(`✔ ${t.pass}`);
  out.push(verdictLine);
  const bySource = new Map<string, Finding[]>();
  for (const f of r.findings) {
    let l = bySource.get(f.source);
    if (!l) bySource.set(f.source, (l = []));
    l.push(f);
  }
  for (const [source, list] of bySource) {
    out.push('', c.underline(source));
    for (const f of list) {
      const sev = f.severity === 'block' ? c.red(t.severity.block) : f.severity === 'warn' ? c.yellow(t.severity.warn) : c.dim(t.severity.info);
      const where = `${f.line}:${f.column}`;
      out.push(`  ${c.dim(where.padEnd(8))} ${sev}  ${f.message}  ${c.dim(`[${f.category}]`)}`);
      out.push(`  ${' '.repeat(8)} ${c.bold(f.excerpt)}${f.location ? c.dim(`  (${f.location})`) : ''}  ${c.dim(f.ruleId)}`);
    }
  }
  if (r.skipped.length > 0) {
    out.push('', c.magenta.bold(t.skipped));
    for (const s of r.skipped) out.push(`  ${s.source}: ${s.reason}`);
  }
  const blocks = r.findings.filter((f) => f.severity === 'block').length;
  const warns = r.findings.filter((f) => f.severity === 'warn').length;
  out.push('', c.dim(t.summary(r.findings.length, blocks, warns, r.skipped.length)));
  if (r.skipped.length > 0) out.push(c.magenta(t.incomplete));
  return out.join('\n') + '\n';
}
