#!/usr/bin/env python3
"""Builds test/probes/round24.jsonl: round 24 of the held-out-style probes, written blind (before any rule was changed
for it). What staff paste as a whole: a request to the AI ("Hãy sửa lỗi chính tả đoạn sau:", "Translate this for the
partner:", "Shrň mi tento e-mail") followed by the pasted material, where the one signal is a single line among 20-200:
e-mail threads with signatures, disclaimers and quoted replies; chat exports (Zalo, Teams, Slack) with timestamps and
names; config and deployment files sent to be debugged (docker-compose, nginx, .env, Jenkinsfile, Ansible, GitHub
Actions and GitLab CI, application.properties, web.config, kubeconfig, pg_hba and connection strings); log excerpts
with tokens, session cookies, Authorization headers and signed URLs; spreadsheet exports (meeting schedules, asset
lists, an office's phone directory); public statistics; help-desk tickets. Beside them hard negatives of the same
shapes: placeholders, secret references (${{ secrets.X }}, vault:, !vault, secretKeyRef, credentials('id')),
ciphertext, hashes, public keys, documented example values, test fixtures marked as such, masked log values, e-mail
disclaimers that say "confidential"/"mật"/"důvěrné", meeting join passcodes, office switchboards.

Decisions written into the labels (by the contract):
- a working secret anywhere in the paste blocks (credential), also an old password in a help-desk ticket (people reuse
  them) and a session cookie or Authorization header copied from a log (a live session);
- a signed URL (AWS presigned X-Amz-Signature, Azure SAS sig=) is a bearer credential until it expires: block;
- a reference to where a secret lives, a placeholder, a hash, ciphertext, a public key or a masked value is no secret;
- a meeting passcode printed on every invitation is shared with all invitees, not an account secret: pass;
- a staff directory with personal mobiles warns (contact); office switchboards and extensions do not;
- a private IP address or an internal host in a pasted config warns (infrastructure); the samples labelled pass keep
  to service names, localhost and public documentation hosts;
- an e-mail disclaimer that mentions confidential information is not a classification marking.
Secrets come from a seeded generator (no real account), so the file rebuilds byte for byte. Stdlib only."""
import base64
import json

from probe_ids import AL, DG, LO, UP, collector, crc_token, seeded, strip, write_round

R, rnd = seeded(2424)
HEX = '0123456789abcdef'


def pw(n=12):
    """A password as people make them: a capitalised stem, digits and a sign."""
    return R.choice(UP) + rnd(n - 5, LO) + R.choice('@#!$&*') + rnd(3, DG)


def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')


def pem_b64(kind):
    """A PEM block (its body from a generator of its own, so the round's other values stay as written blind) encoded
    once more in base64, as kubeconfig's *-data fields hold it."""
    g = seeded(24062)[0]
    body = base64.b64encode(bytes(g.getrandbits(8) for _ in range(600))).decode()
    lines = '\n'.join(body[i:i + 64] for i in range(0, len(body), 64))
    return base64.b64encode(f'-----BEGIN {kind}-----\n{lines}\n-----END {kind}-----\n'.encode()).decode()


def skip(n):
    """Draws n bytes and writes nothing: where batch 1 drew a value that was later replaced (its key body had no PEM
    lines inside), so every later value stays as it was scored blind."""
    bytes(R.getrandbits(8) for _ in range(n))
    return ''


def jwt(sub):
    return (b64u({'alg': 'RS256', 'typ': 'JWT'}) + '.' + b64u({'sub': sub, 'iat': 1764720000, 'exp': 1764806400}) + '.'
            + rnd(43, AL + '-_'))


S, add, neg = collector()
CR, CO, IN, CM, OD = 'credential', 'contact', 'infrastructure', 'classified-marking', 'official-document'


# ---------------------------------------------------------------- filler: the material around the one signal
VI_LINES = [
    'Tuần qua, bộ phận một cửa tiếp nhận {n} hồ sơ, trong đó phần lớn được giải quyết trước hạn.',
    'Phòng Văn hóa - Thông tin phối hợp tổ chức hội thi tìm hiểu pháp luật cho đoàn viên thanh niên.',
    'Hệ thống quản lý văn bản đã được nâng cấp lên phiên bản mới, giao diện thân thiện hơn với người dùng.',
    'Một số xã còn chậm cập nhật dữ liệu dân cư lên phần mềm, đề nghị rà soát và hoàn thành trong tháng {n}.',
    'Công tác chuẩn bị cho đợt kiểm tra chuyên đề về cải cách hành chính cơ bản đã hoàn tất.',
    'Đề nghị các phòng gửi báo cáo sơ kết về Văn phòng trước 16 giờ thứ Sáu để tổng hợp.',
    'Trong tháng, đơn vị tổ chức {n} buổi tập huấn kỹ năng sử dụng chữ ký số cho cán bộ, công chức.',
    'Tỷ lệ hồ sơ trực tuyến toàn trình đạt khoảng {n} phần trăm, tăng so với cùng kỳ năm trước.',
    'Đường truyền mạng tại trụ sở đôi lúc bị gián đoạn vào giờ cao điểm, đã báo nhà cung cấp kiểm tra.',
    'Việc số hóa hồ sơ lưu trữ giai đoạn 2 đang triển khai, dự kiến hoàn thành trong quý tới.',
    'Phòng Tài chính - Kế hoạch đang lập dự toán kinh phí mua sắm máy tính thay thế cho bộ phận tiếp dân.',
    'Các cuộc họp giao ban tiếp tục được tổ chức trực tuyến vào sáng thứ Hai hằng tuần.',
]
CS_LINES = [
    'Za uplynulý týden podatelna zaevidovala {n} podání, většinu elektronicky přes datovou schránku.',
    'Odbor informatiky dokončil přechod na novou verzi spisové služby, školení proběhne příští středu.',
    'Některé obce stále neposlaly podklady k rozpočtu, termín se posouvá do konce měsíce.',
    'Porada vedení se bude konat ve čtvrtek od 9 hodin v zasedací místnosti ve druhém patře.',
    'Připomínáme, že žádosti o dovolenou na prosinec je třeba zadat do systému do pátku.',
    'Výměna tiskáren na odboru dopravy proběhne postupně během {n}. týdne.',
    'Zápis z minulého jednání byl schválen bez připomínek a je uložen ve sdíleném adresáři.',
    'Pracovní skupina k digitalizaci agend se sejde znovu po vyhodnocení dotazníku.',
]
EN_LINES = [
    'Last week the service desk closed {n} tickets, most of them within the agreed response time.',
    'The migration of the document archive to the new storage tier is about two thirds complete.',
    'Two regional offices still report slow VPN connections in the afternoon; the provider is investigating.',
    'Training on the new expense tool is scheduled for Thursday; recordings will be shared afterwards.',
    'Please submit your leave requests for December through the HR portal by Friday.',
    'The steering group approved the revised timeline, with go-live moved to the second week of {n}.',
    'Printer replacements on the third floor will happen in batches to avoid downtime.',
    'Minutes of the previous meeting were approved without changes and are on the team site.',
]


def filler(lines, k, start=0):
    return '\n'.join(lines[(start + i) % len(lines)].format(n=start + i + 3) for i in range(k))


def vi_nd(s):
    return strip(s)


def mid(lines, k, signal, start=0):
    """k filler lines with the signal line in the middle."""
    h = k // 2
    return filler(lines, h, start) + '\n' + signal + '\n' + filler(lines, k - h, start + h)


VI_SIG = ('--\nTrân trọng,\nPhòng Hành chính - Tổng hợp\nVăn phòng UBND huyện\nĐiện thoại: 0213 3852 417 (máy lẻ 12)')
VI_DISCLAIMER = ('Thư điện tử này và các tệp đính kèm có thể chứa thông tin mật hoặc thông tin nội bộ, chỉ dành cho '
                 'người nhận được nêu tên. Nếu bạn nhận nhầm thư, vui lòng thông báo cho người gửi và xóa thư khỏi hệ '
                 'thống. Nghiêm cấm sao chép, phát tán dưới mọi hình thức.')
CS_SIG = '--\nS pozdravem\nodbor informatiky\nMěstský úřad\ntel. ústředna: 596 112 000, linka 214'
CS_DISCLAIMER = ('Tento e-mail a jeho přílohy mohou obsahovat důvěrné informace určené pouze adresátovi. Pokud jste '
                 'jej obdrželi omylem, informujte prosím odesílatele a zprávu smažte.')
EN_SIG = '--\nKind regards,\nProject Office\nNorthwind Logistics Ltd.\nMain line: +44 20 7946 0000'
EN_DISCLAIMER = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential or privileged '
                 'information intended only for the addressee. If you received it in error, please notify the sender '
                 'and delete it. Any unauthorised use or disclosure is prohibited.')


def zalo(msgs, date='12/11/2025'):
    return '\n'.join(f'{who} {t} {date}\n{m}' for t, who, m in msgs)


def teams(msgs):
    return '\n'.join(f'[{t}] {who}: {m}' for t, who, m in msgs)


def slack(msgs):
    return '\n'.join(f'{who}  {t}\n{m}\n' for t, who, m in msgs)


def chat_pad(lang, k, who, start=0):
    lines = {'vi': VI_LINES, 'vnd': [vi_nd(x) for x in VI_LINES], 'cs': CS_LINES, 'en': EN_LINES}[lang]
    return [(f'{8 + (start + i) // 6:02d}:{(start + i) * 7 % 60:02d}', who[i % len(who)],
             lines[(start + i) % len(lines)].format(n=start + i + 2)) for i in range(k)]


VI_WHO = ['Nguyễn Thị Lan', 'Trần Minh Đức', 'Phạm Quốc Huy', 'Lê Thu Trang']
VND_WHO = [vi_nd(x) for x in VI_WHO]
CS_WHO = ['Jana Dvořáková', 'Petr Horák', 'Lukáš Beneš']
EN_WHO = ['Priya Raman', 'Tom Gallagher', 'Sofia Marchetti']

# ================================================================ Vietnamese with diacritics: hard negatives
neg('vi', 'a spelling-fix request around long minutes that state the password policy (no value).',
    'Hãy sửa lỗi chính tả đoạn sau:\n\nBIÊN BẢN HỌP GIAO BAN CÔNG NGHỆ THÔNG TIN\n'
    + mid(VI_LINES, 24, 'Thống nhất yêu cầu toàn bộ cán bộ đổi mật khẩu hộp thư công vụ định kỳ 90 ngày, mật khẩu '
          'tối thiểu 12 ký tự và không dùng lại mật khẩu cũ.'))
