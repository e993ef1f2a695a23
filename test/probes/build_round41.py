#!/usr/bin/env python3
"""Builds test/probes/round41.jsonl: round 41 of the held-out-style probes (issue #17) — credentials, internal
infrastructure and financial data in the debugging and office pastes staff ask an AI about, in shapes no earlier
round held whole: stack traces and error messages that print a connection string (ADO.NET, JDBC, Mongo, Redis, AMQP,
ODBC), .NET appsettings.json, Spring application.yml, Laravel .env, wp-config.php, Django settings.py, a Kubernetes
Secret read back with kubectl, Terraform state JSON, GitHub Actions and GitLab CI logs, a browser's "Copy as fetch",
an SMTP page of a Vietnamese CMS with the mailbox's app password; intranet names, AD domains, private address plans,
firewall and VPN configs, a server list sent to a vendor; a bank statement (sao kê) to reconcile, a payroll sheet, a
transfer receipt read by OCR, a card in a booking e-mail, a Czech výpis z účtu — and, as many again, the same shapes
that must pass: placeholders, ${VAR}, vault and secret references, CI logs with *** masks, redacted HARs, hashes,
UUIDs, commit ids, documentation hosts and addresses (RFC 5737 / 3849), public resolvers, processors' test cards,
a company's own account on its invoice.

Batch 1 was scored blind on main 840c4d8 before any rule changed for it. Labels follow the contract and the
decisions already written (an organisation's account passes, published test cards pass, a one-time code passes,
an app key in a client config blocks). Values come from seeded or checked makers (probe_ids.py), so the file rebuilds
byte for byte. Stdlib only."""
import base64
import json

from probe_ids import DG, LO, UP, collector, crc_token, czacct, diacritic_negatives, diacritic_pair, drawn, grp, luhn, seeded, write_round

R, rnd = seeded(41041)
S, add, neg = collector()
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)


def pw(n=12):
    return rnd(1, UP) + rnd(n - 5, LO) + R.choice('@#!$*') + rnd(3, DG)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64u(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip('=')


def jwt():
    head = b64u('{"alg":"HS256","typ":"JWT"}')
    body = b64u('{"sub":"%s","name":"%s","iat":%d,"exp":%d}' % (rnd(8, DG), 'canbo' + rnd(3, DG), 1796000000 + R.randrange(10**6), 1796090000 + R.randrange(10**6)))
    return f'{head}.{body}.{rnd(43, UP + LO + DG + "-_")}'


def cza(head):
    return drawn(czacct, head, rnd)


g4 = grp  # groups of four, as probe_ids.grp writes them


def vn_acct(n=13):
    return rnd(1, '123456789') + rnd(n - 1, DG)


def uuid():
    h = rnd(32, '0123456789abcdef')
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}'


def sha(n=40):
    return rnd(n, '0123456789abcdef')


# ================================================================ batch 1 (scored blind on main 840c4d8)

# ---- credentials in stack traces and error messages
p = pw(13)
vi('block', ['credential', 'infrastructure'], 'a .NET stack trace pasted to ask why the login fails; the exception text repeats the ADO.NET string with Password= on an intranet server.',
   'Em chạy trang quản lý văn bản thì bị lỗi này, anh chị xem giúp với:\n\n'
   'System.InvalidOperationException: An error occurred while connecting to the database. Connection string: '
   f'"Data Source=sqlvb01.stttt.local,1433;Initial Catalog=QLVB;User ID=qlvb_app;Password={p};TrustServerCertificate=True"\n'
   ' ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user \'qlvb_app\'.\n'
   '   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection)\n'
   '   at QLVB.Web.Startup.<>c.<ConfigureServices>b__4_0(DbContextOptionsBuilder o) in D:\\src\\QLVB.Web\\Startup.cs:line 48\n')
p = pw(12)
add('en', 'block', ['credential'], 'a Java stack trace whose cause line prints the JDBC URL with the password as a query parameter.',
    'Spring Boot fails on start after the move, any idea?\n\n'
    'org.springframework.beans.factory.BeanCreationException: Error creating bean with name \'dataSource\'\n'
    'Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "hoso"\n'
    f'\tat org.postgresql.Driver.connect(Driver.java:297) url=jdbc:postgresql://pg-hoso.prod.internal:5432/hoso?user=hoso&password={p}&ssl=false\n'
    '\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)\n'
    '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:364)\n')
p = pw(11)
vi('block', ['credential'], 'a Node error printed by the Mongo driver with the full mongodb:// URL of a private host.',
   'Chạy npm start thì ra cái này, có phải do sai mật khẩu không ạ?\n\n'
   'MongoServerSelectionError: connect ECONNREFUSED 10.12.4.31:27017\n'
   f'    at Timeout._onTimeout (/srv/portal/node_modules/mongodb/lib/sdam/topology.js:292:38) {{\n  uri: \'mongodb://portal_rw:{p}@10.12.4.31:27017/portal?authSource=admin\',\n'
   '  reason: TopologyDescription { type: \'Unknown\' }\n}\n')
p = pw(12)
add('en', 'block', ['credential'], 'a Celery worker log that prints the AMQP broker URL with its password.',
    'Workers can\'t reach the broker since this morning:\n\n'
    '[2026-12-07 08:14:02,118: ERROR/MainProcess] consumer: Cannot connect to '
    f'amqp://celery:{p}@mq01.tasks.internal:5672/reports: [Errno 111] Connection refused.\n'
    'Trying again in 4.00 seconds... (2/100)\n')
p = pw(12)
add('en', 'block', ['credential'], 'a Python traceback from redis-py with the redis:// URL and its password in the frame locals.',
    'Traceback (most recent call last):\n  File "/app/cache.py", line 12, in <module>\n'
    f'    r = redis.Redis.from_url("rediss://default:{p}@cache-01.svc.internal:6380/0")\n'
    '  File "/usr/lib/python3.11/site-packages/redis/connection.py", line 707, in connect\n'
    'redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.\n')
p = pw(10)
add('cs', 'block', ['credential'], 'a Czech question around an odbc.ini DSN with its Password= line.',
    'Dobrý den, isql hlásí "Data source name not found", přikládám /etc/odbc.ini:\n\n'
    '[EVIDENCE]\nDriver      = ODBC Driver 18 for SQL Server\nServer      = tcp:sql-evid.mesto.local,1433\n'
    f'Database    = Evidence\nUID         = evid_ro\nPassword    = {p}\nEncrypt     = no\n\nCo mám špatně?')

# ---- credentials in framework config files
p1, p2 = pw(13), pw(12)
vi('block', ['credential'], 'a .NET appsettings.json with the connection string password and the SMTP password, asked why mail does not go.',
   'Cấu hình appsettings.json của cổng dịch vụ công, gửi mail không đi, nhờ xem giúp:\n\n'
   '{\n  "ConnectionStrings": {\n'
   f'    "Default": "Server=db-dvc;Database=DVC;User Id=dvc_app;Password={p1};MultipleActiveResultSets=true"\n  }},\n'
   '  "Smtp": {\n    "Host": "smtp.office365.com",\n    "Port": 587,\n    "User": "no-reply@dvc.example.vn",\n'
   f'    "Password": "{p2}"\n  }},\n  "Logging": {{ "LogLevel": {{ "Default": "Warning" }} }}\n}}\n')
p1, p2 = pw(12), pw(14)
add('en', 'block', ['credential'], 'a Spring application.yml with a literal datasource password and mail password.',
    'spring:\n  datasource:\n    url: jdbc:mysql://db-1:3306/permits\n    username: permits\n'
    f'    password: {p1}\n  mail:\n    host: smtp.gmail.com\n    port: 587\n    username: permits.noreply@gmail.com\n'
    f'    password: {p2}\n    properties:\n      mail.smtp.starttls.enable: true\n')
key = b64(rnd(32, UP + LO + DG))
p = pw(12)
vi('block', ['credential'], 'a Laravel .env with APP_KEY and DB_PASSWORD, asked why migrations fail.',
   'Chạy php artisan migrate bị lỗi SQLSTATE[HY000] [1045], file .env của em:\n\n'
   f'APP_NAME=CongThongTin\nAPP_ENV=production\nAPP_KEY=base64:{key}\nAPP_DEBUG=false\n\n'
   'DB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=3306\nDB_DATABASE=congthongtin\nDB_USERNAME=ctt_user\n'
   f'DB_PASSWORD={p}\n')
p = pw(13)
salt = rnd(64, UP + LO + DG + '!#%^&*()-_[]{}<>~+=,.;:/?|')
add('en', 'block', ['credential'], 'a wp-config.php with the database password and the authentication keys, asked about a white screen.',
    '<?php\n/** WordPress shows a white screen after migration, config below */\n'
    "define( 'DB_NAME', 'wp_news' );\ndefine( 'DB_USER', 'wp_news' );\n"
    f"define( 'DB_PASSWORD', '{p}' );\ndefine( 'DB_HOST', 'localhost' );\n\n"
    f"define( 'AUTH_KEY',         '{salt}' );\n"
    "$table_prefix = 'wp_';\ndefine( 'WP_DEBUG', false );\n")
