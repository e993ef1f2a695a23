import { type Command, Help } from 'commander';
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
  explain: 'quy tắc tìm gì (danh sách và mảnh mẫu đã mở rộng) và vì sao, các ví dụ, cách thêm ngoại lệ',
  'rules explain': 'như `promptgate explain`: quy tắc tìm gì (danh sách và mảnh mẫu đã mở rộng) và vì sao, các ví dụ, cách thêm ngoại lệ',
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
  'clip --map': 'với --redact: ghi các giá trị bị thay vào tệp này (quyền 0600), để dùng với `promptgate restore`',
  'clip --force': 'ghi đè tệp ánh xạ đã có',
  'clip --encrypt': 'mã hoá tệp ánh xạ bằng mật khẩu trong PROMPTGATE_MAP_PASSPHRASE',
  'clip --passphrase-env': 'biến môi trường chứa mật khẩu mã hoá',
  'hook ai --print': 'chỉ in đoạn cấu hình, không ghi tệp',
  'hook ai --global': 'cài cho người dùng (thư mục chủ) thay vì cho dự án này',
  '--help': 'hiển thị trợ giúp',
  '--version': 'hiển thị phiên bản',
  'scan --verbose': 'hiện từng phát hiện kèm dòng chứa nó, lý do và việc cần làm; liệt kê tên tệp bị bỏ qua và thư mục liên kết không được duyệt',
  'scan --quiet': 'chỉ hiện các phát hiện bị chặn và kết luận (định dạng pretty và compact)',
  'scan --severity': 'mức độ thấp nhất được hiển thị (định dạng pretty và compact; mã thoát không đổi)',
  'scan --ascii': 'chỉ dùng ký tự ASCII thay cho ✖ ⚠ ✔ « »',
  '--no-validate-regex': 'không từ chối các biểu thức chính quy rủi ro trong quy tắc của người dùng (việc so khớp vẫn bị giới hạn thời gian)',
  'scan --max-file-size': 'bỏ qua (và báo lại) các tệp lớn hơn số megabyte này (mặc định 512)',
  'scan <paths>': 'các tệp và thư mục cần quét; "-" là đầu vào chuẩn',
  '--npx': 'để hook gọi `npx --no-install promptgate` thay cho bản cài đặt này',
  'hook install --force': 'vẫn cài vào thư mục hook do husky tạo ra',
  'hook install <scanArgs>': 'tùy chọn quét thêm cho hook, đặt sau "--" (ví dụ -- --rules team-rules/ --fail-on warn)',
  'hook ai <assistant>': 'trợ lý AI được cài hook vào phần thiết lập',
  'baseline create --output': 'tệp baseline cần ghi',
  'baseline create <paths>': 'các tệp và thư mục cần quét',
  'baseline create --allow-skipped': 'vẫn ghi baseline kể cả khi có đầu vào không quét được',
  'baseline prune --baseline': 'tệp baseline',
  'baseline prune --dry-run': 'chỉ báo các mục đã lỗi thời, không xoá',
  'redact --map': 'ghi bảng ký hiệu → giá trị gốc vào tệp này (quyền 0600) để dùng với `promptgate restore`. Đây là nơi duy nhất ghi giá trị gốc: giữ trên máy, xoá khi xong việc',
  'redact --force': 'ghi đè tệp bảng ký hiệu đã có',
  'redact --encrypt': 'mã hoá bảng ký hiệu (AES-256-GCM, khoá từ scrypt) bằng mật khẩu trong $PROMPTGATE_MAP_PASSPHRASE',
  'redact --passphrase-env': 'đọc mật khẩu từ biến môi trường này',
  'redact --fail-on': 'mức độ thấp nhất của phát hiện không che được khiến văn bản bị từ chối (mặc định: failOn trong cấu hình, nếu không thì block)',
  'redact <file>': 'tệp văn bản; "-" hoặc dữ liệu qua đường ống là đầu vào chuẩn',
  'restore --map': 'bảng ký hiệu do `promptgate redact --map` ghi ra (chứa giá trị gốc)',
  'restore --passphrase-env': 'với bảng ký hiệu đã mã hoá: đọc mật khẩu từ biến môi trường này (mặc định PROMPTGATE_MAP_PASSPHRASE)',
  'restore <answer>': 'câu trả lời của AI dưới dạng tệp văn bản; "-" hoặc dữ liệu qua đường ống là đầu vào chuẩn',
  'rules validate <paths>': 'các tệp hoặc thư mục quy tắc cần kiểm tra, cùng với các quy tắc đang dùng',
  '--show-examples': 'in các ví dụ đúng như đã viết (có thể chứa giá trị trông như thật); nếu không, chúng được che',
  'rules test <paths>': 'các tệp hoặc thư mục có quy tắc cần chạy thử (mặc định: mọi quy tắc đang dùng)',
  'explain <ruleId>': 'mã của quy tắc, như trong các phát hiện và trong `promptgate rules list`',
  'rules explain <ruleId>': 'mã của quy tắc, như trong các phát hiện và trong `promptgate rules list`',
  '--store': 'tệp kho dấu vân tay',
  'fingerprint add --label': 'nhãn hiển thị trong phát hiện (mặc định: tên của từng tệp)',
  'fingerprint add --public': 'văn bản tham khảo công khai (luật, mẫu biểu): các đoạn của chúng không bao giờ bị coi là mật',
  '--key-file': 'khoá của kho, giữ bên ngoài kho (mặc định: $PROMPTGATE_STORE_KEY_FILE, $PROMPTGATE_STORE_KEY, nếu không thì khoá lưu trong kho)',
  'fingerprint add <paths>': 'các tệp và thư mục cần đăng ký',
  'fingerprint remove <labelOrId>': 'một nhãn (mọi tài liệu mang nhãn đó) hoặc một mã',
  'fingerprint add-data --label': 'tên của bảng trong mã quy tắc (chữ cái, chữ số, - và _)',
  'fingerprint add-data --columns': 'tiêu đề các cột cần đăng ký, cách nhau bằng dấu phẩy (mặc định: mọi cột)',
  'fingerprint add-data --category': 'nhóm của một cột (lặp lại được), ví dụ stk=financial',
  'fingerprint add-data <table>': 'tệp bảng dữ liệu',
  serve: 'giữ bộ quy tắc trong bộ nhớ và trả lời các lệnh quét của người dùng này qua một socket cục bộ, chạy ở tiền cảnh (scan, hook của trợ lý AI và clip dùng nó khi nó chạy)',
  'serve --status': 'cho biết máy chủ có đang chạy không, kèm phiên bản, số yêu cầu và thời gian chờ',
  'serve --stop': 'dừng máy chủ đang chạy',
  'serve --detach': 'khởi động máy chủ ở chế độ nền và trở về khi nó đã trả lời',
  'serve --idle': 'dừng sau khoảng thời gian này không có yêu cầu: 90s, 15m, 2h; 0 = không bao giờ',
  'scan --no-server': 'quét ngay trong tiến trình này kể cả khi máy chủ `promptgate serve` đang chạy',
  'clip --no-server': 'kiểm tra ngay trong tiến trình này kể cả khi máy chủ `promptgate serve` đang chạy',
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
  explain: 'co pravidlo hledá (se seznamy a díly rozvinutými) a proč, jeho příklady a jak přidat výjimku',
  'rules explain': 'jako `promptgate explain`: co pravidlo hledá (se seznamy a díly rozvinutými) a proč, jeho příklady a jak přidat výjimku',
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
  'clip --map': 's --redact: zapsat nahrazené hodnoty do tohoto souboru (práva 0600) pro `promptgate restore`',
  'clip --force': 'přepsat existující soubor mapy',
  'clip --encrypt': 'zašifrovat mapu heslem z PROMPTGATE_MAP_PASSPHRASE',
  'clip --passphrase-env': 'proměnná prostředí, která obsahuje heslo',
  'hook ai --print': 'jen vypsat konfiguraci, nic nezapisovat',
  'hook ai --global': 'nainstalovat pro uživatele (domovský adresář) místo pro tento projekt',
  '--help': 'zobrazit nápovědu',
  '--version': 'zobrazit verzi',
  'scan --verbose': 'ukázat každý nález s jeho řádkem, důvodem a doporučením; vypsat každý vynechaný soubor a nenásledovaný odkaz na složku',
  'scan --quiet': 'ukázat jen blokující nálezy a verdikt (formáty pretty a compact)',
  'scan --severity': 'nejnižší zobrazená závažnost (formáty pretty a compact; návratový kód se nemění)',
  'scan --ascii': 'jen znaky ASCII místo ✖ ⚠ ✔ « »',
  '--no-validate-regex': 'neodmítat rizikové regulární výrazy v uživatelských pravidlech (vyhledávání je stále časově omezené)',
  'scan --max-file-size': 'vynechat (a nahlásit) soubory větší než tolik megabajtů (výchozí 512)',
  'scan <paths>': 'soubory a složky ke kontrole; "-" pro standardní vstup',
  '--npx': 'hook bude volat `npx --no-install promptgate` místo této instalace',
  'hook install --force': 'instalovat i do složky hooků vygenerované nástrojem husky',
  'hook install <scanArgs>': 'další volby kontroly pro hook, za "--" (např. -- --rules team-rules/ --fail-on warn)',
  'hook ai <assistant>': 'asistent, do jehož nastavení se hook přidá',
  'baseline create --output': 'soubor baseline, který se zapíše',
  'baseline create <paths>': 'soubory a složky ke kontrole',
  'baseline create --allow-skipped': 'zapsat baseline, i když některé vstupy nešlo prověřit',
  'baseline prune --baseline': 'soubor baseline',
  'baseline prune --dry-run': 'jen vypsat zastaralé položky, nic neodebírat',
  'redact --map': 'zapsat sem mapu značka → původní hodnota (práva 0600) pro `promptgate restore`. Mapa je jediné místo, kam se původní hodnoty zapíší: nechte ji na svém počítači a po použití ji smažte',
  'redact --force': 'přepsat existující soubor mapy',
  'redact --encrypt': 'zašifrovat mapu (AES-256-GCM, klíč ze scrypt) heslem z $PROMPTGATE_MAP_PASSPHRASE',
  'redact --passphrase-env': 'číst heslo z této proměnné prostředí',
  'redact --fail-on': 'nejnižší závažnost nálezu, který nejde nahradit, při které se text odmítne (výchozí: failOn z konfigurace, jinak block)',
  'redact <file>': 'textový soubor; "-" nebo roura pro standardní vstup',
  'restore --map': 'mapa zapsaná příkazem `promptgate redact --map` (obsahuje původní hodnoty)',
  'restore --passphrase-env': 'u šifrované mapy: číst heslo z této proměnné prostředí (výchozí PROMPTGATE_MAP_PASSPHRASE)',
  'restore <answer>': 'odpověď AI jako textový soubor; "-" nebo roura pro standardní vstup',
  'rules validate <paths>': 'soubory nebo složky pravidel ke kontrole spolu s aktivními pravidly',
  '--show-examples': 'vypsat příklady tak, jak jsou zapsané (mohou obsahovat skutečně vypadající hodnoty); jinak jsou maskované',
  'rules test <paths>': 'soubory nebo složky pravidel, jejichž příklady se spustí (výchozí: všechna aktivní pravidla)',
  'explain <ruleId>': 'id pravidla, jak ho uvádějí nálezy a `promptgate rules list`',
  'rules explain <ruleId>': 'id pravidla, jak ho uvádějí nálezy a `promptgate rules list`',
  '--store': 'soubor úložiště otisků',
  'fingerprint add --label': 'štítek zobrazený v nálezech (výchozí: název každého souboru)',
  'fingerprint add --public': 'veřejné referenční texty (zákony, šablony): jejich pasáže se nikdy nepočítají jako utajované',
  '--key-file': 'klíč úložiště, uložený mimo něj (výchozí: $PROMPTGATE_STORE_KEY_FILE, $PROMPTGATE_STORE_KEY, jinak klíč v úložišti)',
  'fingerprint add <paths>': 'soubory a složky k registraci',
  'fingerprint remove <labelOrId>': 'štítek (všechny dokumenty s ním) nebo id',
  'fingerprint add-data --label': 'název tabulky v id pravidel (písmena, číslice, - a _)',
  'fingerprint add-data --columns': 'záhlaví sloupců k registraci oddělená čárkou (výchozí: všechny)',
  'fingerprint add-data --category': 'kategorie sloupce (lze opakovat), např. ucet=financial',
  'fingerprint add-data <table>': 'soubor s tabulkou',
  serve: 'držet pravidla načtená a odpovídat na kontroly tohoto uživatele přes místní soket, v popředí (scan, hooky AI asistentů a clip ho použijí, když běží)',
  'serve --status': 'říct, zda server běží, s verzí, počtem požadavků a dobou nečinnosti',
  'serve --stop': 'ukončit běžící server',
  'serve --detach': 'spustit server na pozadí a vrátit se, jakmile odpovídá',
  'serve --idle': 'skončit po této době bez požadavku: 90s, 15m, 2h; 0 = nikdy',
  'scan --no-server': 'kontrolovat v tomto procesu, i když běží server `promptgate serve`',
  'clip --no-server': 'kontrolovat v tomto procesu, i když běží server `promptgate serve`',
};

