import type { Command } from 'commander';
import type { Lang } from '../types.js';

/**
 * Help texts of the commands in Vietnamese and Czech. English lives next to each command's definition (the
 * source of truth); these replace it at startup when the reader's language is another one. A command or option
 * missing here keeps its English text, so a new option never shows an empty line.
 * Keys: the command path ("hook ai"), and "<command path> <long flag>" or just "<long flag>" for options.
 */
type Texts = Record<string, string>;

const VI: Texts = {
  '': 'Kiểm tra văn bản trước khi gửi lên nền tảng AI bên ngoài: dấu độ mật, dữ liệu cá nhân, thông tin đăng nhập.',
  scan: 'quét tệp, thư mục hoặc đầu vào chuẩn ("-" hoặc qua đường ống)',
  clip: 'kiểm tra văn bản đang có trong bộ nhớ tạm (clipboard); với --redact, thay bằng bản an toàn',
  hook: 'cài đặt, gỡ bỏ các hook: git pre-commit, và bước kiểm tra nội dung của trợ lý AI',
  'hook install': 'cài hook pre-commit (tôn trọng core.hooksPath; hook có sẵn được giữ lại và chạy trước)',
  'hook uninstall': 'gỡ hook pre-commit và khôi phục hook đã bị thay thế',
  'hook ai': 'cài bước kiểm tra nội dung trước khi gửi cho một trợ lý AI (claude-code, gemini-cli, cursor)',
  baseline: 'ghi lại các phát hiện đã chấp nhận để các lần quét sau chỉ báo phát hiện mới',
  'baseline create': 'quét các đường dẫn (mặc định ".") và ghi mọi phát hiện vào baseline như đã chấp nhận',
  'baseline prune': 'kiểm tra lại các tệp trong baseline và bỏ các mục không còn phát hiện',
  redact: 'in văn bản với dữ liệu cá nhân và bí mật được thay bằng ký hiệu như [CCCD_1]; từ chối (mã thoát 1, không in gì) văn bản hoàn toàn không được gửi đi, ví dụ văn bản có dấu mật',
  restore: 'đưa các giá trị gốc trở lại câu trả lời của AI, thay các ký hiệu do `promptgate redact` tạo ra',
  rules: 'kiểm tra, chạy thử và liệt kê bộ quy tắc (dành cho người viết quy tắc)',
  'rules validate': 'kiểm tra tệp quy tắc mà không quét gì; mã thoát 0 hoặc 2',
  'rules test': 'chạy mọi ví dụ match / noMatch của các quy tắc; mã thoát 0 nếu đạt hết, 1 nếu có ví dụ sai, 2 nếu quy tắc không hợp lệ',
  'rules list': 'liệt kê các quy tắc đang dùng: mã, nhóm, mức độ, tệp nguồn, trạng thái bật',
  explain: 'quy tắc tìm gì và vì sao, các ví dụ, cách thêm ngoại lệ',
  fingerprint: 'đăng ký tài liệu mật để mọi lần quét nhận ra các đoạn trích từ chúng (--fingerprints)',
  'fingerprint add': 'đăng ký tệp (mọi định dạng quét được; thư mục được duyệt đệ quy); tạo kho nếu chưa có',
  'fingerprint list': 'liệt kê các tài liệu đã đăng ký',
  'fingerprint verify': 'kiểm tra toàn bộ kho (tổng kiểm, khóa) và liệt kê',
  'fingerprint remove': 'gỡ tài liệu đã đăng ký theo nhãn hoặc mã',
  'fingerprint add-data': 'đăng ký một bảng dữ liệu nhạy cảm (CSV, XLSX, ODS; dòng 1 là tiêu đề): mọi lần quét tìm đúng các giá trị của nó (mã quy tắc data.<nhãn>.<cột>); bảng cùng nhãn được thay thế',
  '--fingerprints': 'nhận ra cả các đoạn trích từ tài liệu đã đăng ký trong kho dấu vân tay này (xem `promptgate fingerprint`)',
  init: 'tạo tệp .promptgate.yaml có chú thích và một quy tắc mẫu (không ghi đè)',
  '--format': 'định dạng kết quả',
  'scan --format': 'định dạng kết quả (mặc định: pretty trên màn hình, json khi chuyển tiếp)',
  '--rules': 'thêm tệp hoặc thư mục quy tắc YAML (có thể lặp lại)',
  '--no-builtin': 'không nạp các bộ quy tắc có sẵn',
  '--config': 'dùng tệp cấu hình này thay cho .promptgate.yaml gần nhất',
  '--no-config': 'không dùng tệp cấu hình',
  '--fail-on': 'mức độ thấp nhất làm lần quét thất bại',
  '--lang': 'ngôn ngữ thông báo (mặc định theo LANG)',
  '--color': 'luôn dùng màu',
  '--no-color': 'không dùng màu',
  '--allow-skipped': 'trả mã 0/1 kể cả khi có đầu vào không quét được (vẫn được liệt kê)',
  '--stdin-filename': 'tên hiển thị cho đầu vào chuẩn',
  '--staged': 'quét nội dung đã stage cho commit tiếp theo thay vì thư mục làm việc',
  '--baseline': 'chỉ báo các phát hiện không có trong baseline này',
  '--no-inline-ignores': 'bỏ qua các chú thích promptgate-ignore trong văn bản (khi kiểm tra, thanh tra)',
  '--no-ignore': 'quét cả các tệp mà .gitignore, .promptgateignore hoặc node_modules bỏ qua',
  '--follow-links': 'duyệt vào các liên kết tượng trưng tới thư mục (mỗi thư mục một lần; không đi theo vòng lặp)',
  '--verbose': 'liệt kê tên từng tệp bị bỏ qua và từng thư mục liên kết không được duyệt',
  '--input-format': 'đọc dữ liệu hook của một trợ lý AI từ đầu vào chuẩn và trả lời theo định dạng trợ lý đó yêu cầu',
  '--redact': 'thay nội dung trong bộ nhớ tạm bằng bản an toàn (chỉ khi che được)',
  'hook ai --print': 'chỉ in đoạn cấu hình, không ghi tệp',
  'hook ai --global': 'cài cho người dùng (thư mục chủ) thay vì cho dự án này',
  '--help': 'hiển thị trợ giúp',
  '--version': 'hiển thị phiên bản',
};