sk = rnd(50, LO + DG + '!@#$%^&*(-_=+)')
p = pw(12)
add('en', 'block', ['credential'], 'a Django settings.py with a literal SECRET_KEY and database password.',
    'Getting DisallowedHost in production, here is settings.py:\n\n'
    f"SECRET_KEY = '{sk}'\nDEBUG = False\nALLOWED_HOSTS = ['portal.example.org']\n\n"
    "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'portal',\n"
    f"        'USER': 'portal',\n        'PASSWORD': '{p}',\n        'HOST': 'db',\n    }}\n}}\n")
p, t = pw(14), rnd(40, LO + DG)
add('cs', 'block', ['credential'], 'kubectl get secret -o yaml output with base64 data values, pasted in a Czech question.',
    'Pod padá na CrashLoopBackOff, secret vypadá takhle (kubectl get secret app-db -o yaml):\n\n'
    'apiVersion: v1\ndata:\n'
    f'  DB_PASSWORD: {b64(p)}\n  API_TOKEN: {b64(t)}\n'
    'kind: Secret\nmetadata:\n  creationTimestamp: "2026-11-30T09:12:44Z"\n  name: app-db\n  namespace: spisovka\n'
    f'  resourceVersion: "{rnd(7, DG)}"\n  uid: {uuid()}\ntype: Opaque\n')
p = rnd(16, UP + LO + DG)
add('en', 'block', ['credential'], 'a terraform.tfstate excerpt with a random_password result and a database resource password.',
    'state is out of sync, excerpt of terraform.tfstate:\n\n'
    '{\n  "version": 4,\n  "terraform_version": "1.9.5",\n  "resources": [\n    {\n      "mode": "managed",\n'
    '      "type": "random_password",\n      "name": "db",\n      "instances": [\n        {\n          "attributes": {\n'
    f'            "id": "none",\n            "length": 16,\n            "result": "{p}",\n            "special": false\n'
    '          },\n          "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]\n        }\n      ]\n    }\n  ]\n}\n')
p = pw(13)
vi('block', ['credential'], 'a terraform.tfvars for the province cloud with a literal admin password, asked in Vietnamese.',
   'Em chạy terraform plan thì báo lỗi biến, file terraform.tfvars:\n\n'
   'project      = "dvc-tinh"\nregion       = "hn-1"\ninstance_type = "c2.large"\n'
   f'admin_password = "{p}"\nallowed_cidr  = "0.0.0.0/0"\n')

# ---- CI logs and browser exports
tok = crc_token('ghs_', rnd(30, UP + LO + DG))
add('en', 'block', ['credential'], 'a GitHub Actions log where a step echoed a clone URL with an installation token (not masked).',
    '2026-12-07T07:41:12.0412Z ##[group]Run ./scripts/sync-docs.sh\n'
    '2026-12-07T07:41:12.0419Z ./scripts/sync-docs.sh\n2026-12-07T07:41:12.0420Z ##[endgroup]\n'
    f'2026-12-07T07:41:13.1177Z + git clone https://x-access-token:{tok}@github.com/dvc-team/docs-site.git\n'
    '2026-12-07T07:41:14.9021Z fatal: repository not found\n2026-12-07T07:41:14.9133Z ##[error]Process completed with exit code 128.\n')
glp = 'glpat-' + rnd(20, UP + LO + DG + '-_')
add('cs', 'block', ['credential'], 'a GitLab CI job log with a personal access token in a curl header, asked in Czech.',
    'Proč job padá na 401? Výpis z jobu:\n\n'
    '$ echo "Uploading package ${CI_COMMIT_TAG}"\nUploading package v2.4.1\n'
    f'$ curl --header "PRIVATE-TOKEN: {glp}" --upload-file dist/app.tgz https://gitlab.com/api/v4/projects/4417/packages/generic/app/2.4.1/app.tgz\n'
    '{"message":"401 Unauthorized"}\nERROR: Job failed: exit code 1\n')
j, sess = jwt(), rnd(24, LO + DG)
vi('block', ['credential'], 'a browser "Copy as fetch" with a bearer token and a session cookie, asked why the API answers 403.',
   'Em copy request từ DevTools (Copy as fetch) đây, sao gọi lại bằng Postman thì bị 403 ạ?\n\n'
   'fetch("https://api.dichvucong.example.vn/v1/hoso/tra-cuu?ma=H12.34", {\n  "headers": {\n    "accept": "application/json",\n'
   f'    "authorization": "Bearer {j}",\n    "cookie": "ASP.NET_SessionId={sess}; lang=vi",\n'
   '    "x-requested-with": "XMLHttpRequest"\n  },\n  "method": "GET"\n});\n')
ap = ' '.join(rnd(4, LO) for _ in range(4))
vi('block', ['credential'], 'the SMTP page of a Vietnamese CMS copied as text, with the Gmail app password in its field.',
   'Cấu hình gửi thư của cổng thông tin (trang Quản trị > Cấu hình > Email) em điền như dưới mà vẫn không gửi được:\n\n'
   'Máy chủ SMTP\tsmtp.gmail.com\nCổng\t587\nBảo mật\tTLS\nTài khoản\tcongthongtin.xa@gmail.com\n'
   f'Mật khẩu (mật khẩu ứng dụng)\t{ap}\nTên người gửi\tUBND xã\n')

# ---- internal infrastructure
vi('warn', ['infrastructure'], 'a server list sent to a vendor for a quote: intranet names, an AD domain and private addresses.',
   'Gửi anh Tuấn bên nhà thầu danh sách máy chủ để báo giá gia hạn bản quyền:\n\n'
   'STT | Tên máy | Địa chỉ IP | Vai trò | HĐH\n1 | DC01.snv.gov.local | 10.60.1.10 | Domain controller | Windows Server 2019\n'
   '2 | FS01.snv.gov.local | 10.60.1.21 | File server | Windows Server 2019\n3 | APP-QLCB | 10.60.2.15 | Quản lý cán bộ | Ubuntu 22.04\n'
   '4 | BK-NAS | 10.60.9.5 | Sao lưu | DSM 7.2\n')
vi('warn', ['infrastructure'], 'an address plan of an agency\'s VLANs pasted to be turned into a table.',
   'Nhờ trình bày lại thành bảng giúp em quy hoạch địa chỉ mạng của Sở:\n'
   '- VLAN 10 Lãnh đạo: 172.22.10.0/24, gateway 172.22.10.1\n- VLAN 20 Văn phòng: 172.22.20.0/23\n'
   '- VLAN 30 Một cửa: 172.22.30.0/24\n- VLAN 99 Quản trị thiết bị: 172.22.99.0/27\n- DNS nội bộ: 172.22.99.2, 172.22.99.3\n')
add('en', 'warn', ['infrastructure'], 'a FortiGate config excerpt with internal address objects and a policy, asked why traffic is denied.',
    'Traffic from the branch is denied, relevant part of the config:\n\n'
    'config firewall address\n    edit "LAN-HQ"\n        set subnet 10.80.0.0 255.255.0.0\n    next\n'
    '    edit "SRV-EOFFICE"\n        set subnet 10.80.12.40 255.255.255.255\n    next\nend\n'
    'config firewall policy\n    edit 14\n        set srcintf "vpn-branch"\n        set dstaddr "SRV-EOFFICE"\n        set action accept\n    next\nend\n')
psk = pw(16)
add('en', 'block', ['credential', 'infrastructure'], 'a strongSwan ipsec.conf with the tunnel\'s subnets and its ipsec.secrets PSK line.',
    'Tunnel comes up but no traffic, config:\n\nconn hq-branch\n    left=%defaultroute\n    leftsubnet=10.50.0.0/16\n'
    '    right=branch-gw.example.net\n    rightsubnet=192.168.40.0/24\n    authby=secret\n    auto=start\n\n'
    f'# /etc/ipsec.secrets\n: PSK "{psk}"\n')
add('cs', 'warn', ['infrastructure'], 'a Czech e-mail to a supplier listing servers with intranet names and private addresses.',
    'Dobrý den pane Kratochvíle,\n\npro nabídku podpory posílám seznam serverů:\n\n'
    'spis01.urad.intra – 10.31.5.11 – spisová služba\nspis02.urad.intra – 10.31.5.12 – záloha\n'
    'ad01.urad.intra – 10.31.1.5 – řadič domény URAD\n\nS pozdravem\nOddělení IT')
add('en', 'warn', ['infrastructure'], 'an HttpRequestException naming an internal API host and port, no secret.',
    'Our payment job fails every night:\n\n'
    'System.Net.Http.HttpRequestException: No such host is known. (payments-api.finance.internal:8443)\n'
    '   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest)\n')

# ---- financial data
acct = vn_acct(13)
vi('block', ['financial'], 'a personal bank statement (sao kê) pasted to reconcile a trip\'s expenses.',
   'Nhờ đối chiếu giúp em các khoản chi công tác trong sao kê dưới đây với bảng kê:\n\n'
   'SAO KÊ TÀI KHOẢN\nChủ tài khoản: TRAN MINH DUC\n'
   f'Số tài khoản: {acct}\nTừ ngày 01/11/2026 đến ngày 30/11/2026\n\n'
   'Ngày GD | Nội dung | Ghi nợ | Ghi có | Số dư\n03/11 | Thanh toan ve may bay HAN-DAD | 2.450.000 | | 18.320.000\n'
   '05/11 | Khach san Da Nang 2 dem | 1.900.000 | | 16.420.000\n12/11 | Hoan ung cong tac phi | | 4.000.000 | 20.420.000\n')