/** Examples shown after the help of a command, in the reader's language. */
const EXAMPLES: Record<Lang, Texts> = {
  en: {
    scan: 'Examples:\n  promptgate scan report.docx\n  promptgate scan "drafts/**/*.md"\n  pbpaste | promptgate scan -\n  promptgate scan --format json drafts/ > result.json',
    clip: 'Examples:\n  promptgate clip              # check what you copied\n  promptgate clip --redact     # put a safe version back on the clipboard\n  promptgate clip --redact --map prompt.map   # … and keep the values for `promptgate restore`',
    'hook ai': 'Examples:\n  promptgate hook ai claude-code\n  promptgate hook ai gemini-cli --print\n  promptgate hook ai cursor --global',
    explain: 'Examples:\n  promptgate explain vn.id.cccd\n  promptgate explain cz.classified.banner',
  },
  vi: {
    scan: 'Ví dụ:\n  promptgate scan bao-cao.docx\n  promptgate scan "du-thao/**/*.md"\n  pbpaste | promptgate scan -\n  promptgate scan --format json du-thao/ > ket-qua.json',
    clip: 'Ví dụ:\n  promptgate clip              # kiểm tra nội dung vừa sao chép\n  promptgate clip --redact     # đưa bản an toàn trở lại bộ nhớ tạm\n  promptgate clip --redact --map prompt.map   # … và giữ các giá trị gốc cho `promptgate restore`',
    'hook ai': 'Ví dụ:\n  promptgate hook ai claude-code\n  promptgate hook ai gemini-cli --print\n  promptgate hook ai cursor --global',
    explain: 'Ví dụ:\n  promptgate explain vn.id.cccd\n  promptgate explain vn.classified.stamp',
  },
  cs: {
    scan: 'Příklady:\n  promptgate scan zprava.docx\n  promptgate scan "koncepty/**/*.md"\n  pbpaste | promptgate scan -\n  promptgate scan --format json koncepty/ > vysledek.json',
    clip: 'Příklady:\n  promptgate clip              # zkontrolovat zkopírovaný text\n  promptgate clip --redact     # vrátit do schránky bezpečnou verzi\n  promptgate clip --redact --map prompt.map   # … a uchovat hodnoty pro `promptgate restore`',
    'hook ai': 'Příklady:\n  promptgate hook ai claude-code\n  promptgate hook ai gemini-cli --print\n  promptgate hook ai cursor --global',
    explain: 'Příklady:\n  promptgate explain cz.id.rodne-cislo\n  promptgate explain cz.classified.banner',
  },
};

