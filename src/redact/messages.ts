import { fill, plural, type PluralForms } from '../i18n/index.js';
import type { Category, Finding, Lang } from '../types.js';

/** What `redact` and `restore` tell a person, in the three languages of the pretty report. */
const T = {
  en: {
    refused: 'Not redacted: this text must not be sent at all, not even with parts cut out. Nothing was printed.',
    why: {
      'classified-marking': 'It carries a security classification marking: the whole document is classified, whatever is cut out of it.',
      fingerprint: 'It contains text copied from a document registered as confidential: the document itself must stay inside.',
      other: 'It contains material whose rule says it cannot be redacted away.',
    },
    unverified: 'Not redacted: the redacted text would still be stopped by the scan (a rule matches after redaction). Nothing was printed. Report this to whoever maintains the rules.',
    kept: { one: '{n} finding below the failing severity cannot be redacted and was left in the text:', few: '{n} findings below the failing severity cannot be redacted and were left in the text:', many: '{n} findings below the failing severity cannot be redacted and were left in the text:', other: '{n} findings below the failing severity cannot be redacted and were left in the text:' },
    replaced: { one: '{n} place replaced by {placeholders}.', few: '{n} places replaced by {placeholders}.', many: '{n} places replaced by {placeholders}.', other: '{n} places replaced by {placeholders}.' },
    placeholders: { one: '{n} placeholder', few: '{n} placeholders', many: '{n} placeholders', other: '{n} placeholders' },
    noMap: 'No --map was given: the placeholders cannot be put back later.',
    restored: { one: '{n} placeholder put back.', few: '{n} placeholders put back.', many: '{n} placeholders put back.', other: '{n} placeholders put back.' },
    unknown: (list: string) => `Not in the map, left as they are: ${list}`,
  },
  vi: {
    refused: 'Không che được: văn bản này hoàn toàn không được gửi đi, kể cả khi đã cắt bớt. Không có nội dung nào được in ra.',
    why: {
      'classified-marking': 'Văn bản mang dấu độ mật: cả văn bản là bí mật, dù cắt bỏ phần nào.',
      fingerprint: 'Văn bản chứa nội dung sao chép từ tài liệu đã đăng ký là mật: bản thân tài liệu không được đưa ra ngoài.',
      other: 'Văn bản chứa nội dung mà quy tắc quy định là không thể che đi.',
    },
    unverified: 'Không che được: văn bản sau khi che vẫn bị phép quét chặn (một quy tắc vẫn khớp). Không có nội dung nào được in ra. Hãy báo cho người quản lý quy tắc.',
    kept: { one: '{n} phát hiện dưới mức chặn không che được và được giữ nguyên trong văn bản:', few: '{n} phát hiện dưới mức chặn không che được và được giữ nguyên trong văn bản:', many: '{n} phát hiện dưới mức chặn không che được và được giữ nguyên trong văn bản:', other: '{n} phát hiện dưới mức chặn không che được và được giữ nguyên trong văn bản:' },
    replaced: { one: 'Đã thay {n} vị trí bằng {placeholders}.', few: 'Đã thay {n} vị trí bằng {placeholders}.', many: 'Đã thay {n} vị trí bằng {placeholders}.', other: 'Đã thay {n} vị trí bằng {placeholders}.' },
    placeholders: { one: '{n} ký hiệu thay thế', few: '{n} ký hiệu thay thế', many: '{n} ký hiệu thay thế', other: '{n} ký hiệu thay thế' },
    noMap: 'Không có --map: sau này không thể khôi phục các giá trị gốc.',
    restored: { one: 'Đã khôi phục {n} ký hiệu thay thế.', few: 'Đã khôi phục {n} ký hiệu thay thế.', many: 'Đã khôi phục {n} ký hiệu thay thế.', other: 'Đã khôi phục {n} ký hiệu thay thế.' },
    unknown: (list: string) => `Không có trong tệp ánh xạ, giữ nguyên: ${list}`,
  },
  cs: {
    refused: 'Neanonymizováno: tento text se nesmí odeslat vůbec, ani s vyjmutými částmi. Nic nebylo vypsáno.',
    why: {
      'classified-marking': 'Nese označení stupně utajení: utajovaný je celý dokument, ať se z něj vyjme cokoli.',
      fingerprint: 'Obsahuje text zkopírovaný z dokumentu evidovaného jako důvěrný: dokument sám musí zůstat uvnitř.',
      other: 'Obsahuje údaje, které podle svého pravidla nelze anonymizovat.',
    },
    unverified: 'Neanonymizováno: upravený text by kontrola stále zastavila (po úpravě se shoduje některé pravidlo). Nic nebylo vypsáno. Nahlaste to správci pravidel.',
    kept: { one: '{n} nález pod blokující úrovní nelze anonymizovat a zůstal v textu:', few: '{n} nálezy pod blokující úrovní nelze anonymizovat a zůstaly v textu:', many: '{n} nálezu pod blokující úrovní nelze anonymizovat a zůstalo v textu:', other: '{n} nálezů pod blokující úrovní nelze anonymizovat a zůstalo v textu:' },
    replaced: { one: 'Nahrazeno {n} místo {placeholders}.', few: 'Nahrazena {n} místa {placeholders}.', many: 'Nahrazeno {n} místa {placeholders}.', other: 'Nahrazeno {n} míst {placeholders}.' },
    placeholders: { one: '{n} zástupnou značkou', few: '{n} zástupnými značkami', many: '{n} zástupné značky', other: '{n} zástupnými značkami' },
    noMap: 'Nebyla zadána volba --map: původní hodnoty nepůjde později vrátit.',
    restored: { one: 'Vrácena {n} zástupná značka.', few: 'Vráceny {n} zástupné značky.', many: 'Vráceno {n} zástupné značky.', other: 'Vráceno {n} zástupných značek.' },
    unknown: (list: string) => `Nejsou v mapě, ponechány beze změny: ${list}`,
  },
} as const;

/** The messages of `redact` and `restore` in `lang`; counts take the language's plural form (Intl.PluralRules). */
export function messages(lang: Lang) {
  const t = T[lang];
  const n = (forms: PluralForms, count: number) => plural(lang, forms, count);
  return {
    ...t,
    kept: (count: number) => n(t.kept, count),
    replaced: (count: number, placeholders: number) => fill(n(t.replaced, count), { placeholders: n(t.placeholders, placeholders) }),
    restored: (count: number) => n(t.restored, count),
  };
}

/** The plain-words reason for a refusal: one sentence per kind of finding that stopped it. */
export function refusalText(findings: Finding[], lang: Lang): string {
  const t = T[lang];
  const kinds = new Set<Category | 'other'>(findings.map((f) => (f.category === 'classified-marking' || f.category === 'fingerprint' ? f.category : 'other')));
  const why = (['classified-marking', 'fingerprint', 'other'] as const).filter((k) => kinds.has(k)).map((k) => t.why[k]);
  return [t.refused, ...why, '', ...findings.map(findingLine)].join('\n') + '\n';
}

/** One finding on one line, masked as everywhere else. */
export function findingLine(f: Finding): string {
  return `  ${`${f.line}:${f.column}`.padEnd(8)} ${f.severity.toUpperCase()}  ${f.message}  ${f.excerpt}  [${f.ruleId}]`;
}