rows = ''.join(f'{n}\t{vn_acct(13)}\tVietinbank\t{s}\n' for n, s in (('Lê Văn Hòa', '9.850.000'), ('Phạm Thị Yến', '8.420.000'), ('Đỗ Quang Minh', '11.200.000')))
vi('block', ['financial'], 'a payroll sheet with the staff\'s accounts, pasted (tab-separated) to sum up.',
   'Cộng tổng cột thực lĩnh giúp em:\n\nHọ tên\tSố TK\tNgân hàng\tThực lĩnh\n' + rows)
acct = vn_acct(12)
vi('block', ['financial'], 'a transfer receipt of a mobile banking app read by OCR, with the sender\'s account.',
   'Ảnh chụp biên lai chuyển tiền (đã nhận dạng chữ), kiểm tra giúp nội dung chuyển khoản đúng chưa:\n\n'
   'Chuyển tiền thành công\n5.000.000 VND\n07/12/2026 09:41:22\n'
   f'Tài khoản nguồn\n{" ".join(acct[i:i + 4] for i in range(0, 12, 4))}\nNGUYEN THU HA\n'
   f'Tài khoản nhận\n{vn_acct(10)}\nVO THANH LONG\nNgân hàng nhận\nMB Bank\nNội dung\nHA CHUYEN TIEN HOC THEM\nMã giao dịch\nFT{rnd(14, DG)}\n')
card = luhn('5' + rnd(1, '12345') + rnd(13, DG), 16)
add('en', 'block', ['financial'], 'a hotel booking confirmation pasted to translate, with the guest\'s full card and expiry.',
    'Please translate into Vietnamese for my boss:\n\nBooking confirmation #HX{rnd}\nGuest: Mr Hoang Van Nam\n'
    'Check-in: 15 Dec 2026  Check-out: 18 Dec 2026\nRoom: Deluxe King, non-smoking\n'
    f'Guarantee: Mastercard {g4(card)}, exp 11/29, cardholder HOANG VAN NAM\nCancellation: free until 13 Dec 18:00\n'.replace('{rnd}', rnd(7, DG)))
ca = cza('27')
add('cs', 'block', ['financial'], 'a Czech account statement (výpis z účtu) of a person pasted to sort the payments.',
    'Seřaď mi prosím platby z výpisu podle kategorií:\n\n'
    f'Výpis z účtu č. 11/2026\nMajitel účtu: Tereza Pokorná\nČíslo účtu: {ca}/0800\nObdobí: 1. 11. 2026 – 30. 11. 2026\n\n'
    '02.11. Albert Praha 4        -1 284,50\n05.11. Nájem listopad          -14 500,00\n10.11. Mzda                   +38 210,00\n'
    '15.11. ČEZ zálohy             -1 900,00\n')

# ---- hard negatives: the same shapes with placeholders, references and masks
vineg('a .NET stack trace whose connection string the driver printed without the password (Password=******) on localhost.',
      'Em chạy bị lỗi này, anh chị xem giúp:\n\n'
      'Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user \'qlvb_app\'.\n'
      'ConnectionString: "Data Source=localhost,1433;Initial Catalog=QLVB;User ID=qlvb_app;Password=******;TrustServerCertificate=True"\n'
      '   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection)\n'
      f'ClientConnectionId:{uuid()}\nError Number:18456,State:1,Class:14\n')
neg('en', 'a Spring application.yml whose passwords are ${…} placeholders and a Vault reference.',
    'spring:\n  config:\n    import: vault://\n  datasource:\n    url: jdbc:mysql://${DB_HOST:localhost}:3306/permits\n'
    '    username: ${DB_USER}\n    password: ${DB_PASSWORD}\n  mail:\n    host: smtp.gmail.com\n    username: ${MAIL_USER}\n'
    '    password: ${vault.mail.password}\n')
vineg('a Laravel .env.example with empty values and placeholders, asked how to fill it.',
      'File .env.example của dự án, em cần điền những gì ạ?\n\n'
      'APP_NAME=Laravel\nAPP_ENV=local\nAPP_KEY=\nAPP_DEBUG=true\n\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\n'
      'DB_PORT=3306\nDB_DATABASE=laravel\nDB_USERNAME=root\nDB_PASSWORD=\n\nMAIL_PASSWORD=null\n')
neg('en', 'WordPress\'s wp-config-sample.php with its shipped placeholders.',
    "<?php\ndefine( 'DB_NAME', 'database_name_here' );\ndefine( 'DB_USER', 'username_here' );\n"
    "define( 'DB_PASSWORD', 'password_here' );\ndefine( 'DB_HOST', 'localhost' );\n\n"
    "define( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\n")
neg('en', 'a Django settings.py that reads the secret key and database password from the environment.',
    "import os\n\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nDEBUG = os.getenv('DEBUG') == '1'\n\n"
    "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n"
    "        'PASSWORD': os.environ.get('POSTGRES_PASSWORD'),\n        'HOST': os.getenv('POSTGRES_HOST', 'db'),\n    }\n}\n")
neg('cs', 'an ExternalSecret manifest that takes the password from Vault by path, asked in Czech.',
    'Jak zajistit, aby se secret obnovoval? Manifest:\n\n'
    'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: app-db\nspec:\n'
    '  refreshInterval: 1h\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  target:\n    name: app-db\n'
    '  data:\n    - secretKey: DB_PASSWORD\n      remoteRef:\n        key: secret/data/spisovka/db\n        property: password\n')
neg('en', 'terraform show output with the password as (sensitive value) beside ids and an ARN.',
    '# aws_db_instance.main:\nresource "aws_db_instance" "main" {\n'
    f'    arn      = "arn:aws:rds:eu-central-1:{rnd(12, DG)}:db:permits"\n    engine   = "postgres"\n'
    '    password = (sensitive value)\n    username = "permits"\n'
    f'    resource_id = "db-{rnd(26, UP + DG)}"\n}}\n')
neg('en', 'a GitHub Actions log whose secrets the runner masked with ***, with commit ids and a run UUID.',
    f'2026-12-07T07:41:10.2201Z HEAD is now at {sha(7)} Merge pull request #412\n'
    '2026-12-07T07:41:12.0412Z ##[group]Run docker/login-action@v3\n2026-12-07T07:41:12.0418Z with:\n'
    '2026-12-07T07:41:12.0419Z   registry: ghcr.io\n2026-12-07T07:41:12.0420Z   username: ***\n'
    '2026-12-07T07:41:12.0421Z   password: ***\n2026-12-07T07:41:13.0022Z Login Succeeded!\n'
    f'2026-12-07T07:41:20.3310Z pushed sha256:{sha(64)}\n2026-12-07T07:41:20.4001Z Job id {uuid()}\n')
neg('cs', 'a GitLab CI log where the token shows as [MASKED], asked in Czech.',
    'Proč job padá na 401? Výpis:\n\n'
    '$ curl --header "PRIVATE-TOKEN: [MASKED]" --upload-file dist/app.tgz "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/app/2.4.1/app.tgz"\n'
    f'{{"message":"401 Unauthorized"}}\nCommit: {sha(40)}\nERROR: Job failed: exit code 1\n')
vineg('a "Copy as fetch" export with no credential headers (credentials: include, cookies not copied).',
      'Em copy request từ DevTools, sao gọi lại bị 401 ạ?\n\n'
      'fetch("https://api.dichvucong.example.vn/v1/hoso/tra-cuu?ma=H12.34", {\n  "headers": {\n'
      '    "accept": "application/json",\n    "accept-language": "vi-VN,vi;q=0.9"\n  },\n'
      '  "referrer": "https://dichvucong.example.vn/",\n  "method": "GET",\n  "credentials": "include"\n});\n')
neg('en', 'a sanitized HAR excerpt: the exporter removed cookies and the authorization header value.',
    '{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "WebInspector", "version": "537.36" },\n    "entries": [\n'
    '      {\n        "request": {\n          "method": "POST",\n          "url": "https://portal.example.com/api/login",\n'
    '          "headers": [\n            { "name": "authorization", "value": "[REDACTED]" },\n'
    '            { "name": "content-type", "value": "application/json" }\n          ],\n          "cookies": []\n        },\n'
    '        "response": { "status": 401, "cookies": [] }\n      }\n    ]\n  }\n}\n')
vineg('a CMS SMTP page whose password field is left as dots (the page hides it).',
      'Cấu hình gửi thư của cổng thông tin em điền như dưới mà vẫn không gửi được:\n\n'
      'Máy chủ SMTP\tsmtp.gmail.com\nCổng\t587\nBảo mật\tTLS\nTài khoản\tcongthongtin.xa@gmail.com\n'
      'Mật khẩu (mật khẩu ứng dụng)\t••••••••••••••••\nTên người gửi\tUBND xã\n')
neg('en', 'a network tutorial with RFC 5737 and RFC 3849 documentation addresses and public resolvers.',
    'Example: the client 192.0.2.10 sends its query to the resolver at 198.51.100.53, which forwards it to 8.8.8.8 '
    'and 1.1.1.1. In IPv6 the same client would be 2001:db8:10::10. The web server answers from 203.0.113.80.')