const TEXTS: Partial<Record<Lang, Texts>> = { vi: VI, cs: CS };

/** The words commander writes around the texts above: headings, "(choices: …)", "(default: …)", the help command. */
const FRAMEWORK: Partial<Record<Lang, Texts>> = {
  vi: {
    'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Arguments:': 'Tham số:', 'Commands:': 'Lệnh:',
    choices: 'lựa chọn', default: 'mặc định', help: 'hiển thị trợ giúp của lệnh', usage: '[tùy chọn]', command: '[lệnh]',
  },
  cs: {
    'Usage:': 'Použití:', 'Options:': 'Volby:', 'Arguments:': 'Argumenty:', 'Commands:': 'Příkazy:',
    choices: 'možnosti', default: 'výchozí', help: 'zobrazit nápovědu k příkazu', usage: '[volby]', command: '[příkaz]',
  },
};

/** Commander's help in the reader's language: its headings and the words it adds to option and argument texts. */
function localizeFramework(cmd: Command, f: Texts): void {
  const words = (s: string) => s.replace(/\((choices|default): /g, (_m, w: string) => `(${f[w]}: `).replace(/, (default): /g, (_m, w: string) => `, ${f[w]}: `);
  cmd.configureHelp({
    styleTitle: (str: string) => f[str] ?? str,
    optionDescription(o) {
      return words(Help.prototype.optionDescription.call(this, o));
    },
    argumentDescription(a) {
      return words(Help.prototype.argumentDescription.call(this, a));
    },
    commandUsage(c) {
      return Help.prototype.commandUsage.call(this, c).replace('[options]', f.usage!).replace('[command]', f.command!);
    },
    subcommandTerm(c) {
      return Help.prototype.subcommandTerm.call(this, c).replace('[options]', f.usage!).replace('[command]', f.command!);
    },
  });
  if (cmd.commands.length > 0) cmd.helpCommand('help [command]', f.help!);
}

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
      for (const a of cmd.registeredArguments) {
        const d = t[`${p} <${a.name()}>`];
        if (d) a.description = d;
      }
      const help = t['--help'];
      if (help) cmd.helpOption('-h, --help', help);
    }
    const f = FRAMEWORK[lang];
    if (f) localizeFramework(cmd, f);
    const ex = EXAMPLES[lang][p];
    if (ex) cmd.addHelpText('after', `\n${ex}`);
    for (const sub of cmd.commands) visit(sub);
  };
  visit(program);
}