neg('vi', 'a Zalo group export about meetings; the Wi-Fi password is said to be on the notice board, not written.',
    'Tóm tắt giúp mình đoạn chat nhóm này:\n\n' + zalo(chat_pad('vi', 10, VI_WHO) + [
        ('10:41', 'Lê Thu Trang', 'Mật khẩu wifi phòng họp mới đã dán ở bảng tin tầng 2 nhé mọi người'),
        ('10:43', 'Phạm Quốc Huy', 'Ok em, cảm ơn em')] + chat_pad('vi', 6, VI_WHO, 12)))
neg('vi', 'a help-desk ticket: forgotten password, no value written.',
    'Mã phiếu: HD-2025-11873\nNgười yêu cầu: Bộ phận một cửa\nTiêu đề: Quên mật khẩu phần mềm một cửa điện tử\n'
    'Nội dung: Em quên mật khẩu đăng nhập, đã bấm "Quên mật khẩu" nhưng không nhận được thư đặt lại. Nhờ anh chị cấp '
    'lại giúp em, em đã xác minh qua điện thoại cơ quan.\nTrạng thái: Đang xử lý\nNgười xử lý: Tổ hỗ trợ CNTT')
neg('vi', "an office's phone directory: switchboard and extensions only, the unit's mailbox.",
    'DANH BẠ ĐIỆN THOẠI VĂN PHÒNG SỞ\nTổng đài: 0236 3822 510\n\nĐơn vị | Máy lẻ\n'
    + '\n'.join(f'{u} | {101 + i * 7}' for i, u in enumerate(
        ['Lãnh đạo Văn phòng', 'Phòng Hành chính - Tổ chức', 'Phòng Kế hoạch - Tài chính', 'Bộ phận văn thư',
         'Bộ phận một cửa', 'Tổ Công nghệ thông tin', 'Phòng họp tầng 3', 'Thường trực bảo vệ']))
    + '\n\nNgoài giờ hành chính, liên hệ thường trực bảo vệ.')
neg('vi', 'a request to summarise public statistics with many numbers.',
    'Tóm tắt số liệu sau thành 5 gạch đầu dòng:\n\nTÌNH HÌNH KINH TẾ - XÃ HỘI 11 THÁNG NĂM 2025\n'
    + '\n'.join(f'- Chỉ tiêu {i + 1}: {1200 + i * 37},{i * 3 % 10} tỷ đồng, tăng {4 + i % 5},{i % 9}% so với cùng kỳ.'
                for i in range(18))
    + '\nNguồn: Cục Thống kê tỉnh, số liệu sơ bộ đã công bố trên cổng thông tin.')
neg('vi', 'docker-compose whose secrets all come from variables, with a question.',
    'Em chạy docker compose up bị lỗi "database is uninitialized", anh xem giúp:\n\nservices:\n  db:\n'
    '    image: postgres:16\n    environment:\n      POSTGRES_USER: ${DB_USER}\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n'
    '      POSTGRES_DB: vanban\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  app:\n    image: vanban-app:2.3\n'
    '    env_file: .env\n    depends_on: [db]\nvolumes:\n  pgdata:')
neg('vi', 'an Ansible vars file encrypted with !vault, with a question.',
    'File biến của em như sau, chạy playbook báo "Decryption failed", có phải sai mật khẩu vault không ạ?\n\n'
    'db_user: vanban\ndb_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n'
    + '\n'.join('          ' + rnd(64, DG + 'abcdef') for _ in range(5)) + '\nsmtp_host: mail.gov-example.vn')
neg('vi', 'a weekly schedule exported from a spreadsheet: leaders, rooms, times.',
    'Nhờ định dạng lại lịch công tác tuần này thành bảng đẹp:\n\nThứ;Giờ;Nội dung;Chủ trì;Địa điểm\n'
    + '\n'.join(f'{d};{h};{c};{p};Phòng họp {r}' for d, h, c, p, r in [
        ('Thứ Hai', '08:00', 'Giao ban lãnh đạo', 'Chủ tịch UBND', 'số 1'),
        ('Thứ Hai', '14:00', 'Họp triển khai kế hoạch chuyển đổi số', 'Phó Chủ tịch UBND', 'số 2'),
        ('Thứ Ba', '08:30', 'Tiếp công dân định kỳ', 'Chủ tịch UBND', 'tiếp dân'),
        ('Thứ Tư', '09:00', 'Làm việc với đoàn kiểm tra của tỉnh', 'Phó Chủ tịch UBND', 'số 1'),
        ('Thứ Năm', '14:00', 'Hội nghị sơ kết công tác cải cách hành chính', 'Chủ tịch UBND', 'hội trường'),
        ('Thứ Sáu', '08:00', 'Họp Ban chỉ đạo phòng chống thiên tai', 'Phó Chủ tịch UBND', 'số 2')]), 'csv')
neg('vi', 'an nginx config with basic auth through a password file path, with a question.',
    'Cấu hình nginx của em bị lỗi 403 khi vào trang quản trị, nhờ xem giúp:\n\nserver {\n    listen 443 ssl;\n'
    '    server_name dichvucong.example.vn;\n    ssl_certificate /etc/nginx/ssl/fullchain.pem;\n'
    '    ssl_certificate_key /etc/nginx/ssl/privkey.pem;\n    location /quantri/ {\n        auth_basic "Khu vuc quan tri";\n'
    '        auth_basic_user_file /etc/nginx/.htpasswd;\n        proxy_pass http://app:8080;\n    }\n}')
neg('vi', 'a log excerpt whose Authorization and token values are masked by the logger.',
    'Log lỗi khi đồng bộ văn bản, anh xem sao lại 401:\n\n'
    '2025-12-03 09:12:44,118 INFO  [sync] POST /api/v2/documents/push\n'
    '2025-12-03 09:12:44,120 DEBUG [http] Authorization: Bearer ****\n'
    '2025-12-03 09:12:44,121 DEBUG [http] X-Request-Id: 7f3c2a91-5d0e-4b8a-9c61-2e4f7a0b8d13\n'
    '2025-12-03 09:12:44,402 WARN  [sync] token=[REDACTED] rejected: expired\n'
    '2025-12-03 09:12:44,403 ERROR [sync] 401 Unauthorized, retry 1/3')
neg('vi', "a Jenkinsfile that takes the deploy login from Jenkins' credential store by id.",
    'Pipeline này chạy đến bước deploy thì treo, mọi người xem giúp:\n\npipeline {\n  agent any\n  stages {\n'
    "    stage('Build') { steps { sh 'mvn -B package' } }\n    stage('Deploy') {\n      steps {\n"
    "        withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NX_USER', "
    "passwordVariable: 'NX_PASS')]) {\n          sh 'mvn deploy -s settings.xml'\n        }\n      }\n    }\n  }\n}")
neg('vi', 'an e-mail with the office signature and a disclaimer that says the mail may hold "thông tin mật".',
    'Dịch thư sau sang tiếng Anh giúp tôi:\n\nKính gửi Quý đối tác,\nVăn phòng xin gửi lại chương trình hội thảo '
    'chuyển đổi số ngày 18/12 và đề nghị Quý đối tác xác nhận số lượng đại biểu tham dự trước ngày 12/12.\n\n'
    + VI_SIG + '\n\n' + VI_DISCLAIMER, 'eml')

# ================================================================ Vietnamese with diacritics: positives
add('vi', 'block', [CR], 'A spelling-fix request around a long handover report; one line holds the camera admin password.',
    'Hãy sửa lỗi chính tả đoạn sau:\n\nBÁO CÁO BÀN GIAO CÔNG VIỆC\n'
    + mid(VI_LINES, 30, f'Tài khoản quản trị đầu ghi camera: admin, mật khẩu {pw()} (chưa đổi sau khi lắp đặt).'))
add('vi', 'block', [CR], 'A Zalo export; one message gives the public-service portal password of the unit.',
    'Tóm tắt giúp mình đoạn chat nhóm này:\n\n' + zalo(chat_pad('vi', 9, VI_WHO) + [
        ('11:02', 'Trần Minh Đức', f'Gửi em mật khẩu tài khoản Cổng dịch vụ công của phòng: {pw()} , dùng xong nhớ đăng xuất'),
        ('11:05', 'Nguyễn Thị Lan', 'Dạ em nhận được rồi ạ')] + chat_pad('vi', 8, VI_WHO, 11)))
add('vi', 'block', [CR], 'A help-desk ticket that gives the old password (people reuse them).',
    'Mã phiếu: HD-2025-12004\nNgười yêu cầu: Kế toán\nTiêu đề: Không đăng nhập được phần mềm kế toán\n'
    f'Nội dung: Em quên mật khẩu mới, mật khẩu cũ là {pw()} , nhờ anh reset giúp em về mật khẩu mặc định.\n'
    'Trạng thái: Mới')
add('vi', 'block', [CR], 'application.properties with a literal datasource password, asked why it cannot connect.',
    'Sao ứng dụng không kết nối được CSDL nhỉ, file cấu hình đây:\n\nserver.port=8080\n'
    'spring.datasource.url=jdbc:postgresql://db:5432/motcua\nspring.datasource.username=motcua_app\n'
    f'spring.datasource.password={pw(14)}\nspring.jpa.hibernate.ddl-auto=validate\nlogging.level.root=INFO')
add('vi', 'block', [CR], 'A log excerpt with the session cookie of a logged-in portal user.',
    'Người dùng báo cứ bị đăng xuất, em trích log request đây:\n\n'
    '2025-12-03 14:20:11 GET /hoso/danh-sach HTTP/1.1\nHost: motcua.example.vn\nUser-Agent: Mozilla/5.0\n'
    f'Cookie: JSESSIONID={rnd(32, "0123456789ABCDEF")}; XSRF-TOKEN={rnd(36, LO + DG)}\n'
    '2025-12-03 14:20:11 302 -> /dang-nhap')
add('vi', 'block', [CR], 'web.config appSettings with an SMTP password as an attribute value.',
    'web.config của cổng thông tin, gửi mail không được, nhờ xem:\n\n<configuration>\n  <appSettings>\n'
    '    <add key="SmtpHost" value="smtp.office365.com" />\n    <add key="SmtpUser" value="thongbao@cong.example.vn" />\n'
    f'    <add key="SmtpPassword" value="{pw()}" />\n    <add key="SmtpPort" value="587" />\n  </appSettings>\n</configuration>')
add('vi', 'block', [CR], 'A kubeconfig with a service-account token, asked why kubectl is refused.',
    'kubectl báo "Unauthorized", kubeconfig của em như sau:\n\napiVersion: v1\nkind: Config\nclusters:\n'
    '- cluster:\n    server: https://k8s.example.vn:6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n'
    '    user: deployer\n  name: prod\ncurrent-context: prod\nusers:\n- name: deployer\n  user:\n'
    f'    token: {jwt("system:serviceaccount:ci:deployer")}')