neg('en', 'a firewall tutorial written on documentation addresses and the private ranges named as ranges.',
    'To block spoofed traffic at the edge, drop packets arriving on the WAN interface whose source is in the private '
    'ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) or in the documentation ranges:\n\n'
    'config firewall address\n    edit "DOC-NET"\n        set subnet 203.0.113.0 255.255.255.0\n    next\nend\n')
vineg('a bank statement with the account masked and the holder\'s name shortened, pasted to reconcile.',
      'Đối chiếu giúp em các khoản chi công tác trong sao kê:\n\n'
      'SAO KÊ TÀI KHOẢN\nSố tài khoản: ******4821\nTừ ngày 01/11/2026 đến ngày 30/11/2026\n\n'
      'Ngày GD | Nội dung | Ghi nợ | Ghi có\n03/11 | Thanh toan ve may bay | 2.450.000 |\n05/11 | Khach san 2 dem | 1.900.000 |\n')
vineg('a company\'s invoice with its own account for payment (the rules\' decision: an organisation\'s account passes).',
      'HÓA ĐƠN GIÁ TRỊ GIA TĂNG\nĐơn vị bán hàng: CÔNG TY TNHH GIẢI PHÁP PHẦN MỀM AN PHÁT\nMã số thuế: 0108123456\n'
      f'Số tài khoản: {vn_acct(13)} tại Ngân hàng TMCP Ngoại thương Việt Nam - CN Thành Công\n'
      'Hàng hóa, dịch vụ: Gia hạn bản quyền phần mềm quản lý văn bản 12 tháng\nThành tiền: 48.000.000 đồng\n')
neg('en', 'a payment gateway\'s integration guide listing the processors\' published test cards.',
    'Sandbox testing: use any future expiry date and any 3-digit CVC.\n\n'
    '| Brand | Number | Result |\n|---|---|---|\n| Visa | 4111 1111 1111 1111 | approved |\n'
    '| Mastercard | 5555 5555 5555 4444 | approved |\n| Visa | 4000 0000 0000 0002 | declined |\n')
neg('cs', 'a Czech fee notice with the city office\'s account and a variable symbol.',
    'Poplatek za odpad na rok 2027 činí 900 Kč na osobu. Platbu zašlete na účet Městského úřadu '
    '19-1234567/0100, jako variabilní symbol uveďte číslo popisné.')
neg('en', 'a release note with commit ids, checksums and UUIDs next to the words "key" and "token".',
    f'Release 3.2.0\n- rotate signing key handling (commit {sha(40)})\n- token refresh fixed (commit {sha(40)})\n\n'
    f'SHA-256 (portal-3.2.0.tar.gz) = {sha(64)}\nMigration id: {uuid()}\n')
neg('mixed', 'a Vietnamese question about an appsettings.json whose secrets come from Azure Key Vault references.',
    'Cấu hình dưới đây có an toàn không ạ?\n\n{\n  "ConnectionStrings": {\n'
    '    "Default": "@Microsoft.KeyVault(SecretUri=https://kv-dvc.vault.azure.net/secrets/DbConn/)"\n  },\n'
    '  "Smtp": { "Host": "smtp.office365.com", "Password": "@Microsoft.KeyVault(VaultName=kv-dvc;SecretName=SmtpPass)" }\n}\n')
neg('cs', 'a Czech odbc.ini DSN without a stored password (the app prompts).',
    'isql hlásí "Data source name not found", přikládám /etc/odbc.ini:\n\n'
    '[EVIDENCE]\nDriver      = ODBC Driver 18 for SQL Server\nServer      = tcp:localhost,1433\nDatabase    = Evidence\n'
    'Trusted_Connection = yes\n')
neg('en', 'a Kubernetes Secret template of a chart whose data are base64 of placeholder words.',
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-db\ntype: Opaque\ndata:\n'
    f'  DB_PASSWORD: {b64("changeme")}\n  API_TOKEN: {b64("your-token-here")}\n')
neg('en', 'a server list sent to a vendor with only the public SaaS endpoints it must allow.',
    'Please allow these endpoints on your side for the integration:\n- api.vendor-cloud.com (443)\n'
    '- files.vendor-cloud.com (443)\n- status.vendor-cloud.com (443)\nOur egress address will be confirmed by the ISP.')

# ================================================================ batch 2 (written after batch 1's fixes, scored blind)

# ---- credentials
p = pw(12)
vi('block', ['credential', 'infrastructure'], 'a Tomcat log printing a SQL Server JDBC URL whose ;password= is written in the URL itself.',
   'Log khởi động Tomcat báo lỗi kết nối, nhờ xem giúp:\n\n'
   '07-Dec-2026 08:02:11.417 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal\n'
   f'  com.microsoft.sqlserver.jdbc.SQLServerException: The TCP/IP connection to the host 10.70.3.14, port 1433 has failed. url=jdbc:sqlserver://10.70.3.14:1433;databaseName=HoSoCongViec;user=hscv;password={p};encrypt=false\n'
   '  at com.microsoft.sqlserver.jdbc.SQLServerConnection.connectHelper(SQLServerConnection.java:3806)\n')
p = pw(12)
vi('block', ['credential'], 'a PHP stack trace that prints the PDO constructor\'s arguments, the password among them.',
   'Trang tin của phường báo lỗi trắng trang, log như sau:\n\n'
   'PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/inc/db.php:9\n'
   'Stack trace:\n'
   f"#0 /var/www/html/inc/db.php(9): PDO->__construct('mysql:host=127.0.0.1;dbname=tintuc', 'tintuc', '{p}')\n"
   '#1 /var/www/html/index.php(4): require_once(\'/var/www/html/i...\')\n#2 {main}\n  thrown in /var/www/html/inc/db.php on line 9\n')
p = pw(12)
add('en', 'block', ['credential'], 'a psycopg2 traceback whose failing line holds the password argument.',
    'Traceback (most recent call last):\n  File "/opt/etl/load.py", line 21, in <module>\n'
    f'    conn = psycopg2.connect(host="localhost", dbname="census", user="etl", password="{p}")\n'
    '  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect\n'
    'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  password authentication failed for user "etl"\n')
p = pw(14)
add('en', 'block', ['credential'], 'an appsettings.Development.json with a StackExchange.Redis string (password= inside it).',
    '{\n  "ConnectionStrings": {\n'
    f'    "Redis": "cache01:6380,password={p},ssl=True,abortConnect=False"\n  }},\n'
    '  "FeatureFlags": { "NewInbox": true }\n}\n')
p = pw(12)
add('cs', 'block', ['credential'], 'dotnet user-secrets list output with the SMTP password, pasted in a Czech question.',
    'Lokálně mi nejde odeslat e-mail, tady je výpis `dotnet user-secrets list`:\n\n'
    'Smtp:Host = smtp.seznam.cz\nSmtp:Port = 465\nSmtp:User = podatelna.test@seznam.cz\n'
    f'Smtp:Password = {p}\n\nKde může být chyba?')
p = pw(12)
vi('block', ['credential'], 'a wp-config.php with the WP Mail SMTP password constant, asked why contact-form mail is lost.',
   'Form liên hệ của trang không gửi được thư, em đã thêm vào wp-config.php như sau:\n\n'
   "define( 'WPMS_ON', true );\ndefine( 'WPMS_SMTP_HOST', 'smtp.gmail.com' );\ndefine( 'WPMS_SMTP_PORT', 587 );\n"
   "define( 'WPMS_SMTP_USER', 'lienhe.phuong@gmail.com' );\n"
   f"define( 'WPMS_SMTP_PASS', '{p}' );\n")
p = pw(13)
add('en', 'block', ['credential'], 'a Django settings.py excerpt with a literal EMAIL_HOST_PASSWORD.',
    "EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'\nEMAIL_HOST = 'smtp.office365.com'\nEMAIL_PORT = 587\n"
    "EMAIL_USE_TLS = True\nEMAIL_HOST_USER = 'notify@permits.example.org'\n"
    f"EMAIL_HOST_PASSWORD = '{p}'\n")
p = pw(13)
add('en', 'block', ['credential'], 'a helm upgrade command with the chart\'s database password given in --set.',
    'The upgrade hangs at "pending-upgrade", command I ran:\n\n'
    'helm upgrade --install cms bitnami/wordpress -n web \\\n  --set wordpressUsername=admin \\\n'
    f'  --set mariadb.auth.password={p} \\\n  --set service.type=ClusterIP\n')
p = pw(12)
add('cs', 'block', ['credential'], 'a terraform.tfvars.json with a literal database password, asked in Czech.',
    'Terraform hlásí "Invalid value for input variable", soubor terraform.tfvars.json:\n\n'
    '{\n  "project": "spisovka",\n  "db_user": "spis_admin",\n'
    f'  "db_password": "{p}",\n  "db_tier": "db-custom-2-7680"\n}}\n')
p = pw(12)
vi('block', ['credential'], 'a .gitlab-ci.yml whose variables block holds a literal deploy password.',
   'Pipeline triển khai cổng thông tin lỗi ở bước deploy, file .gitlab-ci.yml:\n\n'
   'variables:\n  DEPLOY_HOST: "web01"\n  DEPLOY_USER: "deploy"\n'
   f'  DEPLOY_PASSWORD: "{p}"\n\ndeploy:\n  stage: deploy\n  script:\n    - sshpass -e rsync -az public/ $DEPLOY_USER@$DEPLOY_HOST:/var/www/\n')
