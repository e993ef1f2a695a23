import type { Lang } from '../types.js';

/**
 * What the extension shows a person, in vi, cs and en (the CLI's catalogues are in src/i18n/; these are the
 * panel's and the options page's own). test/i18n.test.ts checks that vi and cs have every key with the same slots.
 */
export const en = {
  title: 'promptgate',
  blocked: 'Not sent: this message contains protected information',
  warned: 'Check before sending: this message may contain sensitive information',
  pasteBlocked: 'Not pasted: the text contains protected information',
  pasteWarned: 'Check before pasting: the text may contain sensitive information',
  fileBlocked: 'Not attached: {name}',
  fileWarned: 'Check before attaching: {name}',
  fileUnreadable: 'Not attached: {name} could not be checked ({why}). A file that cannot be checked is not sent.',
  failed: 'Not sent: the check could not run ({why}). Nothing is sent until it can.',
  notReady: 'Not sent: the checker is still starting. Try again in a moment.',
  notRedactable: 'This cannot be redacted (a classification stamp or a registered document): remove it before sending.',
  findingsHeading: 'Found',
  line: 'line {line}',
  redactSend: 'Redact and send',
  redactPaste: 'Redact and paste',
  edit: 'Edit',
  sendAnyway: 'Send anyway',
  pasteAnyway: 'Paste anyway',
  attachAnyway: 'Attach anyway',
  close: 'Close',
  restoreHeading: 'Placeholders in the answer',
  restoreToggle: 'Show original values here (only on this computer)',
  restoreNone: 'No answer with placeholders found on this page yet.',
  restoreCount: '{n} placeholders shown with their values. The site never receives them.',
  forget: 'Forget the values of this tab',
  launcher: 'promptgate: placeholders',
  why: {
    tooLarge: 'larger than {mb} MB',
    notText: 'not UTF-8 or UTF-16 text',
    unsupported: 'a file type the extension cannot read',
    unreadable: 'unreadable: {detail}',
    rules: "the organisation's rules have problems: {detail}",
    engine: 'the checker failed: {detail}',
  },
  options: {
    heading: 'promptgate settings',
    language: 'Language of the panel',
    auto: 'As the browser',
    managed: 'Set by your organisation',
    failOn: 'Messages are stopped from severity',
    sendAnyway: '"Send anyway" for warnings',
    allowed: 'allowed',
    notAllowed: 'not allowed',
    sites: 'Sites checked',
    generic: 'Any page with a large text box',
    genericGrant: 'Allow checking on all sites',
    rules: "Organisation's rules",
    rulesCount: '{n} rules',
    none: 'none',
    saved: 'Saved',
  },
};

export type ExtensionMessages = typeof en;

export const vi: ExtensionMessages = {
  title: 'promptgate',
  blocked: 'Không gửi: tin nhắn có thông tin cần bảo vệ',
  warned: 'Cần kiểm tra trước khi gửi: tin nhắn có thể có thông tin nhạy cảm',
  pasteBlocked: 'Không dán: đoạn văn bản có thông tin cần bảo vệ',
  pasteWarned: 'Cần kiểm tra trước khi dán: đoạn văn bản có thể có thông tin nhạy cảm',
  fileBlocked: 'Không đính kèm: {name}',
  fileWarned: 'Cần kiểm tra trước khi đính kèm: {name}',
  fileUnreadable: 'Không đính kèm: không kiểm tra được {name} ({why}). Tệp không kiểm tra được thì không gửi.',
  failed: 'Không gửi: không chạy được bước kiểm tra ({why}). Không gửi gì cho đến khi kiểm tra được.',
  notReady: 'Không gửi: bộ kiểm tra đang khởi động. Vui lòng thử lại sau giây lát.',
  notRedactable: 'Không thể thay thế bằng ký hiệu (dấu mật hoặc tài liệu đã đăng ký): hãy xoá phần này trước khi gửi.',
  findingsHeading: 'Phát hiện',
  line: 'dòng {line}',
  redactSend: 'Thay bằng ký hiệu và gửi',
  redactPaste: 'Thay bằng ký hiệu và dán',
  edit: 'Sửa lại',
  sendAnyway: 'Vẫn gửi',
  pasteAnyway: 'Vẫn dán',
  attachAnyway: 'Vẫn đính kèm',
  close: 'Đóng',
  restoreHeading: 'Ký hiệu trong câu trả lời',
  restoreToggle: 'Hiện giá trị gốc tại đây (chỉ trên máy này)',
  restoreNone: 'Chưa có câu trả lời nào chứa ký hiệu trên trang này.',
  restoreCount: 'Đã hiện {n} ký hiệu với giá trị gốc. Trang web không nhận được các giá trị này.',
  forget: 'Xoá các giá trị của thẻ này',
  launcher: 'promptgate: ký hiệu',
  why: {
    tooLarge: 'lớn hơn {mb} MB',
    notText: 'không phải văn bản UTF-8 hoặc UTF-16',
    unsupported: 'loại tệp tiện ích không đọc được',
    unreadable: 'không đọc được: {detail}',
    rules: 'quy tắc của cơ quan có lỗi: {detail}',
    engine: 'bộ kiểm tra gặp lỗi: {detail}',
  },
  options: {
    heading: 'Cài đặt promptgate',
    language: 'Ngôn ngữ của bảng thông báo',
    auto: 'Theo trình duyệt',
    managed: 'Do cơ quan thiết lập',
    failOn: 'Chặn tin nhắn từ mức',
    sendAnyway: '"Vẫn gửi" khi chỉ có cảnh báo',
    allowed: 'được phép',
    notAllowed: 'không được phép',
    sites: 'Các trang được kiểm tra',
    generic: 'Mọi trang có ô nhập văn bản lớn',
    genericGrant: 'Cho phép kiểm tra trên mọi trang',
    rules: 'Quy tắc của cơ quan',
    rulesCount: '{n} quy tắc',
    none: 'không có',
    saved: 'Đã lưu',
  },
};