add('vi', 'block', [CR], 'A PGPASSWORD on a psql line beside a pg_hba.conf excerpt.',
    'Em sửa pg_hba như dưới mà vẫn không vào được:\n\n# TYPE  DATABASE  USER  ADDRESS  METHOD\n'
    'host    all       all   0.0.0.0/0  scram-sha-256\nlocal   all       postgres     peer\n\nLệnh em chạy:\n'
    f'PGPASSWORD={pw()} psql -h db.example.vn -U baocao -d thongke')
add('vi', 'block', [CR, CO], 'An e-mail thread; the temporary password is deep in a quoted reply.',
    'Tóm tắt chuỗi thư này giúp mình:\n\nRe: Re: Tài khoản hệ thống báo cáo\n\nChào anh, em đăng nhập được rồi ạ.\n\n'
    'Vào lúc 08:15, 02/12/2025, Phạm Quốc Huy <huy.pham.vp@gmail.com> đã viết:\n'
    + '\n'.join('> ' + x for x in filler(VI_LINES, 6).split('\n'))
    + f'\n> Tài khoản: baocao.xa.tanlap\n> Mật khẩu tạm thời: {pw()}\n> Đăng nhập lần đầu hệ thống sẽ yêu cầu đổi.\n'
    '>\n> ' + VI_SIG.replace('\n', '\n> '), 'eml')
add('vi', 'warn', [CO], "A department's staff directory with personal mobile numbers.",
    'Định dạng lại danh bạ này thành bảng:\n\nHọ tên;Chức vụ;Di động\nNguyễn Văn Khải;Trưởng phòng;0912 458 302\n'
    'Đỗ Thị Hạnh;Phó trưởng phòng;0983 117 640\nVũ Minh Tâm;Chuyên viên;0868 204 519\nHoàng Thị Yến;Văn thư;0345 772 918', 'csv')
add('vi', 'block', [CR], 'A GitHub Actions workflow with a literal personal access token instead of a secret reference.',
    'Workflow này push image lỗi "denied", nhờ xem:\n\nname: build\non: [push]\njobs:\n  docker:\n'
    '    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo "$CR_PAT" | '
    'docker login ghcr.io -u dev-vanphong --password-stdin\n        env:\n'
    f'          CR_PAT: {crc_token("ghp_", seeded(24017)[1](30))}\n      - run: docker push ghcr.io/vanphong/portal:latest')
add('vi', 'block', [CR, IN], 'An asset list exported from a spreadsheet with an admin-password column.',
    'Nhờ sắp xếp danh sách thiết bị theo tầng:\n\nSTT;Thiết bị;Địa chỉ IP;Tầng;Tài khoản;Mật khẩu quản trị\n'
    + '\n'.join(f'{i + 1};{d};10.12.{i + 1}.{10 + i};{1 + i % 3};admin;{pw()}' for i, d in enumerate(
        ['Switch lõi', 'Wifi AP phòng họp', 'Đầu ghi camera', 'Máy in mạng'])), 'csv')

# ================================================================ Vietnamese without diacritics: hard negatives
VND = [vi_nd(x) for x in VI_LINES]
neg('vi', 'a spelling-fix request without diacritics around a long report that mentions password rules.',
    'Sua loi chinh ta doan sau:\n\n' + mid(VND, 26, 'Yeu cau can bo dat mat khau manh, toi thieu 12 ky tu, khong dung '
                                          'chung mat khau giua email cong vu va tai khoan ca nhan.'))
neg('vi', 'a chat export without diacritics: the new Wi-Fi password is on the meeting-room door, not written.',
    teams(chat_pad('vnd', 8, VND_WHO) + [('09:31', 'Le Thu Trang', 'mk wifi moi da dan o cua phong hop roi nha'),
                                           ('09:32', 'Tran Minh Duc', 'ok')] + chat_pad('vnd', 5, VND_WHO, 9)))
neg('vi', 'a help-desk ticket without diacritics: a reset request, no value.',
    'Ma phieu: HD-2025-12177\nTieu de: Quen mat khau email cong vu\nNoi dung: Em quen mat khau email, nho anh cap lai '
    'mat khau moi va gui qua tin nhan rieng cho em. Em da xac minh voi truong phong.\nTrang thai: Moi')
neg('vi', 'an .env template without diacritics: empty values and angle-bracket placeholders.',
    'File .env mau cua du an, anh em dien gia tri that vao may cua minh:\n\nAPP_ENV=production\nDB_HOST=db\n'
    'DB_USER=<dien_ten_dang_nhap>\nDB_PASSWORD=\nMAIL_PASSWORD=<mat_khau_email>\nJWT_SECRET=<chuoi_ngau_nhien_64_ky_tu>')
neg('vi', 'a Kubernetes Deployment without diacritics that reads the password from a secretKeyRef.',
    'Pod cu bi CrashLoopBackOff, manifest day:\n\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: baocao\n'
    'spec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: baocao-api:1.8\n'
    '          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n'
    '                  name: baocao-db\n                  key: password')
neg('vi', 'a log without diacritics with request ids, a commit hash and a checksum.',
    'Log deploy, sao ban build nay cham the:\n\n[2025-12-02 22:10:03] build 4812 started, commit '
    + rnd(40, HEX) + '\n[2025-12-02 22:14:51] artifact sha256=' + rnd(64, HEX)
    + '\n[2025-12-02 22:14:52] request_id=' + rnd(8, HEX) + '-' + rnd(4, HEX) + '-' + rnd(4, HEX) + '-' + rnd(4, HEX) + '-'
    + rnd(12, HEX) + ' upload ok\n[2025-12-02 22:15:40] deploy finished in 289s')
neg('vi', 'Spring properties without diacritics: the password is an env reference and the key is jasypt ciphertext.',
    'Cau hinh nay co an toan de day len git khong?\n\nspring.datasource.password=${DB_PASS}\n'
    'app.mail.password=ENC(' + base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode() + ')\n'
    'jasypt.encryptor.password=${JASYPT_KEY}')
neg('vi', 'minutes without diacritics: accounts will be sent privately.',
    'Tom tat bien ban hop:\n\n' + mid(VND, 20, 'Tai khoan va mat khau dang nhap he thong moi se duoc gui rieng qua tin '
                                      'nhan cho tung can bo, khong dang len nhom chung.', 3))
neg('vi', 'a schedule export without diacritics with online meeting links (no passcode).',
    'Lich hop truc tuyen tuan 49:\nNgay;Gio;Noi dung;Duong dan\n'
    + '\n'.join(f'0{d}/12/2025;{h};{c};https://meet.example.vn/phong-{r}' for d, h, c, r in [
        (1, '08:00', 'Giao ban tuan', 'giao-ban'), (3, '14:00', 'Hop chuyen doi so', 'cds'),
        (5, '09:00', 'So ket cai cach hanh chinh', 'cchc')]), 'csv')
neg('vi', 'an /etc/shadow line without diacritics: a crypt hash, not the password.',
    'Em xem file shadow thay dong nay, co phai mat khau bi lo khong a?\n\nvanthu:$6$' + rnd(16, AL + './') + '$'
    + rnd(86, AL + './') + ':20061:0:99999:7:::')

# ================================================================ Vietnamese without diacritics: positives
add('vi', 'block', [CR], 'A long report without diacritics; one line gives the one-stop-shop admin password.',
    'Sua loi chinh ta doan sau:\n\n' + mid(VND, 34, f'mk tai khoan quan tri he thong mot cua: {pw()} (tk: admin.motcua)', 5))
add('vi', 'block', [CR], 'A Teams export without diacritics: the new backup-server password in one message.',
    teams(chat_pad('vnd', 7, VND_WHO) + [('13:05', 'Le Hoang Nam', f'server backup doi mk roi nhe, mk moi: {pw()}')]
          + chat_pad('vnd', 7, VND_WHO, 8)))
add('vi', 'block', [CR], 'A help-desk ticket without diacritics with the old password.',
    'Tieu de: Khong vao duoc phan mem quan ly van ban\nNoi dung: em bi khoa tai khoan, mat khau cu la '
    f'{pw()} , nho anh mo khoa giup em\nNguoi gui: Bo phan van thu')
add('vi', 'block', [CR], 'docker-compose (mapping form) with a literal root password, asked without diacritics.',
    'Compose nay chay mysql bao loi quyen, xem giup em:\n\nservices:\n  mysql:\n    image: mysql:8.0\n'
    f'    environment:\n      MYSQL_ROOT_PASSWORD: "{pw()}"\n      MYSQL_DATABASE: hoso\n    ports:\n      - "3306:3306"')
add('vi', 'block', [CR], 'nginx forwarding a fixed Basic Authorization header to the backend, without diacritics.',
    'nginx proxy sang he thong cu bao 401, cau hinh day:\n\nlocation /api/ {\n    proxy_pass https://legacy.example.vn/;\n'
    '    proxy_set_header Authorization "Basic ' + base64.b64encode(f'tichhop:{pw()}'.encode()).decode()
    + '";\n    proxy_set_header Host legacy.example.vn;\n}')
add('vi', 'block', [CR, IN], 'An Ansible INI inventory with ansible_ssh_pass on private hosts, without diacritics.',
    'Chay ansible bi "Permission denied", file hosts day:\n\n[web]\n'
    f'10.20.1.11 ansible_user=deploy ansible_ssh_pass={pw()}\n10.20.1.12 ansible_user=deploy\n\n[db]\n10.20.2.21')
add('vi', 'block', [CR], 'An AWS presigned URL in a log, asked without diacritics why the link expired (decision: block).',
    'Link tai file bao loi AccessDenied, log day:\n\nGET https://hoso-scan.s3.ap-southeast-1.amazonaws.com/2025/12/hs-0481.pdf'
    f'?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{rnd(16, UP + DG)}%2F20251203%2Fap-southeast-1%2Fs3%2F'
    f'aws4_request&X-Amz-Date=20251203T021500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={rnd(64, HEX)}')
add('vi', 'block', [CR], 'A forwarded e-mail without diacritics with FTP login details in the forwarded part.',
    'Chuyen tiep cho em de em up file len nhe.\n\n---------- Forwarded message ---------\nFrom: Phong CNTT\n'
    'Subject: Tai khoan FTP nop du lieu\n\n' + filler(VND, 5) + f'\nFTP: ftp.sotttt-example.vn\nUser: nopdulieu_xa\nPass: {pw()}\n'
    + vi_nd(VI_SIG), 'eml')