const CS: Texts = {
  '': 'Kontroluje text před odesláním na externí AI platformu: označení utajení, osobní údaje, přístupové údaje.',
  scan: 'zkontrolovat soubory, složky nebo standardní vstup ("-" nebo rourou)',
  clip: 'zkontrolovat text ve schránce; s --redact ho nahradit bezpečnou verzí',
  hook: 'instalace a odebrání hooků: git pre-commit a kontrola promptů AI asistentů',
  'hook install': 'nainstalovat pre-commit hook (respektuje core.hooksPath; stávající hook se ponechá a běží první)',
  'hook uninstall': 'odebrat pre-commit hook a obnovit ten, který nahradil',
  'hook ai': 'nainstalovat kontrolu promptu před odesláním AI asistentovi (claude-code, gemini-cli, cursor)',
  baseline: 'zaznamenat přijaté nálezy, aby kontroly hlásily jen nové',
  'baseline create': 'zkontrolovat cesty (výchozí ".") a zaznamenat každý nález jako přijatý',
  'baseline prune': 'znovu prověřit soubory v baseline a odebrat položky, jejichž nález zmizel',
  redact: 'vypsat text s osobními údaji a tajemstvími nahrazenými značkami jako [CCCD_1]; odmítne (kód 1, bez textu) text, který nesmí ven vůbec, např. s označením utajení',
  restore: 'vrátit původní hodnoty do odpovědi AI místo značek, které vytvořil `promptgate redact`',
  rules: 'kontrola, testy a výpis sad pravidel (pro autory pravidel)',
  'rules validate': 'zkontrolovat soubory pravidel bez kontroly textu; kód 0 nebo 2',
  'rules test': 'spustit příklady match / noMatch všech pravidel; kód 0 vše prošlo, 1 příklad selhal, 2 neplatná pravidla',
  'rules list': 'vypsat aktivní pravidla: id, kategorie, závažnost, zdrojový soubor, zapnuto',
  explain: 'co pravidlo hledá a proč, jeho příklady a jak přidat výjimku',
  fingerprint: 'registrovat utajované dokumenty, aby kontroly poznaly jejich výňatky (--fingerprints)',
  'fingerprint add': 'registrovat soubory (jakýkoli formát, který scan čte; složky rekurzivně); úložiště vytvoří, pokud chybí',
  'fingerprint list': 'vypsat registrované dokumenty',
  'fingerprint verify': 'zkontrolovat celé úložiště (kontrolní součty, klíč) a vypsat je',
  'fingerprint remove': 'odebrat registrované dokumenty podle štítku nebo id',
  'fingerprint add-data': 'registrovat tabulku citlivých údajů (CSV, XLSX, ODS; řádek 1 je záhlaví): kontroly najdou přesně její hodnoty (id pravidel data.<štítek>.<sloupec>); tabulka se stejným štítkem se nahradí',
  '--fingerprints': 'hledat i výňatky dokumentů registrovaných v tomto úložišti otisků (viz `promptgate fingerprint`)',
  init: 'vytvořit okomentovaný .promptgate.yaml a ukázkové pravidlo (nic nepřepíše)',
  '--format': 'výstupní formát',
  'scan --format': 'výstupní formát (výchozí: pretty na terminálu, jinak json)',
  '--rules': 'přidat soubor nebo složku pravidel YAML (lze opakovat)',
  '--no-builtin': 'nenačítat vestavěné sady pravidel',
  '--config': 'použít tento konfigurační soubor místo nejbližšího .promptgate.yaml',
  '--no-config': 'nepoužít žádný konfigurační soubor',
  '--fail-on': 'nejnižší závažnost, při které kontrola selže',
  '--lang': 'jazyk hlášení (výchozí podle LANG)',
  '--color': 'vždy barevně',
  '--no-color': 'bez barev',
  '--allow-skipped': 'vrátit 0/1, i když některé vstupy nešlo prověřit (stále se vypíší)',
  '--stdin-filename': 'název zobrazený pro standardní vstup',
  '--staged': 'zkontrolovat obsah připravený pro další commit místo pracovního stromu',
  '--baseline': 'hlásit jen nálezy, které v této baseline nejsou',
  '--no-inline-ignores': 'nebrat ohled na značky promptgate-ignore v textu (pro audity)',
  '--no-ignore': 'prověřit i soubory, které vynechává .gitignore, .promptgateignore nebo node_modules',
  '--follow-links': 'procházet symbolické odkazy na složky (každou složku jednou; smyčky se nesledují)',
  '--verbose': 'vypsat každý vynechaný soubor a každý nenásledovaný odkaz na složku',
  '--input-format': 'číst vstup hooku AI asistenta ze standardního vstupu a odpovědět ve tvaru, který asistent očekává',
  '--redact': 'nahradit obsah schránky bezpečnou verzí (jen pokud to jde)',
  'hook ai --print': 'jen vypsat konfiguraci, nic nezapisovat',
  'hook ai --global': 'nainstalovat pro uživatele (domovský adresář) místo pro tento projekt',
  '--help': 'zobrazit nápovědu',
  '--version': 'zobrazit verzi',
};