export const cs: ExtensionMessages = {
  title: 'promptgate',
  blocked: 'Neodesláno: zpráva obsahuje chráněné informace',
  warned: 'Před odesláním zkontrolujte: zpráva může obsahovat citlivé informace',
  pasteBlocked: 'Nevloženo: text obsahuje chráněné informace',
  pasteWarned: 'Před vložením zkontrolujte: text může obsahovat citlivé informace',
  fileBlocked: 'Nepřiloženo: {name}',
  fileWarned: 'Před přiložením zkontrolujte: {name}',
  fileUnreadable: 'Nepřiloženo: soubor {name} nelze zkontrolovat ({why}). Soubor, který nelze zkontrolovat, se neodešle.',
  failed: 'Neodesláno: kontrola neproběhla ({why}). Dokud neproběhne, nic se neodešle.',
  notReady: 'Neodesláno: kontrola se ještě spouští. Zkuste to za okamžik znovu.',
  notRedactable: 'Toto nelze nahradit zástupným symbolem (klasifikační označení nebo registrovaný dokument): před odesláním to odstraňte.',
  findingsHeading: 'Nalezeno',
  line: 'řádek {line}',
  redactSend: 'Nahradit a odeslat',
  redactPaste: 'Nahradit a vložit',
  edit: 'Upravit',
  sendAnyway: 'Přesto odeslat',
  pasteAnyway: 'Přesto vložit',
  attachAnyway: 'Přesto přiložit',
  close: 'Zavřít',
  restoreHeading: 'Zástupné symboly v odpovědi',
  restoreToggle: 'Zobrazit zde původní hodnoty (jen na tomto počítači)',
  restoreNone: 'Na této stránce zatím není odpověď se zástupnými symboly.',
  restoreCount: 'Zobrazeno {n} zástupných symbolů s hodnotami. Stránka je nikdy nedostane.',
  forget: 'Zapomenout hodnoty této karty',
  launcher: 'promptgate: zástupné symboly',
  why: {
    tooLarge: 'větší než {mb} MB',
    notText: 'není text v UTF-8 ani UTF-16',
    unsupported: 'typ souboru, který rozšíření neumí přečíst',
    unreadable: 'nečitelný: {detail}',
    rules: 'pravidla organizace obsahují chyby: {detail}',
    engine: 'kontrola selhala: {detail}',
  },
  options: {
    heading: 'Nastavení promptgate',
    language: 'Jazyk panelu',
    auto: 'Podle prohlížeče',
    managed: 'Nastaveno organizací',
    failOn: 'Zprávy se zastaví od závažnosti',
    sendAnyway: '„Přesto odeslat“ u varování',
    allowed: 'povoleno',
    notAllowed: 'nepovoleno',
    sites: 'Kontrolované stránky',
    generic: 'Jakákoli stránka s velkým textovým polem',
    genericGrant: 'Povolit kontrolu na všech stránkách',
    rules: 'Pravidla organizace',
    rulesCount: 'pravidel: {n}',
    none: 'žádná',
    saved: 'Uloženo',
  },
};

const CATALOGUES: Record<Lang, ExtensionMessages> = { en, vi, cs };

export function extensionMessages(lang: Lang): ExtensionMessages {
  return CATALOGUES[lang];
}

/** The panel's language: the policy's, else the user's choice, else the browser's UI language (vi, cs, else en). */
export function pickLanguage(policyLang: string | undefined, userLang: string | undefined, uiLang: string): Lang {
  for (const l of [policyLang, userLang === 'auto' ? undefined : userLang, uiLang]) {
    const p = l?.toLowerCase().slice(0, 2);
    if (p === 'vi' || p === 'cs' || p === 'en') return p;
    if (l === uiLang && l !== undefined) return 'en';
  }
  return 'en';
}