add('vi', 'warn', [CO], 'A phone list without diacritics with personal mobiles of the ward officials.',
    'Danh ba can bo phuong:\nHo ten | Chuc danh | So DD\nPham Van Long | Chu tich | 0903 218 447\n'
    'Ngo Thi Mai | Cong chuc tu phap | 0977 604 135\nBui Quang Vinh | Cong an phuong | 0389 551 206')
add('vi', 'block', [CR], 'A Jenkinsfile without diacritics with sshpass and a literal password.',
    'Jenkinsfile bi loi host key, anh xem:\n\nstage("Deploy") {\n  steps {\n'
    f'    sh "sshpass -p \'{pw()}\' scp target/app.jar deploy@app.example.vn:/opt/app/"\n  }}\n}}')
add('vi', 'block', [CR], 'A Slack incoming-webhook URL pasted without diacritics.',
    'Em gui thong bao qua webhook nay ma khong thay hien, dung cu phap chua a?\n\ncurl -X POST -H "Content-type: '
    f'application/json" --data \'{{"text":"Da dong bo xong"}}\' https://hooks.slack.com/services/T{rnd(10, UP + DG)}/'
    f'B{rnd(10, UP + DG)}/{rnd(24)}')
add('vi', 'block', [CR], 'A lower-case uid/pwd ADO connection string, asked without diacritics.',
    'Sao bao loi "Login failed for user", chuoi ket noi day:\n\n'
    f'data source=sql.example.vn,1433;initial catalog=QLVB;uid=qlvb_app;pwd={pw()};TrustServerCertificate=True')

# ================================================================ Czech: hard negatives
neg('cs', 'a summarise request around a long thread with the office switchboard and a disclaimer.',
    'Shrň mi tento e-mail:\n\nRe: Přechod na novou spisovou službu\n\n' + filler(CS_LINES, 14)
    + '\nHeslo si každý nastaví sám při prvním přihlášení.\n\n' + CS_SIG + '\n\n' + CS_DISCLAIMER, 'eml')
neg('cs', 'a Czech config where the password is an environment placeholder.',
    'Proč se aplikace nepřipojí k databázi?\n\ndatabase:\n  host: db\n  user: spisovka\n  heslo: ${HESLO_DB}\n'
    '  pool: 10')
neg('cs', 'a Teams export: the password will be sent by SMS, not written.',
    teams(chat_pad('cs', 6, CS_WHO) + [('10:12', 'Petr Horák', 'Heslo k novému účtu ti pošlu SMSkou, sem ho psát nebudu.')]
          + chat_pad('cs', 5, CS_WHO, 7)))
neg('cs', 'a request to summarise public statistics.',
    'Shrň tato data do tří vět:\n\nVÝVOJ NEZAMĚSTNANOSTI V KRAJI\n'
    + '\n'.join(f'{m} 2025: podíl nezaměstnaných {3 + i % 3},{i * 7 % 10} %, volná místa {14000 + i * 311}'
                for i, m in enumerate(['leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen']))
    + '\nZdroj: veřejná data Úřadu práce.')
neg('cs', 'a help-desk ticket: forgotten password, no value.',
    'Požadavek č. 2025-4471\nPředmět: Zapomenuté heslo do docházky\nPopis: Zapomněl jsem heslo do docházkového '
    'systému, prosím o reset. Nové heslo mi pošlete na služební telefon.\nStav: Nový')
neg('cs', "a town office's phone directory with landlines and extensions only.",
    'Telefonní seznam městského úřadu\nÚstředna: 596 112 000\n\nOdbor;Klapka\n'
    + '\n'.join(f'{o};{200 + i * 11}' for i, o in enumerate(
        ['Podatelna', 'Odbor dopravy', 'Stavební úřad', 'Odbor sociálních věcí', 'Matrika', 'Informatika'])), 'csv')
neg('cs', 'a GitLab CI file using protected variables and the job token.',
    'Pipeline padá na kroku deploy, nevíte proč?\n\ndeploy:\n  stage: deploy\n  script:\n'
    '    - echo "$REGISTRY_PASSWORD" | docker login -u "$REGISTRY_USER" --password-stdin $CI_REGISTRY\n'
    '    - curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages"\n'
    '  only:\n    - main')
neg('cs', 'a Czech e-mail disclaimer with "důvěrné informace" under a routine message.',
    'Přelož do angličtiny:\n\nDobrý den,\nposílám upravený harmonogram školení a prosím o potvrzení účasti do '
    'pátku.\n\n' + CS_SIG + '\n\n' + CS_DISCLAIMER, 'eml')

# ================================================================ Czech: positives
add('cs', 'block', [CR], 'A summarise request; a quoted reply deep in the thread gives the login and password.',
    'Shrň mi tento e-mail:\n\nRe: Re: Přístup do ekonomického systému\n\nDíky, funguje to.\n\n'
    'Dne 2. 12. 2025 v 9:40 Lukáš Beneš napsal(a):\n' + '\n'.join('> ' + x for x in filler(CS_LINES, 6).split('\n'))
    + f'\n> Přihlašovací jméno: ekonom.dvorakova\n> Heslo: {pw()}\n> Po prvním přihlášení si ho změň.\n', 'eml')
add('cs', 'block', [CR], 'A Teams export with the new VPN password in one message.',
    teams(chat_pad('cs', 8, CS_WHO) + [('14:20', 'Jana Dvořáková', f'nové heslo k VPN je {pw()} , platí od zítřka')]
          + chat_pad('cs', 6, CS_WHO, 9)))
add('cs', 'block', [CR], 'A help-desk ticket that gives the old password.',
    'Požadavek č. 2025-4502\nPředmět: Zamčený účet\nPopis: Po dovolené se nemůžu přihlásit, staré heslo bylo '
    f'{pw()} a asi vypršelo. Prosím o odemčení.\nStav: Nový')
add('cs', 'block', [CR], 'application.properties with a literal mail password, asked in Czech.',
    'Nejde odesílat pošta z aplikace, konfigurace:\n\nspring.mail.host=smtp.example.cz\nspring.mail.port=587\n'
    f'spring.mail.username=notifikace@mesto-example.cz\nspring.mail.password={pw()}\nspring.mail.properties.mail.smtp.auth=true')
add('cs', 'block', [CR], 'An asset list CSV with a "Přihlašovací heslo" column.',
    'Seřaď mi to podle budovy:\n\nZařízení;Budova;Uživatel;Přihlašovací heslo\n'
    + '\n'.join(f'{d};{b};admin;{pw()}' for d, b in [('Tiskárna 2. patro', 'A'), ('Router zasedačka', 'B'),
                                                    ('NAS archiv', 'A')]), 'csv')
add('cs', 'warn', [CO], 'A department list with personal mobile numbers.',
    'Kontakty na odbor:\nJméno;Funkce;Mobil\nMarie Kratochvílová;vedoucí odboru;+420 737 214 908\n'
    'Tomáš Procházka;referent;+420 604 381 225\nEva Šimková;asistentka;+420 775 902 146', 'csv')
add('cs', 'block', [CR], 'A log with an Authorization Bearer header, asked in Czech.',
    'Proč API vrací 403? Výpis požadavku:\n\nPOST /api/v1/podani HTTP/1.1\nHost: api.example.cz\n'
    f'Authorization: Bearer {rnd(40, AL)}\nContent-Type: application/json\n\nHTTP/1.1 403 Forbidden')
add('cs', 'block', [CR], 'A kubeconfig with client-key-data, asked in Czech.',
    'kubectl hlásí chybu certifikátu, tady je můj config:\n\nusers:\n- name: admin\n  user:\n'
    '    client-certificate-data: ' + base64.b64encode(b'-----BEGIN CERTIFICATE-----\n' + bytes(R.getrandbits(8) for _ in range(40))).decode()
    + '\n    client-key-data: ' + pem_b64('RSA PRIVATE KEY') + skip(60))
add('cs', 'block', [CR], 'An e-mail with FTP login for a supplier, with the password on its own line.',
    'Přelož pro dodavatele:\n\nDobrý den,\ndata můžete nahrát na náš FTP server.\nServer: ftp.mesto-example.cz\n'
    f'Uživatel: dodavatel_gis\nHeslo:\n{pw()}\n\n' + CS_SIG, 'eml')

# ================================================================ English: hard negatives
neg('en', 'a translate request around a long status e-mail with a switchboard signature and a confidentiality notice.',
    'Translate this for the partner:\n\nSubject: Weekly status\n\n' + filler(EN_LINES, 16) + '\n\n' + EN_SIG + '\n\n'
    + EN_DISCLAIMER, 'eml')
neg('en', 'a Slack export: the rotated password is in the password manager, not written.',
    slack(chat_pad('en', 5, EN_WHO) + [('4:12 PM', 'Tom Gallagher', "Rotated the prod DB password, it's in 1Password "
                                        "under 'prod-db (rotated Dec)'.")] + chat_pad('en', 4, EN_WHO, 6)))
neg('en', 'an nginx config with public hosts and no secret.',
    'Why does this redirect loop?\n\nserver {\n    listen 80;\n    server_name www.example.com;\n'
    '    return 301 https://$host$request_uri;\n}\nserver {\n    listen 443 ssl http2;\n    server_name www.example.com;\n'
    '    location / { proxy_pass http://web:3000; proxy_set_header X-Forwarded-Proto $scheme; }\n}')
neg('en', 'a test fixture file marked as fake credentials.',
    'Can you turn this fixture into a pytest parametrize?\n\n# tests/fixtures/users.yaml - FAKE data for unit tests, not '
    'used by any environment\nusers:\n  - name: alice\n    password: fake-password-for-tests\n  - name: bob\n'
    '    password: fake-password-for-tests')
neg('en', 'a Kubernetes Secret template whose data is base64 of placeholder words.',
    'Is this Secret manifest valid?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app-db\ntype: Opaque\ndata:\n'
    '  username: ' + base64.b64encode(b'username').decode() + '\n  password: ' + base64.b64encode(b'changeme').decode())
neg('en', 'known_hosts output from ssh-keyscan: public host keys.',
    'Should I commit this known_hosts file?\n\ngit.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rnd(43, AL + '+/')
    + '\ngit.example.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAI' + rnd(100, AL + '+/') + '=')
neg('en', 'a request to summarise public labour statistics.',
    'Summarise this table in two sentences:\n\nRegion | Employment rate | Change\n'
    + '\n'.join(f'{r} | {71 + i % 5}.{i * 3 % 10} % | +{i % 3}.{i * 7 % 10} pp' for i, r in enumerate(
        ['North East', 'North West', 'Yorkshire', 'East Midlands', 'West Midlands', 'London', 'South East']))
    + '\nSource: published quarterly survey.')