/** For tests: the command paths that have a translation. */
export function translatedPaths(lang: Lang): string[] {
  return Object.keys(TEXTS[lang] ?? {}).filter((k) => !k.startsWith('-') && !k.includes(' --') && !k.includes(' <'));
}

/** Commander's own error messages (English, fixed wording), and the hint after them, in the reader's language. */
const COMMANDER_ERRORS: [RegExp, Partial<Record<Lang, string>>][] = [
  [/^error: unknown option '(.+?)'/, { vi: "lỗi: không có tùy chọn '$1'", cs: "chyba: neznámá volba '$1'" }],
  [/^error: unknown command '(.+?)'/, { vi: "lỗi: không có lệnh '$1'", cs: "chyba: neznámý příkaz '$1'" }],
  [/^error: missing required argument '(.+?)'/, { vi: "lỗi: thiếu tham số bắt buộc '$1'", cs: "chyba: chybí povinný argument '$1'" }],
  [/^error: option '(.+?)' argument missing/, { vi: "lỗi: tùy chọn '$1' cần một giá trị", cs: "chyba: volba '$1' vyžaduje hodnotu" }],
  [/^error: required option '(.+?)' not specified/, { vi: "lỗi: thiếu tùy chọn bắt buộc '$1'", cs: "chyba: povinná volba '$1' nebyla zadána" }],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\./, { vi: "lỗi: giá trị '$2' của tùy chọn '$1' không hợp lệ.", cs: "chyba: hodnota '$2' volby '$1' je neplatná." }],
  [/^error: command-argument value '(.*?)' is invalid for argument '(.+?)'\./, { vi: "lỗi: giá trị '$1' của tham số '$2' không hợp lệ.", cs: "chyba: hodnota '$1' argumentu '$2' je neplatná." }],
  [/^error: too many arguments(?: for '.+?')?\. Expected (\d+) arguments? but got (\d+)\./, { vi: 'lỗi: quá nhiều tham số: cần $1, nhận được $2.', cs: 'chyba: příliš mnoho argumentů: očekáváno $1, zadáno $2.' }],
  [/^error: (.+) cannot be used with (.+)$/m, { vi: 'lỗi: $1 không dùng cùng được với $2', cs: 'chyba: $1 nelze použít spolu s $2' }],
  [/Allowed choices are (.+)\./, { vi: 'Các giá trị được phép: $1.', cs: 'Povolené hodnoty: $1.' }],
  [/\(Did you mean one of (.+)\?\)/, { vi: '(Có phải ý bạn là một trong: $1?)', cs: '(Měli jste na mysli jednu z možností: $1?)' }],
  [/\(Did you mean (.+)\?\)/, { vi: '(Có phải ý bạn là $1?)', cs: '(Měli jste na mysli $1?)' }],
  [/\(run `promptgate --help` for usage\)/, { vi: '(chạy `promptgate --help` để xem cách dùng)', cs: '(nápovědu zobrazí `promptgate --help`)' }],
];

/** A message commander wrote, in the reader's language; English, and wording not known here, pass unchanged. */
export function localizeCommanderError(message: string, lang: Lang): string {
  let s = message;
  for (const [re, to] of COMMANDER_ERRORS) if (to[lang] !== undefined) s = s.replace(re, to[lang]!);
  return s;
}