/** Examples shown after the help of a command, in the reader's language. */
const EXAMPLES: Record<Lang, Texts> = {
  en: {
    scan: 'Examples:\n  promptgate scan report.docx\n  pbpaste | promptgate scan -\n  promptgate scan --format json drafts/ > result.json',
    clip: 'Examples:\n  promptgate clip              # check what you copied\n  promptgate clip --redact     # put a safe version back on the clipboard',
    'hook ai': 'Examples:\n  promptgate hook ai claude-code\n  promptgate hook ai gemini-cli --print\n  promptgate hook ai cursor --global',
    explain: 'Examples:\n  promptgate explain vn.id.cccd\n  promptgate explain cz.classified.banner',
  },
  vi: {
    scan: 'Ví dụ:\n  promptgate scan bao-cao.docx\n  pbpaste | promptgate scan -\n  promptgate scan --format json du-thao/ > ket-qua.json',
    clip: 'Ví dụ:\n  promptgate clip              # kiểm tra nội dung vừa sao chép\n  promptgate clip --redact     # đưa bản an toàn trở lại bộ nhớ tạm',
    'hook ai': 'Ví dụ:\n  promptgate hook ai claude-code\n  promptgate hook ai gemini-cli --print\n  promptgate hook ai cursor --global',
    explain: 'Ví dụ:\n  promptgate explain vn.id.cccd\n  promptgate explain vn.classified.stamp',
  },
  cs: {
    scan: 'Příklady:\n  promptgate scan zprava.docx\n  pbpaste | promptgate scan -\n  promptgate scan --format json koncepty/ > vysledek.json',
    clip: 'Příklady:\n  promptgate clip              # zkontrolovat zkopírovaný text\n  promptgate clip --redact     # vrátit do schránky bezpečnou verzi',
    'hook ai': 'Příklady:\n  promptgate hook ai claude-code\n  promptgate hook ai gemini-cli --print\n  promptgate hook ai cursor --global',
    explain: 'Příklady:\n  promptgate explain cz.id.rodne-cislo\n  promptgate explain cz.classified.banner',
  },
};

const TEXTS: Partial<Record<Lang, Texts>> = { vi: VI, cs: CS };

function path(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Rewrites descriptions of every command and option in the reader's language, and adds examples. */
export function localizeHelp(program: Command, lang: Lang): void {
  const t = TEXTS[lang];
  const visit = (cmd: Command) => {
    const p = path(cmd);
    if (t) {
      if (t[p] !== undefined) cmd.description(t[p]!);
      for (const o of cmd.options) {
        const long = o.long ?? '';
        const d = t[`${p} ${long}`] ?? t[long];
        if (d) o.description = d;
      }
      const help = t['--help'];
      if (help) cmd.helpOption('-h, --help', help);
    }
    const ex = EXAMPLES[lang][p];
    if (ex) cmd.addHelpText('after', `\n${ex}`);
    for (const sub of cmd.commands) visit(sub);
  };
  visit(program);
}

/** For tests: the command paths that have a translation. */
export function translatedPaths(lang: Lang): string[] {
  return Object.keys(TEXTS[lang] ?? {}).filter((k) => !k.startsWith('-') && !k.includes(' --'));
}