neg('en', 'a meeting schedule export with join passcodes printed on every invitation.',
    'Put these into a calendar-friendly table:\n\nDate,Time,Meeting,Join,Meeting ID,Passcode\n'
    + '\n'.join(f'2025-12-0{d},{t},{m},https://teams.example.com/l/meetup-join/{rnd(12, LO + DG)},'
                f'{rnd(3, DG)} {rnd(3, DG)} {rnd(3, DG)} {rnd(2, DG)},{rnd(6, AL)}'
                for d, t, m in [(1, '10:00', 'Project sync'), (3, '14:30', 'Vendor review'), (5, '09:00', 'Retro')]), 'csv')
neg('en', 'an .env.example with x-ed out live-key placeholders.',
    'What does each of these do?\n\n# .env.example - copy to .env and fill in\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n'
    'SENDGRID_API_KEY=SG.xxxxxxxx.xxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app')
neg('en', 'a Postman collection whose Authorization header is a {{variable}}.',
    'Why is my Postman variable not resolved?\n\n{\n  "request": {\n    "method": "GET",\n    "header": [\n'
    '      {"key": "Authorization", "value": "Bearer {{accessToken}}"},\n      {"key": "Accept", "value": "application/json"}\n'
    '    ],\n    "url": "https://api.example.com/v1/orders"\n  }\n}')

# ================================================================ English: positives
add('en', 'block', [CR], 'A translate request; one line of a long e-mail gives the SFTP login.',
    'Translate this for the partner:\n\nSubject: Data drop for December\n\n'
    + mid(EN_LINES, 22, f'The SFTP login for the data drop is partner_upload / {pw()} (host sftp.example.com).') + '\n\n' + EN_SIG, 'eml')
add('en', 'block', [CR], 'A Slack export where someone pasted their .npmrc with an npm token.',
    slack(chat_pad('en', 4, EN_WHO) + [('11:03 AM', 'Sofia Marchetti', 'here is my .npmrc, still getting 401 on publish:\n'
                                        f'//registry.npmjs.org/:_authToken=npm_{rnd(36)}')] + chat_pad('en', 4, EN_WHO, 5)))
add('en', 'block', [CR], 'A log with a signed session cookie.',
    'Users get logged out every few minutes, here is a request from the log:\n\nGET /dashboard HTTP/1.1\n'
    f'Host: app.example.com\nCookie: session={b64u({"user_id": 4812, "role": "admin"})}.{rnd(6, AL)}.{rnd(27, AL + "-_")}\n'
    'Response: 302 Found Location: /login')
add('en', 'block', [CR], 'docker-compose with a literal Redis password in the command line.',
    'Redis keeps refusing connections from the worker, compose file:\n\nservices:\n  redis:\n    image: redis:7\n'
    f'    command: redis-server --requirepass {pw(16)}\n  worker:\n    image: acme/worker:3.1\n    environment:\n'
    '      REDIS_HOST: redis')
add('en', 'block', [CR], 'An application.yml with a literal JWT signing secret.',
    'Tokens issued by staging are rejected by prod, configs attached:\n\napp:\n  jwt:\n'
    f'    secret: {rnd(48, AL)}\n    expiration: 3600\n  cors:\n    allowed-origins: https://portal.example.com')
add('en', 'block', [CR], 'An Azure SAS URL in a support message (decision: a signed URL blocks).',
    'The partner says this link gives 403, can you see why?\n\nhttps://acmedata.blob.core.windows.net/exports/2025-12.csv?'
    f'sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-12-31T23:59:59Z&st=2025-12-01T00:00:00Z&spr=https&sig={rnd(43, AL)}%3D')
add('en', 'block', [CR], 'A help-desk ticket that gives the old password.',
    'Ticket #58213\nSubject: Locked out after password change\nDescription: I changed my password this morning and now '
    f'nothing works. My old password was {pw()} if that helps you find the account.\nPriority: Medium')
add('en', 'warn', [CO], 'A team directory with personal mobile numbers.',
    'Format this as a table:\n\nName, Role, Mobile\nDaniel Okafor, Site lead, +44 7700 912 384\n'
    'Hannah Lindqvist, Engineer, +44 7911 405 672\nMarcus Reid, Engineer, +44 7488 230 915', 'csv')
add('en', 'block', [CR], 'A long incident report; one line quotes a leaked Slack user token.',
    'Proofread this incident report:\n\nINCIDENT REPORT IR-2025-117\n'
    + mid(EN_LINES, 28, f'Root cause: the token xoxp-{rnd(11, DG)}-{rnd(12, DG)}-{rnd(13, DG)}-{rnd(32, HEX)} was committed to '
          'the wiki export and is still active.'))

# ================================================================ mixed
neg('mixed', 'a Vietnamese question around an Ansible playbook that looks the password up in HashiCorp Vault.',
    'Playbook này lấy mật khẩu từ vault như vậy đúng chưa ạ?\n\n- hosts: db\n  vars:\n'
    "    db_password: \"{{ lookup('hashi_vault', 'secret=kv/data/vanban:password') }}\"\n  tasks:\n"
    '    - name: create user\n      postgresql_user:\n        name: vanban\n        password: "{{ db_password }}"')
neg('mixed', 'a Vietnamese question around a kubeconfig that authenticates through an exec plugin (no token).',
    'Kubeconfig này có chứa thông tin bí mật không, gửi cho đối tác được không?\n\nusers:\n- name: eks-user\n  user:\n'
    '    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n'
    '      args: ["eks", "get-token", "--cluster-name", "prod"]')
add('mixed', 'block', [CR], 'A Vietnamese request to translate an English e-mail that gives the SMTP relay login.',
    'Dịch sang tiếng Việt giúp mình:\n\nHi team,\nThe new SMTP relay is ready. Use smtp-relay.example.com:587, '
    f'username notify@example.com, password {pw()} . Please update your apps by Friday.\n\n' + EN_SIG, 'eml')
add('mixed', 'block', [CR], 'A Czech question around an English log with an X-Api-Key header.',
    'Co znamená tahle chyba?\n\n2025-12-03T10:22:41Z request GET /v2/reports\n'
    f'  headers: {{"X-Api-Key": "{rnd(32, AL)}", "Accept": "application/json"}}\n  status: 429 Too Many Requests')
neg('mixed', 'a Vietnamese asset list with an English "see sticker" note in the password column.',
    'Sap xep theo phong giup em:\n\nThiet bi;Phong;Default password\nRouter Wifi;Hanh chinh;see vendor sticker\n'
    'Camera cong;Bao ve;changed on install, ask IT\nMay in;Ke toan;none', 'csv')
add('mixed', 'block', [CR], 'A password-manager CSV export pasted with a Vietnamese request.',
    'Nhờ đổi file xuất này sang bảng markdown:\n\nfolder,favorite,type,name,login_uri,login_username,login_password\n'
    f'Cong viec,,login,Email cong vu,https://mail.example.vn,lan.nt,{pw()}\n'
    f'Cong viec,,login,Phan mem ke toan,https://ketoan.example.vn,lan.nt,{pw()}', 'csv')
neg('mixed', 'a Vietnamese request around an English Teams invite with meeting ID and passcode.',
    'Dịch lời mời họp này sang tiếng Việt:\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
    f'Meeting ID: {rnd(3, DG)} {rnd(3, DG)} {rnd(3, DG)} {rnd(3, DG)}\nPasscode: {rnd(6, AL)}\n'
    'Need help? | Meeting options')
add('mixed', 'block', [CR], 'An English Postman request with a literal bearer token, asked in Vietnamese.',
    'Gọi API này bị 401 dù token vẫn còn hạn:\n\n{\n  "request": {\n    "method": "POST",\n    "header": [\n'
    f'      {{"key": "Authorization", "value": "Bearer {jwt("api-client-vanban")}"}}\n    ],\n'
    '    "url": "https://api.example.vn/v1/van-ban"\n  }\n}')

# ================================================================ batch 2, written blind after batch 1's fixes
R2, rnd2 = seeded(2425)


def pw2(n=12):
    return R2.choice(UP) + rnd2(n - 5, LO) + R2.choice('@#!$&*') + rnd2(3, DG)


def skip2(n):
    """skip() for batch 2's generator: the draw of the replaced key, from the same alphabet."""
    rnd2(n, AL + '_-')
    return ''


def openai_key():
    """An OpenAI project key of the real length, with the "T3BlbkFJ" every such key holds (batch 2 scored blind had
    48 random characters after sk-proj-, which no real key has), from a generator of its own."""
    g = seeded(24126)[1]
    return 'sk-proj-' + g(74, AL + '_-') + 'T3BlbkFJ' + g(74, AL + '_-')


# ---- Vietnamese with diacritics
add('vi', 'block', [CR], 'A .pgpass line pasted with a question about why psql still asks for a password.',
    'Em đã tạo file ~/.pgpass như này mà psql vẫn hỏi mật khẩu:\n\ndb.example.vn:5432:thongke:baocao_ro:' + pw2()
    + '\n\nQuyền file em để 644.')
add('vi', 'block', [CR], "PHPMailer settings with the mailbox password, asked why mail is not sent.",
    'Code gửi mail của cổng thông tin bị lỗi SMTP connect() failed:\n\n$mail->isSMTP();\n$mail->Host = "smtp.gmail.com";\n'
    '$mail->SMTPAuth = true;\n$mail->Username = "thongbao.ubnd@gmail.com";\n' + f"$mail->Password = '{pw2()}';\n"
    '$mail->Port = 587;')
add('vi', 'block', [CR], 'A Cisco running-config with an SNMP community and a type-0 user password.',
    'Nhờ rà soát cấu hình switch này xem có gì sai:\n\nhostname SW-CORE-01\n!\nusername netadmin privilege 15 password 0 '
    + pw2() + f'\nsnmp-server community {pw2()} RW\n!\ninterface Vlan10\n description VP-Tang2\n!\nend')
add('vi', 'block', [CR], 'An e-mail giving the password of a .p12 signing certificate file.',
    'Tóm tắt thư này:\n\nChào em,\nAnh gửi kèm chứng thư số của đơn vị (file chungthu_vanphong.p12) để cài lên máy văn '
    f'thư.\nMật khẩu file .p12 là {pw2()}\nCài xong em xóa thư này đi nhé.\n\n' + VI_SIG, 'eml')
add('vi', 'block', [CR], 'A sqlcmd line with -P and the sa password in a Vietnamese note.',
    'Lệnh sao lưu hằng đêm của em chạy lỗi, xem giúp:\n\nsqlcmd -S sql.example.vn -U sa -P ' + pw2()
    + ' -Q "BACKUP DATABASE QLVB TO DISK=\'D:\\\\backup\\\\qlvb.bak\'"')