basic = b64('canbo.tiepnhan:' + pw(11))
add('en', 'block', ['credential'], 'a HAR excerpt whose request carries an HTTP Basic authorization header.',
    '{ "log": { "entries": [ { "request": {\n  "method": "GET",\n  "url": "https://eoffice.example.gov.vn/api/documents?page=1",\n'
    '  "headers": [\n    { "name": "accept", "value": "application/json" },\n'
    f'    {{ "name": "authorization", "value": "Basic {basic}" }}\n  ]\n}},\n'
    '"response": { "status": 500 } } ] } }\n')
j = jwt()
vi('block', ['credential'], 'a "Copy as PowerShell" export with a bearer token in -Headers.',
   'Em copy request dạng PowerShell từ DevTools, chạy lại thì báo 401, nhờ xem:\n\n'
   '$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n'
   '$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n'
   'Invoke-WebRequest -UseBasicParsing -Uri "https://api.dichvucong.example.vn/v1/hoso/123" `\n-WebSession $session `\n'
   f'-Headers @{{\n"authorization"="Bearer {j}"\n  "accept"="application/json"\n}}\n')
p = pw(12)
vi('block', ['credential'], 'a CMS\'s mail settings typed from a screenshot, "Mật khẩu SMTP" with the value on the next line.',
   'Cấu hình SMTP trên trang quản trị NukeViet của trường em chép lại đây:\n\n'
   'Máy chủ SMTP:\nsmtp.yandex.com\nCổng:\n465\nTên đăng nhập SMTP:\nthcs.hoabinh@yandex.com\nMật khẩu SMTP:\n'
   f'{p}\nMã hóa: SSL\n')
wgk = base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()
add('en', 'block', ['credential', 'infrastructure'], 'a WireGuard client config with its private key and internal AllowedIPs.',
    'Handshake never completes, client config:\n\n[Interface]\n'
    f'PrivateKey = {wgk}\nAddress = 10.99.0.14/32\nDNS = 10.99.0.1\n\n[Peer]\n'
    f'PublicKey = {base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()}\nEndpoint = vpn.example.net:51820\n'
    'AllowedIPs = 10.40.0.0/16, 10.99.0.0/24\n')

# ---- infrastructure
vi('warn', ['infrastructure'], 'an ipconfig /all output pasted to ask why the domain is not found: DNS suffix of an AD domain and private addresses.',
   'Máy không vào được miền, kết quả ipconfig /all:\n\n'
   'Windows IP Configuration\n   Host Name . . . . . . . . . . . . : PC-KT-07\n   Primary Dns Suffix  . . . . . . . : sotc.hcm.local\n\n'
   'Ethernet adapter Ethernet:\n   IPv4 Address. . . . . . . . . . . : 10.14.20.57(Preferred)\n   Default Gateway . . . . . . . . . : 10.14.20.1\n'
   '   DNS Servers . . . . . . . . . . . : 10.14.1.10\n')
add('en', 'warn', ['infrastructure'], 'an nslookup transcript against an internal DNS server and host.',
    'Name resolution is flaky for the records system:\n\nC:\\> nslookup records.mfa.internal\nServer:  dns01.mfa.internal\n'
    'Address:  10.2.0.53\n\nName:    records.mfa.internal\nAddress:  10.2.14.80\n')
add('cs', 'warn', ['infrastructure'], 'an OpenVPN client profile whose routes reveal the office networks, asked in Czech.',
    'Po připojení na VPN nevidím spisovku, profil:\n\nclient\ndev tun\nproto udp\nremote vpn.example.cz 1194\n'
    'route 10.31.0.0 255.255.0.0\nroute 172.24.8.0 255.255.248.0\nauth-user-pass\nverb 3\n')
vi('warn', ['infrastructure'], 'Get-ADUser output with a distinguished name in an agency\'s AD domain.',
   'Tài khoản này không đăng nhập được, kết quả Get-ADUser:\n\n'
   'DistinguishedName : CN=Nguyen Van Binh,OU=PhongKeToan,OU=SoTaiChinh,DC=stc,DC=local\nEnabled           : False\n'
   'SamAccountName    : binhnv\nUserPrincipalName : binhnv@stc.local\n')

# ---- financial
acct = vn_acct(12)
vi('block', ['financial'], 'a personal statement exported from internet banking as CSV, pasted to total the month\'s spending.',
   'Tính tổng chi tiêu tháng 11 giúp em từ file sao kê này:\n\n'
   f'So tai khoan,{acct}\nChu tai khoan,PHAM THI LAN\nNgay,Mo ta,So tien,So du\n'
   '02/11/2026,TT dien EVN,-640000,12450000\n05/11/2026,Chuyen tien hoc phi,-3500000,8950000\n10/11/2026,Luong thang 11,+14200000,23150000\n')
rows = ''.join(f'| {n} | {vn_acct(13)} | {v} |\n' for n, v in (('Bui Thanh Tam', '12,400,000'), ('Ngo Thi Hanh', '9,950,000')))
add('mixed', 'block', ['financial'], 'an English request around a Vietnamese payroll table with the staff\'s Techcombank accounts.',
    'Please check the totals of this payroll table and format it nicely:\n\n| Name | Techcombank account | Net pay (VND) |\n|---|---|---|\n' + rows)
ca = cza('19')
add('cs', 'block', ['financial'], 'an OCR\'d Czech payment confirmation with the payer\'s own account.',
    'Potvrzení o provedení platby\n\nZ účtu: ' + f'{ca}/0100' + '\nMajitel: Ondřej Kučera\nNa účet: 2800123456/2010\n'
    'Částka: 12 500,00 CZK\nVS: 2026118\nZpráva pro příjemce: nájem prosinec\nDatum splatnosti: 07.12.2026\n')
card = luhn('4' + rnd(14, DG), 16)
vi('block', ['financial'], 'a travel agent\'s e-mail confirming a booking, quoting the traveller\'s full card number.',
   'Kính gửi anh Hùng,\n\nPhòng vé xác nhận đặt chỗ HAN-SGN ngày 20/12 cho đoàn 3 người. Thanh toán bằng thẻ:\n'
   f'Số thẻ: {card[:4]}-{card[4:8]}-{card[8:12]}-{card[12:]}\nChủ thẻ: LE VAN HUNG\nHiệu lực: 08/28\n\nTrân trọng,\nPhòng vé')

# ---- hard negatives
neg('en', 'a Spring Boot Actuator /env excerpt whose secrets the actuator printed as ******.',
    '{\n  "propertySources": [ { "name": "Config resource \'class path resource [application.yml]\'",\n    "properties": {\n'
    '      "spring.datasource.url": { "value": "jdbc:mysql://localhost:3306/permits" },\n'
    '      "spring.datasource.password": { "value": "******" },\n      "spring.mail.password": { "value": "******" }\n    } } ]\n}\n')
vineg('a PHP 8.2 stack trace where the password argument shows as a SensitiveParameterValue.',
      'Trang tin báo lỗi trắng trang, log:\n\n'
      'PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/inc/db.php:9\nStack trace:\n'
      "#0 /var/www/html/inc/db.php(9): PDO->__construct('mysql:host=127....', 'tintuc', Object(SensitiveParameterValue))\n#1 {main}\n")
neg('en', 'a MySQL access-denied error on localhost (the server says a password was used, not which).',
    "ERROR 1045 (28000): Access denied for user 'report'@'localhost' (using password: YES)\n\nWhat does this mean and how do I reset it?")
vineg('a dotnet user-secrets command with a placeholder value in angle brackets.',
      'Hướng dẫn cho lập trình viên mới: chạy lệnh sau rồi thay giá trị bằng mật khẩu được cấp:\n\n'
      'dotnet user-secrets set "Smtp:Password" "<mat-khau-smtp>"\n')
neg('en', 'Laravel\'s config/database.php reading everything through env() with empty defaults.',
    "'mysql' => [\n    'driver' => 'mysql',\n    'host' => env('DB_HOST', '127.0.0.1'),\n    'database' => env('DB_DATABASE', 'forge'),\n"
    "    'username' => env('DB_USERNAME', 'forge'),\n    'password' => env('DB_PASSWORD', ''),\n],\n")
neg('en', 'a Kubernetes docs snippet of a Secret with angle-bracket placeholders for the base64 data.',
    'Create the Secret, replacing the values with your own base64-encoded strings:\n\n'
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-user-pass\ntype: Opaque\ndata:\n'
    '  username: <base64-encoded-username>\n  password: <base64-encoded-password>\n')
neg('en', 'a terraform.tfstate excerpt of random_pet and random_id resources (names and ids, no secret).',
    '{\n  "resources": [\n    { "type": "random_pet", "name": "suffix", "instances": [ { "attributes": { "id": "fond-kitten", "length": 2 } } ] },\n'
    f'    {{ "type": "random_id", "name": "bucket", "instances": [ {{ "attributes": {{ "b64_url": "{rnd(11, LO + DG)}", "hex": "{sha(16)}", "byte_length": 8 }} }} ] }}\n  ]\n}}\n')
neg('en', 'a CI log that says the runner skipped printing a secret output, with commit and artifact digests.',
    f'Run actions/checkout@v4\nSyncing repository: dvc-team/portal\nChecking out ref refs/heads/main at {sha(40)}\n'
    "Warning: Skip output 'token' since it may contain secret.\n"
    f'Artifact digest: sha256:{sha(64)}\nFinished in 42s\n')