add('vi', 'block', [CR], 'A JSON request log line that recorded the login body with the password.',
    'Log API đăng nhập, sao lại trả 500:\n\n{"ts":"2025-12-04T08:01:12Z","level":"error","path":"/api/auth/login",'
    f'"body":{{"username":"lan.nt","password":"{pw2()}"}},"err":"connection reset"}}')
neg('vi', 'a Cisco config with hashed secrets only (type 9 / type 5).',
    'Cấu hình router, nhờ kiểm tra ACL:\n\nhostname RT-BIEN\nenable secret 9 $9$' + rnd2(14, AL) + '$' + rnd2(43, AL)
    + '\nusername netadmin privilege 15 secret 5 $1$' + rnd2(4, AL) + '$' + rnd2(22, AL + './')
    + '\n!\nip access-list extended WEB\n permit tcp any any eq 443\n!')
neg('vi', 'a Postfix main.cf whose SASL password lives in a map file.',
    'Postfix không relay được qua máy chủ thư của tỉnh:\n\nrelayhost = [smtp.example.vn]:587\nsmtp_sasl_auth_enable = yes\n'
    'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_security_options = noanonymous\n'
    'smtp_tls_security_level = encrypt')
neg('vi', 'an e-mail saying the attachment password will come by SMS.',
    'Dịch sang tiếng Anh:\n\nKính gửi anh Minh,\nVăn phòng gửi kèm bảng tổng hợp số liệu đã nén có mật khẩu. Mật khẩu mở '
    'tệp sẽ được gửi riêng qua tin nhắn SMS đến số điện thoại anh đã đăng ký.\n\n' + VI_SIG, 'eml')
neg('vi', 'a login error log with the user name and no password.',
    'Log đăng nhập thất bại liên tục, có phải bị dò mật khẩu không?\n\n'
    + '\n'.join(f'2025-12-04 02:1{i}:0{i} WARN  auth: invalid password for user "vanthu{i}" from 203.0.113.{20 + i}'
                for i in range(6)))
neg('vi', 'Terraform plan output where the password shows as (sensitive value).',
    'Terraform plan ra như này có đúng không:\n\n  # aws_db_instance.qlvb will be created\n  + resource "aws_db_instance" "qlvb" {\n'
    '      + engine         = "postgres"\n      + username       = "qlvb_admin"\n      + password       = (sensitive value)\n'
    '      + instance_class = "db.t3.medium"\n    }')
neg('vi', 'a Helm values file pointing to an existing secret, the password left empty.',
    'values.yaml của chart postgresql, em để vậy đã đúng chưa:\n\nauth:\n  username: vanban\n  password: ""\n'
    '  existingSecret: vanban-db-credentials\n  secretKeys:\n    userPasswordKey: password')
add('vi', 'warn', [IN], 'An nginx upstream on private addresses (no secret): infrastructure warns.',
    'Cân bằng tải không chia đều, cấu hình:\n\nupstream motcua {\n    least_conn;\n    server 10.30.4.11:8080;\n'
    '    server 10.30.4.12:8080;\n}\nserver {\n    listen 80;\n    location / { proxy_pass http://motcua; }\n}')
add('vi', 'warn', [CO], "An e-mail reply whose signature gives the sender's personal mobile and Gmail.",
    'Tóm tắt giúp mình:\n\nRe: Lịch tập huấn chữ ký số\n\nDạ em xác nhận phòng em cử 3 người tham dự ạ.\n\n--\n'
    'Đỗ Thị Hạnh\nChuyên viên phòng Nội vụ\nDĐ: 0983 117 640\nEmail: hanh.dothi88@gmail.com', 'eml')

# ---- Vietnamese without diacritics
add('vi', 'block', [CR], 'A CIFS mount command with the share password, asked without diacritics.',
    'Mount o chung bi loi "mount error(13)", lenh em dung:\n\nsudo mount -t cifs //fs.example.vn/vanban /mnt/vanban '
    f'-o username=vanthu,password={pw2()},vers=3.0')
add('vi', 'block', [CR], 'An OCR-ed handover sheet without diacritics; the password has an O read as 0.',
    'Sua loi OCR giup em doan nay:\n\nBIEN BAN BAN GIAO THIET BI\n' + filler(VND, 8, 2)
    + '\nMay chu ke toan - tai khoan: ketoan.admin\nMat khau: Kt0an@2O25#vp\n' + filler(VND, 6, 10))
add('vi', 'block', [CR], 'A net use command with a domain user and password, without diacritics.',
    'Script map o mang cho phong ke toan, sao chay bao loi 1326:\n\nnet use Z: \\\\fs01\\ketoan /user:UBND\\ketoan01 '
    + pw2() + ' /persistent:yes')
add('vi', 'block', [CR], 'A Telegram bot token in a .env, asked without diacritics.',
    'Bot bao cao tu dong khong gui duoc tin, file .env:\n\nTELEGRAM_BOT_TOKEN=' + rnd2(10, DG) + ':AA' + rnd2(33, AL + '_-')
    + '\nCHAT_ID=-100' + rnd2(10, DG))
neg('vi', 'an sshd auth log without diacritics: "Failed password for" lines.',
    'Log server bi ai do do mat khau, chan the nao?\n\n'
    + '\n'.join(f'Dec  4 03:1{i}:2{i} web01 sshd[{41200 + i}]: Failed password for {u} from 198.51.100.{40 + i} port {50100 + i} ssh2'
                for i, u in enumerate(['root', 'invalid user admin', 'root', 'invalid user test', 'ubuntu'])))
neg('vi', 'an htpasswd file without diacritics: apr1 hashes, not the passwords.',
    'File .htpasswd nay co an toan khong?\n\nadmin:$apr1$' + rnd2(8, AL) + '$' + rnd2(22, AL + './')
    + '\nbientap:$apr1$' + rnd2(8, AL) + '$' + rnd2(22, AL + './'))
neg('vi', 'a chat without diacritics: the Wi-Fi password is described by its rule, not given.',
    teams(chat_pad('vnd', 4, VND_WHO) + [('15:02', 'Pham Quoc Huy', 'mk wifi khach la ten co quan viet lien khong dau, hoi le tan nhe')]
          + chat_pad('vnd', 3, VND_WHO, 5)))
neg('vi', 'a password policy in a config without diacritics (lengths and days).',
    'Cau hinh chinh sach mat khau cua he thong:\n\npassword_min_length: 12\npassword_expiry_days: 90\n'
    'password_history: 5\npassword_require_symbol: true')
neg('vi', 'a Jenkins console log with the masked docker login, without diacritics.',
    'Build bi fail o buoc push:\n\n+ docker login -u deploy -p **** registry.example.vn\nWARNING! Using --password via the CLI '
    'is insecure.\nLogin Succeeded\n+ docker push registry.example.vn/motcua:2.4\ndenied: requested access to the resource is denied')

# ---- Czech
add('cs', 'block', [CR], 'A Docker config.json with a base64 auth of user and password.',
    'Docker push hlásí unauthorized, tady je můj ~/.docker/config.json:\n\n{\n  "auths": {\n    "registry.example.cz": {\n'
    '      "auth": "' + base64.b64encode(f'ci-bot:{pw2()}'.encode()).decode() + '"\n    }\n  }\n}')
add('cs', 'block', [CR], 'A MikroTik export with a user password.',
    'Zkontroluj mi prosím tuhle konfiguraci routeru:\n\n/system identity set name=RB-Zasedacka\n'
    f'/user add name=spravce group=full password={pw2()}\n/ip service set telnet disabled=yes')
add('cs', 'block', [CR], 'A Czech e-mail thread; the quoted message gives the wifi password for a conference room.',
    'Shrň mi to:\n\nRe: Školení v zasedačce\n\nDíky, dorazíme v 9.\n\n> Dne 3. 12. 2025 Petr Horák napsal(a):\n'
    + '\n'.join('> ' + x for x in filler(CS_LINES, 4, 2).split('\n'))
    + f'\n> Wifi: ZASEDACKA-5G\n> Heslo: {pw2()}\n', 'eml')
add('cs', 'block', [CR], 'An access-log line with an api key in the query string.',
    'Proč se v logu objevuje tolik 401?\n\n198.51.100.23 - - [04/Dec/2025:10:11:12 +0100] "GET /api/v1/export?format=csv&apikey='
    + rnd2(32, HEX) + ' HTTP/1.1" 401 112')
neg('cs', 'a Docker config.json that uses a credential store (no auth value).',
    'Je tenhle config.json v pořádku?\n\n{\n  "auths": {\n    "registry.example.cz": {}\n  },\n  "credsStore": "desktop"\n}')
neg('cs', 'a Spring actuator env dump with masked values.',
    'Co znamenají ty hvězdičky v /actuator/env?\n\n"spring.datasource.password": {\n  "value": "******",\n'
    '  "origin": "System Environment Property \\"DB_PASSWORD\\""\n}')
neg('cs', 'a phishing e-mail pasted to ask whether it is a scam (no value).',
    'Je tohle podvod?\n\nVážený uživateli, platnost vašeho hesla k e-mailu vyprší dnes. Pro zachování přístupu klikněte na '
    'odkaz a potvrďte své heslo: http://overeni-posty.example.net/login\nTým podpory')
neg('cs', 'an English office directory of extensions and a helpdesk mailbox, with a Czech request.',
    'Přelož do češtiny:\n\nOffice directory\nReception: ext. 100\nIT helpdesk: ext. 140, helpdesk@example.com\n'
    'Facilities: ext. 155\nMain line: +420 222 000 100')
add('cs', 'warn', [CO], 'A Czech e-mail signature with a personal mobile.',
    'Přelož pro kolegu:\n\nDobrý den, posílám podklady k jednání.\n\nS pozdravem\nMarie Kratochvílová\nvedoucí odboru\n'
    'mobil: +420 737 214 908', 'eml')

# ---- English
add('en', 'block', [CR], 'An appsettings.Development.json with an Azure AD client secret.',
    'Login via Azure AD fails with AADSTS7000215, config below:\n\n{\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n'
    '    "TenantId": "' + rnd2(8, HEX) + '-' + rnd2(4, HEX) + '-' + rnd2(4, HEX) + '-' + rnd2(4, HEX) + '-' + rnd2(12, HEX)
    + '",\n    "ClientId": "' + rnd2(8, HEX) + '-' + rnd2(4, HEX) + '-' + rnd2(4, HEX) + '-' + rnd2(4, HEX) + '-'
    + rnd2(12, HEX) + '",\n    "ClientSecret": "' + rnd2(3, AL) + '8Q~' + rnd2(34, AL + '_-.~') + '"\n  }\n}')