vineg('a HAR excerpt whose only cookies are analytics and consent cookies.',
      'File HAR của trang tra cứu (đã xuất từ Chrome), nhờ xem vì sao tải chậm:\n\n'
      '{ "request": { "method": "GET", "url": "https://tracuu.example.gov.vn/",\n  "headers": [\n'
      f'    {{ "name": "cookie", "value": "_ga=GA1.1.{rnd(9, DG)}.{rnd(10, DG)}; cookieconsent_status=dismiss" }}\n  ]\n}},\n'
      '  "timings": { "dns": 12, "connect": 40, "wait": 2210, "receive": 35 } }\n')
neg('en', 'a WireGuard guide template with placeholder keys and a full-tunnel AllowedIPs.',
    '[Interface]\nPrivateKey = <client-private-key>\nAddress = <client-address>/32\n\n[Peer]\nPublicKey = <server-public-key>\n'
    'Endpoint = vpn.example.com:51820\nAllowedIPs = 0.0.0.0/0, ::/0\n')
neg('en', 'Active Directory documentation written on Microsoft\'s fictitious domain.',
    'To find disabled users in the Sales OU, run:\n\n'
    'Get-ADUser -Filter \'Enabled -eq $false\' -SearchBase "OU=Sales,DC=contoso,DC=com"\n')
vineg('an nslookup of a public site through a public resolver.',
      'Kiểm tra phân giải tên miền cổng thông tin:\n\nnslookup dichvucong.gov.vn 8.8.8.8\nServer:  dns.google\nAddress:  8.8.8.8\n\n'
      'Non-authoritative answer:\nName:    dichvucong.gov.vn\nAddress:  203.0.113.44\n')
vineg('a published statement of a relief fund\'s receiving account (an organisation\'s account, donations without donors\' accounts).',
      'Tóm tắt giúp số liệu sao kê tài khoản tiếp nhận ủng hộ đồng bào bị bão lũ mà Ủy ban MTTQ tỉnh đã công khai:\n\n'
      f'Tài khoản: {vn_acct(13)} - Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh - Ngân hàng Vietcombank\n'
      'Ngày | Số tiền | Nội dung\n10/09 | 500.000 | ung ho dong bao bao lu\n10/09 | 2.000.000 | cong ty ABC ung ho mien Bac\n'
      '11/09 | 100.000 | chung tay vuot bao\n')
neg('vi', 'a payment gateway\'s sandbox guide listing its published test card.',
    'Hướng dẫn thử nghiệm cổng thanh toán (môi trường sandbox):\n- Ngân hàng: NCB\n- Số thẻ: 9704198526191432198\n'
    '- Tên chủ thẻ: NGUYEN VAN A\n- Ngày phát hành: 07/15\n- Mật khẩu OTP: 123456\n')
neg('cs', 'a supplier\'s invoice with its own IBAN for payment.',
    'FAKTURA č. 2026-0412\nDodavatel: Softwarové služby Beta s.r.o., IČO 27082440\n'
    'Bankovní spojení: CZ65 0800 0000 1920 0014 5399 (Česká spořitelna)\nOdběratel: Městský úřad Kolín\n'
    'Předmět: roční podpora spisové služby\nCelkem k úhradě: 96 800,00 Kč\n')
neg('en', 'a tutorial naming a cloud provider\'s published public address ranges.',
    'Allow the monitoring service\'s published ranges in your firewall: 52.95.110.0/24, 54.239.98.0/24 and '
    '2600:1f18::/36, then test with curl from 203.0.113.5.')
vineg('documentation on how passwords are stored, with a bcrypt hash as the example.',
      'Mật khẩu người dùng được lưu dạng băm bcrypt với hệ số 12, ví dụ một bản ghi trong bảng nguoi_dung:\n\n'
      f'mat_khau_bam: $2b$12${rnd(53, UP + LO + DG + "./")}\n\nKhông hệ thống nào lưu mật khẩu dạng rõ.')

# ================================================================ batch 3 (written after batch 2's fixes, scored blind)

# ---- credentials
p = pw(12)
add('cs', 'block', ['credential'], 'an appsettings.json with an Npgsql connection string (Password= inside), asked in Czech.',
    'Aplikace po nasazení hlásí 28P01, konfigurace:\n\n{\n  "ConnectionStrings": {\n'
    f'    "Spisy": "Host=db-spisy;Port=5432;Database=spisy;Username=spisy_app;Password={p};Pooling=true"\n  }}\n}}\n')
glp = 'glpat-' + rnd(20, UP + LO + DG + '-_')
add('cs', 'block', ['credential'], 'a CI log printing git remote -v with a token in the remote URL, asked in Czech.',
    'Job v pipeline končí chybou při push, výpis:\n\n$ git remote -v\n'
    f'origin  https://oauth2:{glp}@gitlab.example.cz/odbor-it/spisovka.git (fetch)\n'
    f'origin  https://oauth2:{glp}@gitlab.example.cz/odbor-it/spisovka.git (push)\n'
    '$ git push origin HEAD:main\nremote: HTTP Basic: Access denied\n')
p = pw(12)
add('cs', 'block', ['credential', 'infrastructure'], 'a MikroTik export with an IPsec peer secret and the office LAN, asked in Czech.',
    'Tunel na pobočku nenaskočí, export z routeru:\n\n/ip address\nadd address=10.12.5.1/24 interface=bridge-lan\n'
    '/ip ipsec peer\nadd address=vpn.pobocka.example.cz name=pobocka\n/ip ipsec identity\n'
    f'add peer=pobocka secret="{p}"\n')
p = pw(14)
add('en', 'block', ['credential'], 'an Azure DevOps log where a script echoed the SQL connection string with its password.',
    '2026-12-07T09:12:40.1120Z ##[section]Starting: Run migrations\n'
    '2026-12-07T09:12:41.5521Z Using connection: Server=tcp:sql-permits.database.windows.net,1433;Initial Catalog=permits;'
    f'User ID=migrator;Password={p};Encrypt=True;\n'
    '2026-12-07T09:12:47.0032Z ##[error]Login failed for user \'migrator\'.\n')
p = pw(12)
vi('block', ['credential', 'infrastructure'], 'a redis-cli line with the password after -a on an internal host.',
   'Em chạy lệnh này để kiểm tra cache mà báo NOAUTH, nhờ xem:\n\n'
   f'redis-cli -h 10.33.2.7 -p 6379 -a \'{p}\' ping\n(error) NOAUTH Authentication required.\n')
p = pw(11)
vi('block', ['credential', 'infrastructure'], 'a chat forwarding a database login to a vendor: host, user and pass on separate lines.',
   '[09:14] Anh Khoa (CNTT): Gửi bên triển khai thông tin kết nối CSDL thử nghiệm:\n'
   f'[09:14] Anh Khoa (CNTT): Host: 172.19.4.20\nUser: sa\nPass: {p}\n'
   '[09:16] Đối tác - Hưng: Em nhận được rồi ạ, cảm ơn anh.')
sess = rnd(32, '0123456789ABCDEF')
add('en', 'block', ['credential'], 'a Windows "Copy as cURL (cmd)" with ^-escaped quotes and a session cookie.',
    'Replaying this from cmd gives 302 to login, why?\n\n'
    'curl ^"https://permits.example.org/admin/export?format=csv^" ^\n  -H ^"accept: text/csv^" ^\n'
    f'  -H ^"cookie: JSESSIONID={sess}; lang=en^" ^\n  --compressed\n')
ap = rnd(16, LO)
vi('block', ['credential'], 'a CMS plugin\'s English SMTP fields copied into a Vietnamese question, the app password in its field.',
   'Plugin gửi mail của trang trường cấu hình như sau mà vẫn báo lỗi 535:\n\n'
   'SMTP Host: smtp.gmail.com\nSMTP Port: 587\nSMTP Username: thpt.lequydon.tb@gmail.com\n'
   f'SMTP Password (App Password): {ap}\nEncryption: TLS\n')

# ---- infrastructure
vi('warn', ['infrastructure'], 'a NAT mapping list sent to the ISP: public addresses to internal servers.',
   'Kính gửi nhà mạng, đề nghị mở NAT cho các dịch vụ sau:\n\n'
   '203.0.113.21:443 -> 10.88.4.10:443 (Cổng dịch vụ công)\n203.0.113.22:443 -> 10.88.4.11:443 (Một cửa điện tử)\n'
   '203.0.113.23:25 -> 10.88.6.5:25 (Thư điện tử)\n')
add('cs', 'warn', ['infrastructure'], 'instructions to join a PC to the office\'s AD domain, naming its controllers.',
    'Postup připojení nového PC do domény:\n1. Nastavte DNS na 10.20.1.5 a 10.20.1.6.\n'
    '2. Systém > Připojit k doméně: urad.local\n3. Ověřte spojení s řadičem dc01.urad.local příkazem nltest /dsgetdc:urad.local\n')

# ---- financial
acct = vn_acct(14)
vi('block', ['financial'], 'a bank statement read by OCR from a photo: the account spaced in groups, the holder named.',
   'Ảnh chụp sao kê (đã nhận dạng chữ), nhờ lập bảng các khoản chi:\n\n'
   'NGÂN HÀNG TMCP KỸ THƯƠNG VIỆT NAM\nSAO KÊ TÀI KHOẢN / ACCOUNT STATEMENT\n'
   f'Chủ TK: HOANG THI MINH\nSố TK: {" ".join(acct[i:i + 4] for i in range(0, 14, 4))}\n'
   '01/12 Thanh toan QR Highlands -65.000\n02/12 Chuyen tien cho me -2.000.000\n')