add('en', 'block', [CR], 'A .git-credentials line with a token as the password.',
    'git keeps pushing as the wrong user, my ~/.git-credentials:\n\nhttps://tgallagher:' + crc_token('ghp_', rnd2(30))
    + '@github.com\nhttps://ci-bot:' + pw2(16) + '@git.example.com')
add('en', 'block', [CR], "A MySQL statement creating a user with the password, in a DBA's handover.",
    'Please tidy up these notes:\n\n' + filler(EN_LINES, 6, 1)
    + f"\nCREATE USER 'reporting'@'%' IDENTIFIED WITH caching_sha2_password BY '{pw2()}';\n" + filler(EN_LINES, 4, 7))
add('en', 'block', [CR], 'A Slack export where an OpenAI project key is pasted.',
    slack(chat_pad('en', 3, EN_WHO) + [('2:41 PM', 'Priya Raman', 'the key for the summariser is ' + openai_key() + skip2(48)
                                        + ' , please do not share')] + chat_pad('en', 3, EN_WHO, 4)))
neg('en', 'a MySQL user created with an auth plugin and no password.',
    "What does this do?\n\nCREATE USER 'app'@'localhost' IDENTIFIED WITH auth_socket;\n"
    "ALTER USER 'reporting'@'%' IDENTIFIED WITH caching_sha2_password;")
neg('en', 'ssh-keygen output: fingerprint and randomart.',
    'Is it fine to post this in the ticket?\n\nYour public key has been saved in /home/priya/.ssh/id_ed25519.pub\n'
    'The key fingerprint is:\nSHA256:' + rnd2(43, AL + '+/') + ' priya@laptop\nThe key\'s randomart image is:\n'
    '+--[ED25519 256]--+\n|    .o+=.        |\n|   . =o*.        |\n+----[SHA256]-----+')
neg('en', 'a README snippet with an sk-... placeholder key.',
    'Summarise the setup steps:\n\n1. Create a key in the dashboard.\n2. export OPENAI_API_KEY="sk-..."\n'
    '3. Run `npm start`.\nNever commit the key; the app reads it from the environment.')
neg('en', 'a GitHub Actions log where the secret is printed as ***.',
    'Why does this step fail?\n\nRun docker login ghcr.io -u ci-bot -p ***\nError response from daemon: denied\n'
    'Error: Process completed with exit code 1.')
neg('en', 'a Keycloak client export whose secret is masked.',
    'Can you explain these client settings?\n\n{\n  "clientId": "portal",\n  "enabled": true,\n'
    '  "clientAuthenticatorType": "client-secret",\n  "secret": "**********",\n  "redirectUris": ["https://portal.example.com/*"]\n}')
neg('en', 'a Teams invite with a dial-in line and conference id.',
    'Translate this for the partner:\n\nJoin by phone\n+44 20 3321 5200,,' + rnd2(9, DG) + '# United Kingdom, London\n'
    'Phone conference ID: ' + rnd2(3, DG) + ' ' + rnd2(3, DG) + ' ' + rnd2(3, DG) + '#\nFind a local number | Reset PIN')
add('en', 'warn', [IN], 'A docker-compose on a private network address with no secret: infrastructure warns.',
    'Why can the app not reach the API?\n\nservices:\n  app:\n    image: acme/app:5\n    environment:\n'
    '      API_URL: http://192.168.40.15:8081\n      API_TIMEOUT: 30')

# ---- mixed
add('mixed', 'block', [CR], 'A Vietnamese note around an English MikroTik/hotspot voucher list with passwords.',
    'Nhờ in danh sách tài khoản wifi khách này thành thẻ:\n\nUser,Password,Profile\n'
    + '\n'.join(f'khach{i:02d},{pw2(10)},1day' for i in range(1, 5)), 'csv')
neg('mixed', 'a Vietnamese question around an English log of password resets (no values).',
    'Log này có lộ mật khẩu không anh?\n\n2025-12-04 09:10:02 INFO password reset requested for user=lan.nt\n'
    '2025-12-04 09:10:45 INFO password changed for user=lan.nt (policy ok, history ok)\n'
    '2025-12-04 09:11:03 INFO session revoked for user=lan.nt')
add('mixed', 'block', [CR], 'A Czech request around an English Wi-Fi QR payload.',
    'Co obsahuje tenhle QR kód z recepce?\n\nWIFI:T:WPA;S:Hotel-Guest-5G;P:' + pw2() + ';H:false;;')
neg('mixed', 'a Czech question on an English JWT explanation with a sample header only.',
    'Vysvětli mi česky, co je v hlavičce:\n\nA JWT has three parts. The header, e.g. '
    + b64u({'alg': 'HS256', 'typ': 'JWT'}) + ', says which algorithm signs the token; the payload holds claims; the '
    'signature proves neither was changed.')

# ================================================================ batch 3, written blind after batch 2's fixes
R3, rnd3 = seeded(2426)


def pw3(n=12):
    return R3.choice(UP) + rnd3(n - 5, LO) + R3.choice('@#!$&*') + rnd3(3, DG)


def skip3(n, chars):
    """skip() for batch 3's generator."""
    rnd3(n, chars)
    return ''


def aws_key_id():
    """The 16 characters after AKIA from AWS's base-32 alphabet (A-Z, 2-7); batch 3 scored blind drew them from A-Z and
    0-9, which no AWS key id holds. A generator of its own keeps the later values as scored."""
    return seeded(24153)[1](16, UP + '234567')


# ---- Vietnamese
add('vi', 'block', [CR], 'A PowerShell script with a plain-text password turned into a SecureString.',
    'Script tạo tài khoản hàng loạt chạy lỗi, anh xem giúp:\n\n$pw = ConvertTo-SecureString "' + pw3()
    + '" -AsPlainText -Force\nImport-Csv .\\nhanvien.csv | ForEach-Object {\n  New-ADUser -Name $_.HoTen -AccountPassword $pw -Enabled $true\n}')
add('vi', 'block', [CR], 'A git clone URL with a GitLab token as the password.',
    'Clone repo bị lỗi 403 dù token còn hạn:\n\ngit clone https://oauth2:glpat-' + rnd3(20, AL + '_-')
    + '@gitlab.example.vn/vanphong/cong-thong-tin.git')
add('vi', 'block', [CR], 'A help-desk reply that resets the password to a given value.',
    'Phiếu HD-2025-12355 - Phản hồi của Tổ CNTT:\nĐã mở khóa tài khoản và đặt lại mật khẩu tạm là ' + pw3()
    + ' . Anh/chị đăng nhập và đổi ngay trong lần đầu.\nTrạng thái: Đã xử lý')
add('vi', 'warn', [CO], "An e-mail signature with the sender's personal Zalo number.",
    'Dịch chữ ký này sang tiếng Anh:\n\n--\nLê Thu Trang\nChuyên viên Văn phòng\nZalo: 0912 604 381\n', 'eml')
neg('vi', 'a notice: the device default password is printed on its label.',
    'Hướng dẫn lắp camera:\n1. Cắm nguồn và mạng.\n2. Đăng nhập bằng tài khoản admin, mật khẩu mặc định in trên tem dán mặt sau '
    'thiết bị.\n3. Đổi mật khẩu ngay sau lần đăng nhập đầu tiên.')
neg('vi', 'a help-desk reply: the password was reset to the default rule, no value.',
    'Phản hồi: Đã reset mật khẩu về mặc định theo quy định của Sở (không ghi ở đây), anh đăng nhập rồi đổi ngay giúp em.')
neg('vi', 'a git remote without diacritics using the CI job token variable.',
    'Sao job nay push khong duoc:\n\ngit remote set-url origin https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.example.vn/vp/web.git\n'
    'git push origin HEAD:main')
neg('vi', 'a PowerShell prompt for the password, without diacritics.',
    'Script nay co an toan khong:\n\n$pw = Read-Host -Prompt "Nhap mat khau" -AsSecureString\nNew-LocalUser -Name "vanthu" -Password $pw')
add('vi', 'block', [CR], 'A chat without diacritics: the USB token PIN for the digital signature.',
    teams(chat_pad('vnd', 4, VND_WHO) + [('16:20', 'Tran Minh Duc', 'ma PIN token chu ky so cua phong: ' + rnd3(8, DG)
                                          + ' , dung xong rut token ra nhe')] + chat_pad('vnd', 3, VND_WHO, 5)))

# ---- Czech
add('cs', 'block', [CR], 'A ticket: the user changed the password to a value and writes it.',
    'Požadavek č. 2025-4610\nPopis: Heslo jsem si včera změnil na ' + pw3() + ' a teď mi nejde přihlášení do Outlooku.\nStav: Nový')
add('cs', 'block', [CR], 'kubectl create secret with a literal password, asked in Czech.',
    'Proč pod nevidí heslo?\n\nkubectl create secret generic spis-db --from-literal=username=spis --from-literal=password='
    + pw3() + ' -n spisovka')
neg('cs', 'kubectl create secret from a file, asked in Czech.',
    'Je to takhle správně?\n\nkubectl create secret generic spis-db --from-file=password=./heslo.txt -n spisovka')
neg('cs', 'a mail: the temporary password comes by a separate SMS.',
    'Shrň:\n\nDobrý den, založili jsme vám účet ve spisové službě. Přihlašovací jméno je vaše příjmení, dočasné heslo vám '
    'přijde v samostatné SMS.\n\n' + CS_SIG, 'eml')
neg('cs', 'a log of failed logins in Czech, no value.',
    'Co s tím?\n\n2025-12-04 07:58:12 WARN Neplatné heslo pro uživatele novak (pokus 3/5)\n'
    '2025-12-04 07:58:40 WARN Účet novak uzamčen na 15 minut')

# ---- English
add('en', 'block', [CR], 'cmdkey storing a server password, in a support question.',
    'The mapped drive still prompts for credentials after I ran:\n\ncmdkey /add:fs01.example.com /user:CORP\\tgallagher /pass:' + pw3())
add('en', 'block', [CR], 'aws configure transcript with a real-looking secret access key.',
    'I ran aws configure but calls still fail:\n\nAWS Access Key ID [None]: AKIA' + aws_key_id() + skip3(16, UP + DG)
    + '\nAWS Secret Access Key [None]: ' + rnd3(40, AL + '/+') + '\nDefault region name [None]: eu-west-1\n'
    'Default output format [None]: json')