ca = cza('28')
add('cs', 'block', ['financial'], 'a Czech bank\'s CSV export of a personal account, pasted to categorise payments.',
    'Roztřiď mi platby z exportu:\n\n"Číslo účtu";"' + f'{ca}/2010' + '"\n"Majitel";"Lucie Marková"\n'
    '"Datum";"Objem";"Protiúčet";"Zpráva"\n"01.12.2026";"-1250,00";"";"Lidl"\n"03.12.2026";"-14500,00";"";"nájem"\n')
ca = cza('19')
add('cs', 'block', ['financial'], 'a Czech payslip with the employee\'s account for the salary.',
    'VÝPLATNÍ PÁSKA 11/2026\nZaměstnanec: Jiří Novotný, os. č. 1042\nHrubá mzda: 42 300 Kč\nČistá mzda: 33 180 Kč\n'
    f'Výplata na účet: {ca}/0300\n')
add('en', 'block', ['financial'], 'a UK personal bank statement header with sort code and account number.',
    'Can you add up the card payments in this statement?\n\nMr D. Walsh\nSort code: 20-45-77   Account number: '
    f'{rnd(8, DG)}\nStatement period: 01/11/2026 to 30/11/2026\n\n03 Nov  TESCO STORES 2231   24.60\n05 Nov  TFL TRAVEL CH   12.40\n')

# ---- hard negatives
neg('cs', 'an appsettings.json with Azure DevOps token placeholders #{…}# in place of the password.',
    'Je tahle šablona pro nasazení v pořádku?\n\n{\n  "ConnectionStrings": {\n'
    '    "Spisy": "Host=#{DbHost}#;Database=spisy;Username=#{DbUser}#;Password=#{DbPassword}#"\n  },\n'
    '  "Smtp": { "Password": "#{SmtpPassword}#" }\n}\n')
neg('en', 'an Azure DevOps log where the pipeline masked the password as ***.',
    '2026-12-07T09:12:41.5521Z Using connection: Server=tcp:sql-permits.database.windows.net,1433;Initial Catalog=permits;'
    'User ID=migrator;Password=***;Encrypt=True;\n2026-12-07T09:12:47.0032Z ##[error]Login failed for user \'migrator\'.\n')
vineg('a redis-cli line that takes the password from an environment variable.',
      'Lệnh kiểm tra cache trong tài liệu vận hành:\n\nredis-cli -h localhost -p 6379 -a "$REDIS_PASSWORD" --no-auth-warning ping\n')
vineg('a chat saying the vendor will get the connection details privately (no value).',
      '[09:14] Anh Khoa (CNTT): Thông tin kết nối CSDL thử nghiệm anh gửi riêng cho bên triển khai qua kênh bảo mật, không để trong nhóm.\n'
      '[09:16] Đối tác - Hưng: Dạ em nhận được rồi ạ.')
neg('cs', 'a MikroTik guide with a placeholder secret and documentation addresses.',
    'Návod: IPsec mezi pobočkami\n\n/ip ipsec peer\nadd address=198.51.100.2 name=pobocka\n/ip ipsec identity\n'
    'add peer=pobocka secret="<sdílený-klíč>"\n')
neg('en', 'a "Copy as cURL" without cookies or authorization.',
    "curl 'https://api.example.org/v1/status' \\\n  -H 'accept: application/json' \\\n  -H 'user-agent: Mozilla/5.0' \\\n  --compressed\n")
vineg('a bank\'s user guide with a sample statement on an obviously sequential account number.',
      'Hướng dẫn đọc sao kê: phần đầu ghi Số tài khoản (ví dụ 0123456789), tên chủ tài khoản và kỳ sao kê; '
      'cột Ghi nợ là tiền ra, cột Ghi có là tiền vào.')
neg('en', 'a charity\'s donation page with its own sort code and account.',
    'Donate by bank transfer to St Aidan\'s Hospice Trust, sort code 40-11-62, account number 71234567, '
    'reference GIFT plus your postcode. Thank you for your support.')
neg('cs', 'a municipality\'s transparent account announced on its web site.',
    'Obec zřídila transparentní účet pro sbírku na opravu kostela: 2001234567/2010 (Fio banka). '
    'Pohyby na účtu jsou veřejně dostupné na stránkách banky.')
neg('en', 'a dev mail catcher on localhost with no authentication.',
    'For local testing point the app at MailHog: SMTP host localhost, port 1025, no username or password; '
    'open http://localhost:8025 to read the captured mail.')
vineg('a bank SMS with a one-time password.',
      'Tin nhắn ngân hàng: Mật khẩu một lần (OTP) của Quý khách là 583021, hiệu lực 3 phút. Không chia sẻ mã này cho bất kỳ ai.')
neg('cs', 'a Czech networking textbook using the IPv6 documentation prefix.',
    'Příklad: rozhraní má adresu 2001:db8:acad:1::10/64, výchozí brána je 2001:db8:acad:1::1 a DNS 2001:db8::53. '
    'Prefix 2001:db8::/32 je vyhrazen pro dokumentaci (RFC 3849).')
vineg('an IP plan template with letters in place of numbers.',
      'Mẫu quy hoạch địa chỉ cho các xã: VLAN 10 dùng dải 10.x.10.0/24, VLAN 20 dùng 10.x.20.0/24, trong đó x là mã xã do Sở cấp.')
neg('en', 'a Helm values file that uses an existing Secret and image digests.',
    'auth:\n  existingSecret: cms-db\n  secretKeys:\n    adminPasswordKey: admin-password\n'
    f'image:\n  digest: sha256:{sha(64)}\n')

# ================================================================ batch 4 (written after batch 3's fixes, scored blind)

p = pw(12)
add('en', 'block', ['credential'], 'a hibernate.cfg.xml with the connection password as a property element.',
    'Hibernate cannot open a session, config:\n\n<hibernate-configuration>\n  <session-factory>\n'
    '    <property name="hibernate.connection.url">jdbc:mysql://localhost:3306/permits</property>\n'
    '    <property name="hibernate.connection.username">permits</property>\n'
    f'    <property name="hibernate.connection.password">{p}</property>\n  </session-factory>\n</hibernate-configuration>\n')
p = pw(12)
vi('block', ['credential'], 'a Rails database.yml with a literal production password.',
   'Deploy lên máy chủ thì báo lỗi kết nối, file config/database.yml:\n\n'
   'production:\n  adapter: postgresql\n  database: hoso_production\n  username: hoso\n'
   f'  password: "{p}"\n  host: localhost\n')
p = pw(13)
add('cs', 'block', ['credential'], 'a Laravel config cache (bootstrap/cache/config.php) with the database password, asked in Czech.',
    'Po config:cache aplikace nevidí databázi, výřez z bootstrap/cache/config.php:\n\n'
    "  'mysql' => \n  array (\n    'driver' => 'mysql',\n    'host' => '127.0.0.1',\n    'username' => 'evidence',\n"
    f"    'password' => '{p}',\n  ),\n")
tok = crc_token('ghp_', rnd(30, UP + LO + DG))
vi('block', ['credential'], 'a ~/.git-credentials line with a personal access token, asked why push still prompts.',
   'Em đã lưu thông tin đăng nhập git mà push vẫn hỏi mật khẩu, file ~/.git-credentials:\n\n'
   f'https://nguyenvana-dev:{tok}@github.com\n')
p = pw(12)
add('en', 'block', ['credential'], 'a Spring Cloud Config client bootstrap.yml with the config server password.',
    'spring:\n  application:\n    name: permits\n  cloud:\n    config:\n      uri: https://config.example.org\n'
    f'      username: permits\n      password: {p}\n')
p = pw(12)
vi('block', ['credential'], 'a Kubernetes Secret manifest with stringData in clear, asked in Vietnamese.',
   'Manifest secret của hệ thống một cửa, apply xong pod vẫn báo sai mật khẩu:\n\n'
   'apiVersion: v1\nkind: Secret\nmetadata:\n  name: motcua-db\ntype: Opaque\nstringData:\n  DB_USER: motcua\n'
   f'  DB_PASSWORD: "{p}"\n')
add('en', 'warn', ['infrastructure'], 'kubectl get nodes -o wide with the nodes\' internal addresses.',
    'Two nodes are NotReady:\n\nNAME       STATUS     ROLES           AGE   VERSION   INTERNAL-IP   OS-IMAGE\n'
    'k8s-cp01   Ready      control-plane   212d  v1.29.4   10.40.8.11    Ubuntu 22.04.4 LTS\n'
    'k8s-wk01   NotReady   <none>          212d  v1.29.4   10.40.8.21    Ubuntu 22.04.4 LTS\n'
    'k8s-wk02   NotReady   <none>          212d  v1.29.4   10.40.8.22    Ubuntu 22.04.4 LTS\n')
acct = vn_acct(13)
vi('block', ['financial'], 'a payslip e-mailed to one employee with the salary account.',
   'PHIẾU LƯƠNG THÁNG 11/2026\nHọ tên: Trịnh Văn Quang - Phòng Kế hoạch\nLương ngạch bậc: 9.360.000\nPhụ cấp: 1.404.000\n'
   f'Thực lĩnh: 10.156.000\nChuyển khoản vào TK {acct} - Agribank\n')