add('en', 'block', [CR], 'An OAuth token response in a log, with a refresh token.',
    'Token refresh loops forever, here is the response we log:\n\n{"access_token":"' + rnd3(40, AL) + '","token_type":"Bearer",'
    '"expires_in":3599,"refresh_token":"' + rnd3(48, AL + '-_') + '","scope":"files.read"}')
add('en', 'block', [CR], 'A Spring properties file with a keystore password.',
    'HTTPS will not start, properties:\n\nserver.port=8443\nserver.ssl.key-store=classpath:keystore.p12\n'
    f'server.ssl.key-store-password={pw3()}\nserver.ssl.key-store-type=PKCS12')
add('en', 'block', [CR], 'A Twilio auth token in an .env pasted to debug SMS sending.',
    'SMS sending returns 20003, env:\n\nTWILIO_ACCOUNT_SID=AC' + rnd3(32, HEX) + '\nTWILIO_AUTH_TOKEN=' + rnd3(32, HEX)
    + '\nTWILIO_FROM=+15005550006')
neg('en', 'aws configure transcript with masked stored values.',
    'Which profile is this using?\n\nAWS Access Key ID [****************7QXA]:\nAWS Secret Access Key [****************k2Lm]:\n'
    'Default region name [eu-west-1]:\nDefault output format [json]:')
neg('en', 'an OAuth documentation response with placeholders.',
    'Explain this response:\n\n{"access_token": "<ACCESS_TOKEN>", "token_type": "Bearer", "expires_in": 3600, '
    '"refresh_token": "<REFRESH_TOKEN>"}')
neg('en', 'a Stripe publishable key in checkout HTML (meant to be public).',
    'Why does the card form not render?\n\n<script src="https://js.stripe.com/v3/"></script>\n<script>\n'
    '  const stripe = Stripe("pk_live_' + rnd3(24, AL) + '");\n</script>')
neg('en', 'a reCAPTCHA site key in a form (public by design).',
    'The captcha does not show:\n\n<form action="/contact" method="post">\n  <div class="g-recaptcha" data-sitekey="6Lc'
    + rnd3(37, AL + '_-') + '"></div>\n</form>')
neg('en', 'a .env whose session secret is generated by a command.',
    'Is this ok for production?\n\nSESSION_SECRET=$(openssl rand -hex 32)\nCOOKIE_SECURE=true')
neg('en', 'an SSH config naming the key file.',
    'Why does ssh use the wrong key?\n\nHost bastion\n  HostName bastion.example.com\n  User tgallagher\n'
    '  IdentityFile ~/.ssh/id_ed25519\n  IdentitiesOnly yes')
neg('en', 'a Sentry DSN (a public client key, no secret).',
    'Errors do not reach Sentry:\n\nSentry.init({ dsn: "https://' + rnd3(32, HEX) + '@o' + rnd3(6, DG)
    + '.ingest.sentry.io/' + rnd3(7, DG) + '", tracesSampleRate: 0.2 });')

# ---- mixed
add('mixed', 'block', [CR], 'A Vietnamese question around an Azure service-principal JSON with its password.',
    'Output lệnh này có cần giữ bí mật không?\n\n{\n  "appId": "' + rnd3(8, HEX) + '-' + rnd3(4, HEX) + '-' + rnd3(4, HEX)
    + '-' + rnd3(4, HEX) + '-' + rnd3(12, HEX) + '",\n  "displayName": "ci-deploy",\n  "password": "' + rnd3(3, AL) + '8Q~'
    + rnd3(34, AL + '_-.~') + '",\n  "tenant": "' + rnd3(8, HEX) + '-' + rnd3(4, HEX) + '-' + rnd3(4, HEX) + '-' + rnd3(4, HEX)
    + '-' + rnd3(12, HEX) + '"\n}')
neg('mixed', 'a Czech question around an English cmdkey /list output (no secret).',
    'Co znamená tenhle výpis?\n\nCurrently stored credentials:\n\n    Target: Domain:target=fs01.example.com\n'
    '    Type: Domain Password\n    User: CORP\\novak')

# ================================================================ batch 4, written blind after batch 3's fixes
R4, rnd4 = seeded(2427)


def pw4(n=12):
    return R4.choice(UP) + rnd4(n - 5, LO) + R4.choice('@#!$&*') + rnd4(3, DG)


def wg_key():
    """A WireGuard key: 32 random bytes in base64 (44 characters)."""
    return base64.b64encode(bytes(R4.getrandbits(8) for _ in range(32))).decode()


def skip4(n):
    """skip() for batch 4's generator (the alphabet of the replaced draw)."""
    rnd4(n, AL)
    return ''


def vault_token():
    """A Vault service token of the real length (hvs. and a ~90-character body starting CAES); batch 4 scored blind
    had hvs. + 24 characters, which no Vault issues. A generator of its own keeps the later values as scored."""
    return 'hvs.CAESI' + seeded(24178)[1](86, AL + '_-')


# ---- Vietnamese
add('vi', 'block', [CR], "Moodle's config.php with the database password in $CFG->dbpass.",
    'Moodle báo "Error: Database connection failed", file config.php:\n\n<?php\nunset($CFG);\nglobal $CFG;\n$CFG = new stdClass();\n'
    "$CFG->dbtype = 'pgsql';\n$CFG->dbhost = 'localhost';\n$CFG->dbname = 'moodle';\n$CFG->dbuser = 'moodleuser';\n"
    f"$CFG->dbpass = '{pw4()}';\n$CFG->wwwroot = 'https://elearning.example.vn';")
add('vi', 'block', [CR], 'A wpa_supplicant.conf with the Wi-Fi psk, asked without diacritics.',
    'Raspberry khong vao duoc wifi, file cau hinh:\n\nctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\ncountry=VN\n'
    f'network={{\n    ssid="VP-Tang3"\n    psk="{pw4()}"\n    key_mgmt=WPA-PSK\n}}')
add('vi', 'block', [CR], 'An appsettings.json with a JWT signing key, asked in Vietnamese.',
    'Token sinh ra bị báo "signature invalid", cấu hình:\n\n{\n  "Jwt": {\n    "Issuer": "https://motcua.example.vn",\n'
    f'    "JwtKey": "{rnd4(48, AL)}",\n    "ExpireMinutes": 60\n  }}\n}}')
neg('vi', 'an OCR-ed login screen: the password box shows bullets.',
    'Đọc giúp ảnh chụp màn hình này:\n\nĐĂNG NHẬP HỆ THỐNG\nTên đăng nhập: vanthu01\nMật khẩu: ••••••••••\n[Ghi nhớ] [Đăng nhập]')
neg('vi', 'a chat without diacritics: the Wi-Fi password is unchanged (no value).',
    teams(chat_pad('vnd', 3, VND_WHO) + [('08:12', 'Le Thu Trang', 'pass wifi van la cu nhe, chua doi')] + chat_pad('vnd', 3, VND_WHO, 4)))
neg('vi', 'an .htaccess that protects a folder with a password file.',
    'Sao vào thư mục quantri vẫn không hỏi mật khẩu?\n\nAuthType Basic\nAuthName "Khu vuc quan tri"\n'
    'AuthUserFile /var/www/.htpasswd\nRequire valid-user')
neg('mixed', 'a payslip notice: the PDF password is the date of birth (a rule, not a value).',
    'Translate to English:\n\nPhiếu lương tháng 11 gửi kèm dạng PDF. Mật khẩu mở file là ngày sinh của anh/chị theo định dạng '
    'ddmmyyyy.')

# ---- Czech
add('cs', 'block', [CR], 'A FileZilla sitemanager.xml with a base64 password, asked in Czech.',
    'Po přeinstalaci mi FileZilla nejde připojit, export:\n\n<Server>\n  <Host>ftp.mesto-example.cz</Host>\n  <Port>21</Port>\n'
    '  <User>web_upload</User>\n  <Pass encoding="base64">' + base64.b64encode(pw4().encode()).decode() + '</Pass>\n</Server>')
add('cs', 'block', [CR], 'An SMB credentials file pasted with a Czech question.',
    'Mount přes fstab nefunguje, soubor /root/.smbcred:\n\nusername=skener\npassword=' + pw4() + '\ndomain=MESTO')
neg('cs', 'an fstab line pointing to the credentials file.',
    'Je ten řádek v pořádku?\n\n//fs01/sken /mnt/sken cifs credentials=/root/.smbcred,uid=1000,iocharset=utf8 0 0')
neg('cs', 'a chat: the password stays the same as before (no value).',
    teams(chat_pad('cs', 3, CS_WHO) + [('09:05', 'Petr Horák', 'Heslo zůstává stejné jako minule, nic neměň.')] + chat_pad('cs', 2, CS_WHO, 4)))

# ---- English
add('en', 'block', [CR], 'A WireGuard config with the interface private key.',
    'The tunnel comes up but no traffic passes:\n\n[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ' + wg_key()
    + '\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ' + wg_key() + '\nEndpoint = vpn.example.com:51820\nAllowedIPs = 0.0.0.0/0')
add('en', 'block', [CR], 'A HashiCorp Vault token in a shell history excerpt.',
    'Why does vault say permission denied?\n\n$ export VAULT_ADDR=https://vault.example.com\n$ export VAULT_TOKEN='
    + vault_token() + skip4(24) + '\n$ vault kv get secret/app')
add('en', 'block', [CR], 'Java code loading a keystore with a literal password.',
    'Why does this throw "keystore password was incorrect"?\n\nKeyStore ks = KeyStore.getInstance("PKCS12");\n'
    'ks.load(new FileInputStream("client.p12"), "' + pw4() + '".toCharArray());')
neg('en', 'Java code loading the JDK trust store with its well-known default password.',
    'Is this how to read the default trust store?\n\nKeyStore ts = KeyStore.getInstance("JKS");\n'
    'ts.load(new FileInputStream(System.getProperty("java.home") + "/lib/security/cacerts"), "changeit".toCharArray());')
neg('en', 'a WireGuard peer block with public keys only.',
    'Can I share this peer list with the other office?\n\n[Peer]\nPublicKey = ' + wg_key()
    + '\nAllowedIPs = 0.0.0.0/0\nEndpoint = vpn.example.com:51820')
neg('en', 'an ssh transcript with the password prompt (nothing echoed).',
    'It keeps asking:\n\n$ ssh deploy@bastion.example.com\ndeploy@bastion.example.com\'s password:\nPermission denied, please try again.\n'
    'deploy@bastion.example.com\'s password:')
neg('en', 'mysql_config_editor output with the masked password.',
    'Which login path is used?\n\n$ mysql_config_editor print --all\n[client]\nuser = "backup"\npassword = *****\n'
    'host = "db.example.com"')

if __name__ == '__main__':
    write_round(S, 'round24', 'p24')