card = luhn('4' + rnd(14, DG), 16)
vi('block', ['financial'], 'an airline e-ticket forwarded in chat, the full card printed under payment.',
   '[20:11] Chị Mai: Vé của sếp đây em, in ra giúp chị nhé\n'
   '[20:11] Chị Mai: VÉ ĐIỆN TỬ / E-TICKET\nHành khách: NGUYEN/VAN THANH MR\nChuyến bay: VN 213 HAN-SGN 22DEC\n'
   f'Hình thức thanh toán: VISA {card}\nTổng tiền: 3.250.000 VND\n')
ca = cza('27')
add('cs', 'block', ['financial'], 'a Czech payment order from a person\'s own account, pasted to check the details.',
    'Zkontroluj mi prosím příkaz, jestli je vše správně:\n\nPŘÍKAZ K ÚHRADĚ\n'
    f'Z účtu: {ca}/0800 (Petra Svobodová)\nNa účet: 123-4567890287/0100\nČástka: 3 200 Kč\nVS: 88421\n')

# ---- hard negatives
neg('en', 'a GitHub Actions step that masks a value before using it (::add-mask::) with an env reference.',
    'steps:\n  - run: |\n      echo "::add-mask::$DEPLOY_TOKEN"\n      ./deploy.sh --token "$DEPLOY_TOKEN"\n    env:\n'
    '      DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n')
neg('en', 'a Jenkins console log where the credentials binding masked the password.',
    '[Pipeline] withCredentials\nMasking supported pattern matches of $DB_PASS\n[Pipeline] sh\n'
    '+ mysql -u deploy -p**** -h localhost -e "SELECT 1"\n1\n[Pipeline] }\nFinished: SUCCESS\n')
vineg('a Rails database.yml reading the password from ENV through ERB.',
      'File config/database.yml của dự án, có cần sửa gì không ạ?\n\n'
      "production:\n  adapter: postgresql\n  database: hoso_production\n  username: <%= ENV['DB_USER'] %>\n"
      "  password: <%= ENV['DB_PASSWORD'] %>\n")
neg('en', 'a hibernate.cfg.xml whose password is a Maven-filtered property.',
    '<property name="hibernate.connection.username">${db.user}</property>\n'
    '<property name="hibernate.connection.password">${db.password}</property>\n')
vineg('an e-ticket with the card masked except the last four digits.',
      'VÉ ĐIỆN TỬ / E-TICKET\nHành khách: NGUYEN/VAN THANH MR\nChuyến bay: VN 213 HAN-SGN 22DEC\n'
      'Hình thức thanh toán: VISA **** **** **** 4821\nTổng tiền: 3.250.000 VND\n')
neg('cs', 'a Czech payment order to a company\'s account for an invoice.',
    'PŘÍKAZ K ÚHRADĚ\nPříjemce: Tiskárna Horák s.r.o.\nNa účet: 2700123456/2010\nČástka: 18 150 Kč\nVS: 20260412 (faktura)\n')
vineg('a payslip template with empty fields.',
      'MẪU PHIẾU LƯƠNG\nHọ tên: ..................\nLương ngạch bậc: ..........\nThực lĩnh: ..........\n'
      'Chuyển khoản vào TK: ....................... tại ngân hàng ..........\n')
neg('en', 'kubectl get nodes of a managed cluster that shows only node names and versions.',
    'NAME                                STATUS   ROLES    AGE   VERSION\naks-system-31842066-vmss000000     Ready    <none>   40d   v1.29.4\n'
    'aks-system-31842066-vmss000001     Ready    <none>   40d   v1.29.4\n')
neg('cs', 'a Czech guide explaining the .git-credentials format with placeholders.',
    'Soubor ~/.git-credentials obsahuje jeden řádek na server ve tvaru https://<uživatel>:<token>@gitlab.example.cz. '
    'Token nikdy neukládejte na sdílený počítač.')

# ================================================================ batch 5 (written after batch 4's fixes, scored blind)

p = pw(12)
add('en', 'block', ['credential'], 'a Python requests call with a literal basic-auth tuple, pasted with its traceback.',
    'Getting 401 from the reports API:\n\n'
    f'resp = requests.get("https://reports.example.org/api/v2/export", auth=("svc_report", "{p}"), timeout=30)\n'
    'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://reports.example.org/api/v2/export\n')
p = pw(12)
add('en', 'block', ['credential'], 'C# code with a literal NetworkCredential for the SMTP client.',
    'var client = new SmtpClient("smtp.office365.com", 587)\n{\n    EnableSsl = true,\n'
    f'    Credentials = new NetworkCredential("alerts@permits.example.org", "{p}")\n}};\n')
p = pw(12)
add('en', 'block', ['credential'], 'Java code calling DriverManager.getConnection with a literal password.',
    'Connection conn = DriverManager.getConnection(\n    "jdbc:oracle:thin:@//db01:1521/HRPDB",\n'
    f'    "hr_app", "{p}");\n')
p = pw(12)
vi('block', ['credential', 'infrastructure'], 'a Go sql.Open DSN with user:password@tcp(private host).',
   'Code Go kết nối MySQL báo "Access denied", nhờ xem:\n\n'
   f'db, err := sql.Open("mysql", "qlcb:{p}@tcp(10.21.3.8:3306)/qlcb?parseTime=true")\n')
p = pw(12)
add('cs', 'block', ['credential', 'infrastructure'], 'a PowerShell script building a credential from a literal password to map an internal share, asked in Czech (relabelled after batch 5: the \\\\fs01\\… share is infrastructure by the rules\' decision).',
    'Skript pro mapování disku hlásí chybu, tady je:\n\n'
    f'$heslo = ConvertTo-SecureString "{p}" -AsPlainText -Force\n'
    '$cred = New-Object System.Management.Automation.PSCredential ("URAD\\\\svc_zalohy", $heslo)\n'
    'New-PSDrive -Name Z -PSProvider FileSystem -Root \\\\fs01\\zalohy -Credential $cred\n')
p = pw(10)
vi('block', ['credential', 'infrastructure'], 'a camera list with RTSP URLs carrying the admin password.',
   'Danh sách camera trụ sở, nhờ lập bảng:\n\n'
   f'Cổng chính: rtsp://admin:{p}@192.168.20.64:554/Streaming/Channels/101\n'
   f'Sân sau: rtsp://admin:{p}@192.168.20.65:554/Streaming/Channels/101\n')
add('en', 'warn', ['infrastructure'], 'an arp -a output from an office PC listing the LAN\'s hosts.',
    'Which of these is the printer?\n\nInterface: 10.16.40.37 --- 0x6\n  Internet Address      Physical Address      Type\n'
    '  10.16.40.1            00-1a-2b-3c-4d-01     dynamic\n  10.16.40.20           00-1a-2b-3c-4d-14     dynamic\n'
    '  10.16.40.55           00-1a-2b-3c-4d-37     dynamic\n')
acct = vn_acct(13)
add('mixed', 'block', ['financial'], 'an English request to translate a Vietnamese refund note with a person\'s account.',
    'Please translate this note from our Hanoi colleague into English:\n\n'
    f'"Nhờ chị hoàn lại tiền vé cho em vào số tài khoản {acct} tại Vietcombank, chủ tài khoản Đào Thị Thu, em cảm ơn."')

# ---- hard negatives
neg('en', 'a Python requests call that reads the basic-auth pair from the environment.',
    'resp = requests.get(url, auth=(os.environ["REPORT_USER"], os.environ["REPORT_PASSWORD"]), timeout=30)\n')
neg('en', 'C# code using the default network credentials.',
    'var client = new SmtpClient("smtp.office365.com", 587) { EnableSsl = true, UseDefaultCredentials = true };\n'
    'client.Credentials = CredentialCache.DefaultNetworkCredentials;\n')
vineg('a Go DSN built from environment variables.',
      'Code kết nối lấy thông tin từ biến môi trường:\n\n'
      'dsn := fmt.Sprintf("%s:%s@tcp(%s)/qlcb", os.Getenv("DB_USER"), os.Getenv("DB_PASS"), os.Getenv("DB_ADDR"))\n')
add('cs', 'warn', ['infrastructure'], 'a PowerShell script that asks for the password at run time; the internal share it maps warns (relabelled after batch 5 from a hard negative: a Windows share \\\\server\\share is infrastructure by the rules\' decision).',
    '$cred = Get-Credential -UserName "URAD\\\\svc_zalohy" -Message "Zadejte heslo"\n'
    'New-PSDrive -Name Z -PSProvider FileSystem -Root \\\\fs01\\zalohy -Credential $cred\n')
vineg('a camera vendor manual with an RTSP URL template.',
      'Định dạng đường dẫn RTSP của camera: rtsp://<tên đăng nhập>:<mật khẩu>@<địa chỉ IP>:554/Streaming/Channels/101')
neg('en', 'Java code that takes the connection from a pooled DataSource configured elsewhere.',
    '@Resource(name = "jdbc/HRPDB")\nprivate DataSource ds;\n\ntry (Connection conn = ds.getConnection()) {\n    // ...\n}\n')

write_round(S, 'round41', 'p41')
