#!/usr/bin/env python3
"""Builds test/probes/round28.jsonl: round 28 of the held-out-style probes, written blind (batch 1 scored on main
before any rule was changed for it; later batches written after the earlier fixes, each scored blind in its turn).
Whole staff pastes again, with precision as half the task: a developer asking the AI to debug (stack traces that
print a connection URL, .npmrc, .netrc, .pypirc, a container registry's config.json, git remotes with tokens,
Terraform state, Helm values, a Kubernetes Secret whose base64 hides a URL, Azure Service Bus and Storage strings, SMTP
in PHP/Java/Python/Node, Android signing properties, Maven/NuGet/Composer/Gradle repository logins), an admin pasting
a log or a ticket, an office worker pasting a spreadsheet of first passwords, a chat where someone sends a VPN key;
beside the same shapes with nothing to hide: environment and vault references, redacted or described values, hashes,
commit ids, image digests, UUIDs, AWS account ids in ARNs, public keys and certificates, test card numbers printed
in a payment SDK's documentation, published emulator keys, documented default passwords, security training that
names the levels, long reports full of statistics and decree numbers.

Decisions written into the labels (by the contract):
- a Google API key (AIza…) in a server's environment or code (Gemini, YouTube Data, Places from a back end) is a live
  secret: block. Batch 1 was written with the browser and app keys (a Firebase client configuration,
  google-services.json, GoogleService-Info.plist, the Maps JavaScript loader, an Android manifest's geo key) as
  passes; after scoring it the decision went the other way, in line with round 8's held Android-manifest probe
  (pen-r8-0003): whether such a key is restricted cannot be seen in a paste, so it blocks like any API key (reason in
  intl.credential.google-api-key's rationale). Those five samples are relabelled block and say so in their note;
- the published Azurite / storage-emulator account key and test card numbers printed in a payment SDK's documentation
  are public sample values: pass (round 32: only the numbers a processor publishes; the Napas sandbox guide's randomly
  drawn card is relabelled block, since nothing tells it from a customer's card);
- a default password stated in a product's public installation guide, with the instruction to change it, is public
  documentation: pass;
- a password of an attachment or a key's passphrase given in a message unlocks something: block;
- a Kubernetes Secret's base64 data is not encryption: block when it decodes to a secret.
Secrets come from seeded generators (no real account), so the file rebuilds byte for byte. Stdlib only."""
import base64
import json
import uuid

from probe_ids import DG, LO, UP, collector, crc_token, luhn, seeded, strip, timed_chat, write_round

HEX = '0123456789abcdef'
B64 = UP + LO + DG + '+/'


def generators(seed):
    """A batch's seeded generator and its value makers: rnd(n, chars); pw(n), a password as people make them (a
    capitalised stem, digits and a sign); hx(n), hex digits. Each batch draws from its own seed, so that the earlier
    batches stay byte for byte as they were scored."""
    r, rn = seeded(seed)

    def pw_(n=13):
        return r.choice(UP) + rn(n - 5, LO) + r.choice('@#!$&*') + rn(3, DG)

    def hx(n):
        return ''.join(r.choice(HEX) for _ in range(n))
    return r, rn, pw_, hx


R, rnd, pw, _ = generators(2828)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def key64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def pick(pool, k):
    return R.sample(pool, k)


S, add, neg = collector()

# ---------------------------------------------------------------- filler pools (written for this round)
EN_REPORT = [
    'Ticket volume rose 14% quarter on quarter, driven mainly by the payroll migration in week 6.',
    'Median time to first response fell from 3.4 hours to 2.1 hours after the new rota took effect.',
    'Of the 1,284 requests closed in the period, 61% were resolved at first line and 9% were escalated to vendors.',
    'The regional offices reported 37 hardware faults, most of them docking stations bought in 2019.',
    'Customer satisfaction stayed at 4.3 out of 5 (n = 412 survey replies), unchanged from last quarter.',
    'The backlog of change requests was reduced from 58 to 21 items; the oldest open item is from March.',
    'Two planned outages took place (Saturday 02:00-04:00) and neither exceeded its window.',
    'Training completion for the annual awareness module reached 92.6% across all departments.',
    'Licence spend came in 3.8% under budget after unused seats were reclaimed in September.',
    'The pilot of self-service password reset covered 340 users and cut related calls by roughly a third.',
    'Printer fleet consolidation removed 46 devices; average pages per device rose to 2,950 a month.',
    'We expect the remaining laptops on the old image to be replaced by the end of next quarter.',
]
VI_REPORT = [
    'Trong quý III, tổng số yêu cầu hỗ trợ kỹ thuật tăng 12% so với cùng kỳ, chủ yếu do chuyển đổi phần mềm kế toán.',
    'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,4%, vượt chỉ tiêu 3,4 điểm phần trăm so với kế hoạch năm.',
    'Đơn vị đã tổ chức 06 lớp tập huấn cho 214 lượt cán bộ về sử dụng hệ thống quản lý văn bản điều hành.',
    'Số thiết bị đầu cuối được cập nhật bản vá trong tháng đạt 1.182/1.240 máy (95,3%).',
    'Thời gian xử lý trung bình một phiếu yêu cầu giảm từ 3,6 giờ xuống còn 2,2 giờ.',
    'Kinh phí thực hiện đến hết tháng 9 là 1,84 tỷ đồng, đạt 71% dự toán được giao.',
    'Hệ thống thư điện tử công vụ hoạt động ổn định, thời gian gián đoạn trong quý dưới 40 phút.',
    'Phòng đã phối hợp với nhà cung cấp thay thế 18 bộ lưu điện đã hết thời hạn sử dụng.',
    'Kế hoạch quý IV tập trung rà soát phân quyền người dùng và chuẩn hóa danh mục tài sản.',
    'Một số đơn vị còn chậm cập nhật dữ liệu lên cổng thông tin, cần đôn đốc trong tháng tới.',
    'Số cuộc gọi đến tổng đài hỗ trợ là 2.406 cuộc, trong đó 83% được xử lý ngay trong ngày.',
    'Tổ kỹ thuật đề xuất bổ sung 02 máy chủ dự phòng cho hệ thống một cửa điện tử.',
]
CS_REPORT = [
    'Počet požadavků na podporu vzrostl meziročně o 11 %, hlavně kvůli přechodu na nový mzdový systém.',
    'Průměrná doba vyřízení požadavku klesla ze 3,5 hodiny na 2,3 hodiny.',
    'Školení kybernetické bezpečnosti absolvovalo 88,7 % zaměstnanců úřadu.',
    'Na 1 146 z 1 201 pracovních stanic byly nainstalovány bezpečnostní aktualizace (95,4 %).',
    'Čerpání rozpočtu na ICT činilo k 30. září 2,1 mil. Kč, tedy 69 % schváleného objemu.',
    'Odbor zajistil výměnu 22 záložních zdrojů, jejichž životnost skončila.',
    'Plán na čtvrté čtvrtletí se soustředí na revizi přístupových práv a inventuru majetku.',
    'Spisová služba byla v provozu bez výpadku delšího než 30 minut.',
    'Helpdesk přijal 2 318 hovorů, z toho 81 % bylo vyřešeno týž den.',
    'Některé odbory stále nezveřejňují podklady včas, v příštím měsíci je připomeneme.',
]
LOG = [
    '{t} INFO  [main] o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat initialized with port(s): 8080 (http)',
    '{t} INFO  [main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...',
    '{t} DEBUG [http-nio-8080-exec-3] o.s.web.servlet.DispatcherServlet : GET "/api/v1/orders?page=2", parameters={{masked}}',
    '{t} INFO  [scheduling-1] c.e.billing.InvoiceJob                : processed 214 invoices in 3812 ms',
    '{t} WARN  [http-nio-8080-exec-7] o.h.engine.jdbc.spi.SqlExceptionHelper : SQL Warning Code: 0, SQLState: 01000',
    '{t} INFO  [main] o.s.b.a.e.web.EndpointLinksResolver      : Exposing 3 endpoint(s) beneath base path \'/actuator\'',
    '{t} INFO  [pool-2-thread-1] c.e.sync.ExportWorker              : batch 17/40 done, 500 rows',
    '{t} DEBUG [main] o.s.c.s.PostProcessorRegistrationDelegate : Bean \'webServiceConfig\' not eligible for auto-proxying',
]
NGINX = [
    '{ip} - - [{d}] "GET /static/css/app.3f2c.css HTTP/1.1" 200 18422 "-" "Mozilla/5.0"',
    '{ip} - - [{d}] "POST /api/login HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0)"',
    '{ip} - - [{d}] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0"',
    '{ip} - - [{d}] "GET /api/health HTTP/1.1" 200 2 "-" "kube-probe/1.29"',
    '{ip} - - [{d}] "GET /reports/monthly?year=2025 HTTP/1.1" 200 90331 "-" "Mozilla/5.0"',
]
PUBLIC_IPS = ['203.0.113.24', '198.51.100.7', '192.0.2.15', '203.0.113.90', '198.51.100.42']


def paras(pool, k):
    return '\n\n'.join(' '.join(pick(pool, 3)) for _ in range(k))


def log(k, t0=8):
    out = []
    for i in range(k):
        t = f'2025-11-{t0:02d} 09:{14 + i // 6:02d}:{(i * 7) % 60:02d}.{R.randrange(1000):03d}'
        out.append(R.choice(LOG).format(t=t))
    return '\n'.join(out)


def access(k):
    return '\n'.join(R.choice(NGINX).format(ip=R.choice(PUBLIC_IPS), d=f'18/Nov/2025:10:{i:02d}:{R.randrange(60):02d} +0700')
                     for i in range(k))


def chat(lines, start=(8, 30)):
    return timed_chat(R, lines, '[{h:02d}:{m:02d}] {who}: {msg}', start, 6)


def both(expect, cats, note, text, ext='txt'):
    """A Vietnamese sample added once with diacritics and once typed without them (the note says which)."""
    if expect == 'pass':
        neg('vi', note, text, ext)
        neg('vi', note + ' (typed without diacritics)', strip(text), ext)
    else:
        add('vi', expect, cats, note, text, ext)
        add('vi', expect, cats, note + ' (typed without diacritics)', strip(text), ext)


# ================================================================ batch 1 (scored blind on main 22a2e1b)
# ---- English
p = pw()
add('en', 'block', ['credential'], 'A Python traceback whose SQLAlchemy error prints the MySQL URL with its password.',
    'Can you tell me why the worker crashes on start? Full output below.\n\n' + log(6) + '\n'
    'Traceback (most recent call last):\n'
    '  File "/srv/app/worker.py", line 41, in <module>\n    engine.connect()\n'
    '  File "/usr/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 3268, in connect\n'
    '    return self._connection_cls(self)\n'
    '  File "/usr/lib/python3.11/site-packages/pymysql/connections.py", line 716, in connect\n'
    '    raise exc\n'
    f'sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, "Can\'t connect to MySQL server on '
    f'\'orders-db\' ([Errno 111] Connection refused)")\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\n'
    f'engine url was mysql+pymysql://svc_orders:{p}@orders-db:3306/orders?charset=utf8mb4\n\n' + log(8, 9) +
    '\n\nThe container starts fine locally. What should I check in the compose network?')
nexus = b64('ci-deployer:' + pw())
add('en', 'block', ['credential'], 'An .npmrc for a private Nexus registry with _auth (base64 of user:password), asked why npm gets 401.',
    'npm install fails with E401 on our build agent but works on my laptop. Here is the .npmrc from the agent and the log.\n\n'
    '```\n# ~/.npmrc on build-agent-03\nregistry=https://nexus.example-corp.com/repository/npm-group/\n'
    f'//nexus.example-corp.com/repository/npm-group/:_auth={nexus}\n'
    '//nexus.example-corp.com/repository/npm-group/:always-auth=true\nstrict-ssl=true\nfund=false\naudit=false\n```\n\n'
    '```\nnpm ERR! code E401\nnpm ERR! Unable to authenticate, your authentication token seems to be invalid.\n'
    'npm ERR! To correct this please trying logging in again with:\nnpm ERR!     npm login\n\n'
    'npm ERR! A complete log of this run can be found in: /home/build/.npm/_logs/2025-11-18T08_12_44_101Z-debug-0.log\n```\n\n'
    'npm version 10.8.2, node 20.17. The lockfile points to the same registry. Do I need the newer token style?')
hk = uid()
add('en', 'block', ['credential'], 'A .netrc with a Heroku API key (a UUID) as the password, asked why git push asks for credentials.',
    'Why does `git push heroku main` still prompt me? My ~/.netrc:\n\n'
    f'machine api.heroku.com\n  login deploy-bot\n  password {hk}\nmachine git.heroku.com\n  login deploy-bot\n  password {hk}\n\n'
    'Permissions are 600. Output:\n\n'
    'remote: !\tInvalid credentials provided.\nfatal: Authentication failed for \'https://git.heroku.com/orders-api.git/\'\n\n'
    'heroku --version says heroku/8.11.5 linux-x64 node-v20.12.2. I rotated nothing recently.')
pypi = 'pypi-AgEIcHlwaS5vcmcC' + rnd(60, UP + LO + DG + '_-')
add('en', 'block', ['credential'], 'A .pypirc with a PyPI API token in password, asked why twine upload gets 403.',
    'twine upload gives 403 Forbidden for our package. This is my ~/.pypirc, can you spot the problem?\n\n'
    '[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\nusername = __token__\n'
    f'password = {pypi}\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\n\n'
    'Uploading distributions to https://upload.pypi.org/legacy/\nUploading orders_client-2.4.0-py3-none-any.whl\n'
    '100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 22.1/22.1 kB • 00:00 • ?\n'
    'WARNING  Error during upload. Retry with the --verbose option for more details.\n'
    'ERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/\n')
ghs = 'ghs_' + rnd(36)
add('en', 'block', ['credential'], 'git remote -v output with a GitHub App installation token in the HTTPS remote.',
    'Our nightly mirror job stopped pushing. `git remote -v` and the error:\n\n'
    f'origin\thttps://x-access-token:{ghs}@github.com/acme-internal/billing-service.git (fetch)\n'
    f'origin\thttps://x-access-token:{ghs}@github.com/acme-internal/billing-service.git (push)\n'
    'upstream\tgit@github.com:acme-oss/billing-service.git (fetch)\nupstream\tgit@github.com:acme-oss/billing-service.git (push)\n\n'
    '$ git push origin main\nremote: Invalid username or password.\n'
    "fatal: Authentication failed for 'https://github.com/acme-internal/billing-service.git/'\n\n"
    'The token is minted by the workflow each run, I think. Could it be expired after an hour?')
p = pw(16)
add('en', 'block', ['credential'], 'A terraform.tfstate excerpt where the RDS instance keeps its master password in clear.',
    'terraform plan wants to replace our database every run. Relevant part of the state file:\n\n'
    '{\n  "version": 4,\n  "terraform_version": "1.9.5",\n  "serial": 212,\n  "lineage": "' + uid() + '",\n'
    '  "resources": [\n    {\n      "mode": "managed",\n      "type": "aws_db_instance",\n      "name": "orders",\n'
    '      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",\n      "instances": [\n        {\n'
    '          "schema_version": 2,\n          "attributes": {\n            "allocated_storage": 100,\n'
    '            "engine": "postgres",\n            "engine_version": "15.7",\n            "identifier": "orders-prod",\n'
    '            "instance_class": "db.m6g.large",\n            "multi_az": true,\n'
    f'            "password": "{p}",\n            "port": 5432,\n            "storage_encrypted": true,\n'
    '            "username": "orders_admin"\n          },\n          "sensitive_attributes": []\n        }\n      ]\n    }\n  ]\n}\n\n'
    'Plan says: ~ engine_version = "15.7" -> "15" (forces replacement). Is it the version pin?')
p1, p2 = pw(), pw()
add('en', 'block', ['credential'], 'Helm values for the Bitnami PostgreSQL and Redis subcharts with literal passwords.',
    'helm upgrade hangs at "pending-upgrade". values-prod.yaml:\n\n'
    'global:\n  storageClass: gp3\nimage:\n  repository: registry.example-corp.com/shop/web\n  tag: "2.14.1"\n'
    'replicaCount: 3\nresources:\n  requests:\n    cpu: 250m\n    memory: 512Mi\n'
    'postgresql:\n  enabled: true\n  auth:\n    username: shop\n'
    f'    password: "{p1}"\n    database: shop\n  primary:\n    persistence:\n      size: 50Gi\n'
    f'redis:\n  enabled: true\n  architecture: standalone\n  auth:\n    enabled: true\n    password: {p2}\n'
    'ingress:\n  enabled: true\n  hostname: shop.example.com\n  tls: true\n\n'
    '$ helm history shop -n shop\nREVISION  UPDATED                   STATUS           CHART        DESCRIPTION\n'
    '41        Tue Nov 18 09:02:11 2025  superseded       shop-2.14.0  Upgrade complete\n'
    '42        Tue Nov 18 09:40:57 2025  pending-upgrade  shop-2.14.1  Preparing upgrade\n')
url = f'postgres://reporting:{pw()}@reporting-db:5432/reporting?sslmode=require'
add('en', 'block', ['credential'], 'A Kubernetes Secret whose base64 data decodes to a database URL with a password.',
    'The pod crash-loops with "invalid connection string". kubectl get secret reporting-env -o yaml:\n\n'
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: reporting-env\n  namespace: analytics\n'
    '  creationTimestamp: "2025-11-02T07:41:19Z"\n  resourceVersion: "88120443"\n  uid: ' + uid() + '\ntype: Opaque\n'
    f'data:\n  DATABASE_URL: {b64(url)}\n  LOG_LEVEL: {b64("info")}\n  REPORT_BUCKET: {b64("analytics-reports-prod")}\n\n'
    'Logs:\npanic: invalid connection string: trailing newline?\n\ngoroutine 1 [running]:\nmain.mustDB()\n'
    '\t/src/cmd/reporting/main.go:58 +0x1c4\n\nDid I base64 it with echo instead of echo -n?')
sb = key64(32)
add('en', 'block', ['credential'], 'An Azure Service Bus connection string with its SharedAccessKey in appsettings.',
    'Messages are not consumed by the function. local.settings.json (I copied it from the portal):\n\n'
    '{\n  "IsEncrypted": false,\n  "Values": {\n    "AzureWebJobsStorage": "UseDevelopmentStorage=true",\n'
    '    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",\n'
    f'    "ServiceBusConnection": "Endpoint=sb://orders-prod-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={sb}",\n'
    '    "QueueName": "orders-created"\n  }\n}\n\n'
    '[2025-11-18T08:31:02.114Z] Host lock lease acquired by instance ID \'0000000000000000000000004B1C2D3E\'.\n'
    '[2025-11-18T08:31:07.562Z] Function \'ProcessOrder\' trigger listener started, 0 messages received.\n\n'
    'The queue has 1,204 active messages in the portal.')
p = pw()
add('en', 'block', ['credential'], 'Java mail code with a literal password in a javax.mail PasswordAuthentication.',
    'Getting AuthenticationFailedException: 535 5.7.3 from Office 365. Code:\n\n```java\nProperties props = new Properties();\n'
    'props.put("mail.smtp.host", "smtp.office365.com");\nprops.put("mail.smtp.port", "587");\n'
    'props.put("mail.smtp.auth", "true");\nprops.put("mail.smtp.starttls.enable", "true");\n\n'
    'Session session = Session.getInstance(props, new Authenticator() {\n    @Override\n'
    '    protected PasswordAuthentication getPasswordAuthentication() {\n'
    f'        return new PasswordAuthentication("noreply-billing", "{p}");\n    }}\n}});\n'
    'Message msg = new MimeMessage(session);\nmsg.setSubject("Invoice " + invoice.getNumber());\nTransport.send(msg);\n```\n\n'
    'Stack:\njavax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful\n'
    '\tat com.sun.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:947)\n'
    '\tat com.sun.mail.smtp.SMTPTransport.authenticate(SMTPTransport.java:858)\n\tat javax.mail.Service.connect(Service.java:388)\n')
p1, p2 = pw(), pw()
add('en', 'block', ['credential'], 'A wp-config.php with define() of the database and SMTP passwords, asked why mail is not sent.',
    'WP Mail SMTP says "Could not authenticate". My wp-config.php (top part):\n\n<?php\n'
    "define( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_shop' );\n"
    f"define( 'DB_PASSWORD', '{p1}' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\n\n"
    "define( 'WPMS_ON', true );\ndefine( 'WPMS_MAIL_FROM', 'shop' );\ndefine( 'WPMS_SMTP_HOST', 'smtp.example-mail.com' );\n"
    "define( 'WPMS_SMTP_PORT', 587 );\ndefine( 'WPMS_SSL', 'tls' );\ndefine( 'WPMS_SMTP_AUTH', true );\n"
    f"define( 'WPMS_SMTP_USER', 'shop-mailer' );\ndefine( 'WPMS_SMTP_PASS', '{p2}' );\n\n"
    "$table_prefix = 'wp_';\ndefine( 'WP_DEBUG', false );\n\nThe test e-mail tool gives: SMTP Error: Could not authenticate.")
p1 = pw()
add('en', 'block', ['credential'], 'An Android keystore.properties with the store and key passwords, asked why signing fails.',
    'Release build fails at :app:validateSigningRelease. keystore.properties:\n\n'
    f'storeFile=../keys/release.jks\nstorePassword={p1}\nkeyAlias=upload\nkeyPassword={p1}\n\n'
    'and in app/build.gradle:\n\nsigningConfigs {\n    release {\n        def props = new Properties()\n'
    '        props.load(new FileInputStream(rootProject.file("keystore.properties")))\n'
    '        storeFile file(props["storeFile"])\n        storePassword props["storePassword"]\n'
    '        keyAlias props["keyAlias"]\n        keyPassword props["keyPassword"]\n    }\n}\n\n'
    '> Task :app:validateSigningRelease FAILED\nKeystore file \'/home/dev/shop/keys/release.jks\' not found for signing config \'release\'.')
gk = 'AIza' + rnd(35, UP + LO + DG + '_-')
add('en', 'block', ['credential'], 'A back end .env with a Gemini API key (AIza…) on the server side (decision: a server key is a secret).',
    'Our summariser returns 429 all the time. .env of the API server:\n\nNODE_ENV=production\nPORT=8080\n'
    f'GEMINI_API_KEY={gk}\nGEMINI_MODEL=gemini-1.5-flash\nMAX_TOKENS=2048\nRATE_LIMIT_PER_MIN=60\n\n'
    'and the call:\n\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);\n'
    'const model = genAI.getGenerativeModel({ model: process.env.GEMINI_MODEL });\n'
    'const result = await model.generateContent(prompt);\n\n'
    'Error: [GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/'
    'gemini-1.5-flash:generateContent: [429 Too Many Requests] Resource has been exhausted (e.g. check quota).')
p = pw()
add('en', 'block', ['credential'], 'A Maven settings.xml with a plain <password> for the release repository.',
    'mvn deploy fails with 401 against our Artifactory. ~/.m2/settings.xml:\n\n<settings>\n  <servers>\n    <server>\n'
    f'      <id>releases</id>\n      <username>ci-publisher</username>\n      <password>{p}</password>\n    </server>\n'
    '    <server>\n      <id>snapshots</id>\n      <username>${env.ART_USER}</username>\n'
    '      <password>${env.ART_PASSWORD}</password>\n    </server>\n  </servers>\n  <mirrors>\n    <mirror>\n'
    '      <id>central-proxy</id>\n      <url>https://artifacts.example-corp.com/artifactory/maven-remote</url>\n'
    '      <mirrorOf>central</mirrorOf>\n    </mirror>\n  </mirrors>\n</settings>\n\n'
    '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project '
    'orders-api: Failed to deploy artifacts: status code: 401, reason phrase: Unauthorized (401)')
p = pw()
add('en', 'block', ['credential'], 'A help-desk ticket quoting an ldapsearch command with the bind password after -w.',
    'Ticket #48213 - LDAP lookup from the HR app fails\nPriority: P3\nReported by: HR systems\n\n'
    'Description:\nSince the directory migration the HR app cannot find new starters. I tried by hand from the app server:\n\n'
    f"$ ldapsearch -x -H ldaps://ldap.example-corp.com -D 'cn=svc-hrapp,ou=service,dc=example-corp,dc=com' -w '{p}' "
    "-b 'ou=people,dc=example-corp,dc=com' '(employeeNumber=40127)' cn mail\n"
    '# extended LDIF\n#\n# LDAPv3\n# base <ou=people,dc=example-corp,dc=com> with scope subtree\n'
    '# filter: (employeeNumber=40127)\n# requesting: cn mail\n#\n\n# search result\nsearch: 2\nresult: 32 No such object\n\n'
    'matchedDN: dc=example-corp,dc=com\n\n# numResponses: 1\n\nCould you check whether the people OU moved?')
psk = pw(20)
add('en', 'block', ['credential'], 'A Slack thread where an engineer pastes the office site-to-site VPN pre-shared key.',
    'Can you help me write a short summary of this thread for the change log?\n\n' + chat([
        ('Dana', 'the Hanoi office tunnel is down again since 07:50'),
        ('Marek', 'phase 1 comes up, phase 2 fails with NO_PROPOSAL_CHOSEN'),
        ('Dana', 'did they change the transform set on their side?'),
        ('Marek', 'they say no. can you double check the PSK on our FortiGate?'),
        ('Dana', f'on ours it is {psk} - copy it exactly, it has a sign in the middle'),
        ('Marek', 'matches. so it is the proposal. aes256-sha256 on both?'),
        ('Dana', 'ours has dh group 14, theirs 20 since the firmware update'),
        ('Marek', 'set 14 on theirs, tunnel up at 08:41'),
        ('Dana', 'great, closing the incident'),
    ]) + '\n\nKeep it to three bullet points please.')
p = pw(11)
add('en', 'block', ['credential'], 'A long e-mail thread; a quoted reply gives the conference Wi-Fi network and its key.',
    'Please turn this thread into a one-page event brief.\n\n-----\nFrom: Events Team\nSent: Monday, 17 November 2025 16:02\n'
    'Subject: RE: Partner workshop 27 Nov - logistics\n\nHi all, final logistics below. Catering is confirmed for 45 people,'
    ' vegetarian options marked on the badge. The room opens at 08:15; the projector is the wall unit, HDMI and USB-C at the lectern.\n\n'
    + paras(EN_REPORT[:4], 1) + '\n\n> From: Facilities\n> Sent: Monday, 17 November 2025 11:20\n>\n'
    '> Room 4.12 is booked 08:00-17:30. Guest wireless for the day:\n'
    f'> network: PARTNER-WS-27\n> key: {p}\n> The network is switched off at 18:00.\n>\n'
    '> >From: Events Team\n> >Could you book the room and sort out guest wireless for the partners?\n\n'
    'Regards,\nEvents Team\n')
add('en', 'warn', ['infrastructure'], 'An nginx error log with the upstream on a private address (no secret): infrastructure warns.',
    'Why do we get 502 after the deploy? error.log:\n\n'
    '2025/11/18 09:12:03 [error] 2114#2114: *88412 connect() failed (111: Connection refused) while connecting to upstream, '
    'client: 203.0.113.24, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.40.12.31:8081/api/cart", host: "shop.example.com"\n'
    '2025/11/18 09:12:04 [error] 2114#2114: *88415 no live upstreams while connecting to upstream, client: 198.51.100.7, '
    'server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://cart_backend/api/cart", host: "shop.example.com"\n\n'
    'upstream cart_backend {\n    server 10.40.12.31:8081 max_fails=3 fail_timeout=10s;\n    server 10.40.12.32:8081 max_fails=3 fail_timeout=10s;\n}\n\n'
    + access(6) + '\n\nThe new pods listen on 8080, is that it?')
# English hard negatives
neg('en', 'an .npmrc that takes the registry token from an environment variable, asked about a 401.',
    'npm ci in GitHub Actions fails with 401 but my local install works. .npmrc committed in the repo:\n\n'
    '@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\nalways-auth=true\n\n'
    'workflow step:\n\n- uses: actions/setup-node@v4\n  with:\n    node-version: 20\n    registry-url: https://npm.pkg.github.com\n'
    '- run: npm ci\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n\n'
    'npm ERR! code E401\nnpm ERR! 401 Unauthorized - GET https://npm.pkg.github.com/@acme%2fui-kit - authentication token not provided\n\n'
    'Does the package need "read" access for the repository in its settings?')
fk = 'AIza' + rnd(35, UP + LO + DG + '_-')
add('en', 'block', ['credential'], 'A Firebase web configuration with its browser API key, asked why sign-in fails (decision after batch 1: an AIza key blocks in a client configuration too; written blind as a pass).',
    'Google sign-in pops up and closes with auth/unauthorized-domain. src/firebase.ts:\n\n'
    "import { initializeApp } from 'firebase/app';\nimport { getAuth, GoogleAuthProvider } from 'firebase/auth';\n\n"
    'const firebaseConfig = {\n'
    f'  apiKey: "{fk}",\n  authDomain: "shop-web-4f21c.firebaseapp.com",\n  projectId: "shop-web-4f21c",\n'
    '  storageBucket: "shop-web-4f21c.appspot.com",\n  messagingSenderId: "731904215588",\n'
    '  appId: "1:731904215588:web:9c1e4f0a7b2d3e58a6f104",\n};\n\nexport const app = initializeApp(firebaseConfig);\n'
    'export const auth = getAuth(app);\nexport const provider = new GoogleAuthProvider();\n\n'
    'FirebaseError: Firebase: Error (auth/unauthorized-domain).\n\nThe site is served from shop.example.com via Cloudflare.')
neg('en', "a payment SDK's documentation with its published test card numbers.",
    'Summarise this for our QA team in five bullets:\n\n## Testing your integration\n\nUse the following card numbers in '
    'test mode only. They are rejected in live mode.\n\n| Brand | Number | CVC | Date |\n|---|---|---|---|\n'
    '| Visa | 4242 4242 4242 4242 | Any 3 digits | Any future date |\n| Visa (debit) | 4000 0566 5566 5556 | Any 3 digits | Any future date |\n'
    '| Mastercard | 5555 5555 5555 4444 | Any 3 digits | Any future date |\n| American Express | 3782 822463 10005 | Any 4 digits | Any future date |\n\n'
    'To simulate a declined payment use 4000 0000 0000 0002. To trigger 3-D Secure authentication use 4000 0027 6000 3184.\n\n'
    'Test mode never moves real money and test cards cannot be used for live payments. Webhooks are sent to the test endpoint '
    'you registered in the dashboard.\n\n' + paras(EN_REPORT[4:8], 1))
neg('en', 'kubectl describe secret output: key names and byte counts only.',
    'Why would the app say the password is empty? describe output:\n\n$ kubectl describe secret orders-db -n orders\n'
    'Name:         orders-db\nNamespace:    orders\nLabels:       app.kubernetes.io/managed-by=Helm\n'
    'Annotations:  meta.helm.sh/release-name: orders\n              meta.helm.sh/release-namespace: orders\n\nType:  Opaque\n\n'
    'Data\n====\npassword:  0 bytes\nusername:  6 bytes\nhost:      9 bytes\n\n'
    '$ kubectl get pod orders-api-7d9c8b6f5-x2kq9 -o jsonpath=\'{.spec.containers[0].env}\'\n'
    '[{"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"key":"password","name":"orders-db"}}}]\n\n'
    'The values file sets postgresql.auth.existingSecret: orders-db.')
rel = '\n'.join(f'{"".join(R.choice(HEX) for _ in range(64))}  orders-cli_2.4.0_{o}.tar.gz' for o in
                ('linux_amd64', 'linux_arm64', 'darwin_amd64', 'darwin_arm64', 'windows_amd64'))
commits = '\n'.join(f'{"".join(R.choice(HEX) for _ in range(40))} {m}' for m in
                    ('fix: retry on 503 from the pricing API', 'chore(deps): bump axios to 1.7.7',
                     'feat: export invoices as CSV', 'docs: how to rotate the signing key', 'ci: cache the go build'))
neg('en', 'release notes with sha256 checksums, full commit ids and an image digest.',
    'Please draft the announcement for the 2.4.0 release from these notes.\n\n## Checksums (sha256)\n' + rel +
    '\n\n## Commits since 2.3.2\n' + commits + '\n\n## Container image\nghcr.io/acme-oss/orders-cli:2.4.0\n'
    'digest: sha256:' + ''.join(R.choice(HEX) for _ in range(64)) + '\n\n'
    'Verify with `sha256sum -c checksums.txt` and `cosign verify ghcr.io/acme-oss/orders-cli:2.4.0`. '
    'Build id ' + uid() + '.')
azurite = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
neg('en', 'the storage emulator (Azurite) connection string with its published well-known development key.',
    'Tests pass on CI but locally the blob client says the container does not exist. test settings:\n\n'
    '{\n  "Storage": {\n    "ConnectionString": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;'
    f'AccountKey={azurite};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"\n  }}\n}}\n\n'
    '$ docker run -p 10000:10000 mcr.microsoft.com/azure-storage/azurite azurite-blob --blobHost 0.0.0.0\n'
    'Azurite Blob service is starting at http://0.0.0.0:10000\nAzurite Blob service is successfully listening at http://0.0.0.0:10000\n\n'
    'Azure.RequestFailedException: The specified container does not exist.\nStatus: 404 (The specified container does not exist.)\n'
    'ErrorCode: ContainerNotFound')
neg('en', 'security-awareness training text about passwords and the classification levels (no value, no marking).',
    'Turn this into a ten-question quiz for new starters.\n\nModule 3 - Passwords and classified information\n\n'
    'A good password is long rather than complex: four or five unrelated words are easier to remember and harder to '
    'guess than eight characters with symbols. Never reuse a work password on a private site, never write it on a sticky '
    'note, and never send it by e-mail or chat. The help desk will never ask you for it.\n\n'
    'Government information is graded by the damage its release would cause. In the UK scheme there are three tiers: '
    'OFFICIAL, SECRET and TOP SECRET; the older CONFIDENTIAL and RESTRICTED grades are no longer used. In the US scheme '
    'the levels are Confidential, Secret and Top Secret. Staff handling such documents need the matching clearance.\n\n'
    'What to do if you see a marked document in the wrong place: do not read on, do not copy it, tell your security officer.\n\n'
    + paras(EN_REPORT[8:], 1))
neg('en', 'Python code that reads the database password from AWS Secrets Manager and a Vault path.',
    'Is this a reasonable way to load DB settings? Code review please.\n\n```python\nimport json, os\nimport boto3\nimport hvac\n\n\n'
    'def db_settings():\n    if os.getenv("SECRETS_BACKEND") == "vault":\n'
    '        client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])\n'
    '        data = client.secrets.kv.v2.read_secret_version(path="orders/db")["data"]["data"]\n'
    '        return data["username"], data["password"]\n'
    '    sm = boto3.client("secretsmanager", region_name="eu-central-1")\n'
    '    secret = json.loads(sm.get_secret_value(SecretId="prod/orders/db")["SecretString"])\n'
    '    return secret["username"], secret["password"]\n\n\n'
    'user, password = db_settings()\nDSN = f"postgresql://{user}:{password}@{os.environ[\'DB_HOST\']}/orders"\n```\n\n'
    'I worry about the f-string ending up in logs.')
n = base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(256))).decode().rstrip('=')
age = 'age1' + ''.join(R.choice('qpzry9x8gf2tvdw0s3jn54khce6mua7l') for _ in range(58))
neg('en', 'a JWKS document (RSA public key) and a .sops.yaml with public age recipients and a KMS ARN.',
    'Why does the gateway reject our tokens with "kid not found"? The JWKS it fetches:\n\n'
    '{\n  "keys": [\n    {\n      "kty": "RSA",\n      "use": "sig",\n      "alg": "RS256",\n'
    f'      "kid": "2025-11-rotation",\n      "n": "{n}",\n      "e": "AQAB"\n    }}\n  ]\n}}\n\n'
    'and .sops.yaml in the same repo:\n\ncreation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n'
    f'    age: {age}\n    kms: arn:aws:kms:eu-central-1:{"".join(R.choice(DG) for _ in range(12))}:key/{uid()}\n\n'
    'The token header says "kid": "2025-10-rotation".')
neg('en', 'documentation of token formats with x-ed out examples.',
    'Rewrite this section of our secret-scanning guide in plain English:\n\n### What the scanner looks for\n\n'
    '- GitHub personal access tokens start with `ghp_` followed by 36 letters and digits, e.g. `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.\n'
    '- Fine-grained tokens start with `github_pat_`.\n- AWS access key ids are 20 characters starting with `AKIA` '
    '(e.g. `AKIAXXXXXXXXXXXXXXXX`); the secret key is 40 characters and is never shown again after creation.\n'
    '- Slack bot tokens start with `xoxb-`, user tokens with `xoxp-`.\n- Private keys start with a `-----BEGIN ... PRIVATE KEY-----` line.\n\n'
    'When a match is found the pipeline fails and the author is asked to rotate the secret, not just delete the line: '
    'the old value stays in the git history.\n\n' + paras(EN_REPORT[:6], 1))
neg('en', 'an application log whose logger redacted the Authorization header and the password field.',
    'The login endpoint returns 500 only for some users. Log around one failure:\n\n' + log(5) + '\n'
    '2025-11-18 09:21:44.201 DEBUG [http-nio-8080-exec-4] c.e.auth.RequestLogger : POST /api/login headers={Authorization=[REDACTED], '
    'Content-Type=application/json, X-Request-Id=' + uid() + '}\n'
    '2025-11-18 09:21:44.203 DEBUG [http-nio-8080-exec-4] c.e.auth.RequestLogger : body={"username":"t.nguyen","password":"********"}\n'
    '2025-11-18 09:21:44.377 ERROR [http-nio-8080-exec-4] c.e.auth.LoginController : login failed\n'
    'java.lang.NullPointerException: Cannot invoke "String.toLowerCase()" because "user.getDomain()" is null\n'
    '\tat com.example.auth.LoginController.login(LoginController.java:88)\n' + log(4, 9))
acct = ''.join(R.choice(DG) for _ in range(12))
neg('en', 'a Terraform plan with ARNs, a 12-digit AWS account id, resource ids and (sensitive value) fields.',
    'Explain what this plan will change, in plain words for the change board:\n\n'
    'Terraform will perform the following actions:\n\n  # aws_iam_role.reporting will be updated in-place\n'
    '  ~ resource "aws_iam_role" "reporting" {\n'
    f'        arn                   = "arn:aws:iam::{acct}:role/reporting-prod"\n'
    '        id                    = "reporting-prod"\n      ~ max_session_duration  = 3600 -> 7200\n'
    '        name                  = "reporting-prod"\n        tags                  = {\n'
    '            "team" = "analytics"\n        }\n    }\n\n  # aws_db_instance.reporting will be updated in-place\n'
    '  ~ resource "aws_db_instance" "reporting" {\n        id                    = "db-' + rnd(26, UP + DG) + '"\n'
    '      ~ backup_retention_period = 7 -> 14\n        password              = (sensitive value)\n'
    f'        kms_key_id            = "arn:aws:kms:eu-central-1:{acct}:key/{uid()}"\n    }}\n\n'
    'Plan: 0 to add, 2 to change, 0 to destroy.')
neg('en', "a product's public installation guide stating the default password and telling the admin to change it.",
    'Make this installation guide shorter, keep every step.\n\n## First start\n\n1. Start the stack with `docker compose up -d`.\n'
    '2. Open http://localhost:8080 in a browser.\n3. Sign in with the default account: user `admin`, password `changeme`.\n'
    '4. You are asked to set a new password immediately; the default account cannot be used until you do.\n'
    '5. Create personal accounts for your team under Settings > Users and disable the admin account.\n\n'
    '## Upgrading\n\nBack up the data volume first: `docker run --rm -v app_data:/data -v $PWD:/backup alpine tar czf /backup/data.tgz /data`.\n'
    'Then pull the new images and start again. Database migrations run automatically on start.\n\n'
    '## Troubleshooting\n\nIf the page does not load, check `docker compose logs web`. Port 8080 may already be in use.')
neg('en', 'a long quarterly IT report full of statistics and dates.',
    'Please shorten this report to half a page for the board.\n\nIT Operations - Quarterly Report, Q3 2025\n\n' +
    paras(EN_REPORT, 5) + '\n\nAppendix: incidents by month - July 41, August 37, September 52 (total 130, of which 9 P1).')
neg('en', 'a Maven settings.xml whose passwords are environment references and a master-encrypted value.',
    'Which of these two server entries would Maven use for deploy?\n\n<settings>\n  <servers>\n    <server>\n'
    '      <id>releases</id>\n      <username>${env.ART_USER}</username>\n      <password>${env.ART_PASSWORD}</password>\n'
    '    </server>\n    <server>\n      <id>legacy-nexus</id>\n      <username>deployer</username>\n'
    '      <password>{' + key64(33) + '}</password>\n    </server>\n  </servers>\n</settings>\n\n'
    'The braces value was made with mvn --encrypt-password against settings-security.xml, which is not in the repo.')
mk = 'AIza' + rnd(35, UP + LO + DG + '_-')
add('en', 'block', ['credential'], 'The Maps JavaScript API loader and an Android manifest geo key (decision after batch 1: browser and app keys block; written blind as a pass).',
    'The map shows "For development purposes only" on the site and is blank in the app. Both snippets:\n\n'
    '<div id="map" style="height:420px"></div>\n<script async\n'
    f'  src="https://maps.googleapis.com/maps/api/js?key={mk}&callback=initMap&libraries=places">\n</script>\n\n'
    'AndroidManifest.xml:\n<application ...>\n    <meta-data\n        android:name="com.google.android.geo.API_KEY"\n'
    f'        android:value="{mk}" />\n</application>\n\n'
    'The key is restricted to shop.example.com/* and our app package. Is billing the problem?')
neg('en', "Laravel's mail config reading every SMTP value from env().",
    "Mail works with `php artisan tinker` but not from the queue worker. config/mail.php:\n\n<?php\n\nreturn [\n"
    "    'default' => env('MAIL_MAILER', 'smtp'),\n    'mailers' => [\n        'smtp' => [\n"
    "            'transport' => 'smtp',\n            'host' => env('MAIL_HOST', 'smtp.mailgun.org'),\n"
    "            'port' => env('MAIL_PORT', 587),\n            'encryption' => env('MAIL_ENCRYPTION', 'tls'),\n"
    "            'username' => env('MAIL_USERNAME'),\n            'password' => env('MAIL_PASSWORD'),\n"
    "            'timeout' => null,\n        ],\n    ],\n    'from' => [\n        'address' => env('MAIL_FROM_ADDRESS', 'hello@example.com'),\n"
    "        'name' => env('MAIL_FROM_NAME', 'Example'),\n    ],\n];\n\n"
    "Worker runs under supervisor: command=php /var/www/artisan queue:work --sleep=3 --tries=3")

# ---- Vietnamese, each once with and once without diacritics
p = pw()
both('block', ['credential'], 'A Laravel .env with the SMTP password, asked why the portal sends no mail.',
     'Em chào anh, cổng thông tin của sở không gửi được thư xác nhận hồ sơ từ sáng nay. Em dán file .env (đã bỏ bớt phần không liên quan), anh xem giúp em lỗi ở đâu ạ.\n\n'
     'APP_NAME="Cong DVC"\nAPP_ENV=production\nAPP_DEBUG=false\nAPP_URL=https://dichvucong.example.gov.vn\n\n'
     'MAIL_MAILER=smtp\nMAIL_HOST=smtp.example-mail.vn\nMAIL_PORT=587\nMAIL_USERNAME=thongbao.dvc\n'
     f'MAIL_PASSWORD={p}\nMAIL_ENCRYPTION=tls\nMAIL_FROM_NAME="Cổng dịch vụ công"\n\nQUEUE_CONNECTION=database\n\n'
     'Log trong storage/logs/laravel.log:\n[2025-11-18 08:05:12] production.ERROR: Connection could not be established with host '
     '"smtp.example-mail.vn:587": stream_socket_client(): Unable to connect (Connection timed out)\n\n'
     'Em đã thử đổi cổng 465 nhưng vẫn vậy. Nhờ anh hướng dẫn cách kiểm tra tường lửa ạ.')
psk = pw(18)
both('block', ['credential'], 'A chat forward where the network team gives the pre-shared key of the branch VPN.',
     'Tóm tắt giúp mình đoạn trao đổi dưới đây thành biên bản ngắn:\n\n' + chat([
         ('Anh Tuấn (Phòng CNTT)', 'Chi nhánh Bắc Ninh mất kết nối VPN từ 7h sáng nay'),
         ('Chị Hoa', 'bên em đã khởi động lại thiết bị Draytek rồi mà không lên'),
         ('Anh Tuấn (Phòng CNTT)', 'em vào mục VPN and Remote Access > LAN to LAN, kiểm tra lại khóa chia sẻ trước nhé'),
         ('Anh Tuấn (Phòng CNTT)', f'pre-shared key đúng là: {psk}'),
         ('Chị Hoa', 'em nhập lại rồi, đã lên kết nối lúc 8h12'),
         ('Anh Tuấn (Phòng CNTT)', 'ok, chiều anh qua thay thiết bị mới'),
     ]) + '\n\nBiên bản chỉ cần nêu thời gian, nguyên nhân và cách khắc phục.')
itok = b64(json.dumps({'ver': '2.0', 'tid': uid(), 'sub': 'acr-pull', 'rnd': rnd(24)}))
both('block', ['credential'], "A container registry's config.json with an identity token, asked why docker pull is refused.",
     'Máy chủ build không pull được image từ registry, báo unauthorized. File ~/.docker/config.json trên máy đó như sau:\n\n'
     '{\n  "auths": {\n    "shopregistry.azurecr.io": {\n      "auth": "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg==",\n'
     f'      "identitytoken": "{itok}"\n    }}\n  }},\n  "currentContext": "default"\n}}\n\n'
     '$ docker pull shopregistry.azurecr.io/shop/web:2.14.1\nError response from daemon: Head "https://shopregistry.azurecr.io/v2/shop/web/manifests/2.14.1": unauthorized: authentication required\n\n'
     'Có phải token hết hạn sau 3 giờ không, và làm sao để tự làm mới ạ?')
rows = []
for name, user in (('Nguyễn Thị Lan', 'lannt'), ('Trần Văn Hùng', 'hungtv'), ('Phạm Minh Châu', 'chaupm'),
                   ('Lê Quốc Bảo', 'baolq'), ('Đỗ Thu Trang', 'trangdt'), ('Vũ Đức Anh', 'anhvd')):
    rows.append(f'{name}\t{user}\t{pw(10)}\tPhòng Kế hoạch - Tài chính')
both('block', ['credential'], 'A spreadsheet of new staff accounts with a first-password column, pasted to be formatted.',
     'Nhờ bạn định dạng lại bảng sau thành bảng Markdown, sắp xếp theo tên:\n\n'
     'Họ và tên\tTên đăng nhập\tMật khẩu khởi tạo\tĐơn vị\n' + '\n'.join(rows) +
     '\n\nGhi chú: yêu cầu người dùng đổi mật khẩu ở lần đăng nhập đầu tiên trên hệ thống quản lý văn bản.')
pk = key64(900)
pk_lines = '\\n'.join(pk[i:i + 64] for i in range(0, 320, 64))
both('block', ['credential'], 'An incident report quoting the leaked service-account JSON with its private key.',
     'Hãy viết lại báo cáo sự cố sau cho gọn, giữ nguyên trình tự thời gian:\n\nBÁO CÁO SỰ CỐ LỘ KHÓA TÀI KHOẢN DỊCH VỤ\n\n'
     '1. Diễn biến: lúc 14h20 ngày 12/11, hệ thống giám sát phát hiện tệp khóa tài khoản dịch vụ bị đẩy lên kho mã công khai. '
     'Nội dung tệp như sau:\n\n{\n  "type": "service_account",\n  "project_id": "cong-dvc-prod",\n'
     f'  "private_key_id": "{"".join(R.choice(HEX) for _ in range(40))}",\n'
     f'  "private_key": "-----BEGIN PRIVATE KEY-----\\n{pk_lines}\\n...",\n'
     '  "client_email": "uploader@cong-dvc-prod.iam.gserviceaccount.com",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n\n'
     '2. Xử lý: 14h45 vô hiệu hóa khóa, 15h10 tạo khóa mới, rà soát nhật ký truy cập 72 giờ.\n\n'
     '3. Đánh giá: ' + ' '.join(pick(VI_REPORT, 3)) + '\n\n4. Kiến nghị: bật quét bí mật trước khi đẩy mã.')
p = pw()
both('block', ['credential'], 'A Tomcat log where the Oracle JDBC URL with user and password is printed at start-up.',
     'Ứng dụng một cửa không khởi động được sau khi nâng cấp, log catalina.out:\n\n' + log(5) +
     '\n18-Nov-2025 08:14:52.118 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start.\n'
     f'Caused by: java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection (url=jdbc:oracle:thin:motcua/{p}@//oracle-db:1521/MOTCUA)\n'
     '\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:858)\n\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:793)\n'
     + log(4, 9) + '\n\nNhờ anh chị xem giúp có phải do tên dịch vụ MOTCUA viết sai không ạ.')
s3a, s3s = rnd(20, UP + DG), rnd(40, UP + LO + DG)
both('block', ['credential'], 'An s3cmd .s3cfg for an S3-compatible object store with its secret key.',
     'Mình dùng s3cmd để sao lưu lên kho lưu trữ đối tượng của nhà cung cấp trong nước nhưng bị lỗi chữ ký. File ~/.s3cfg:\n\n'
     f'[default]\naccess_key = {s3a}\nsecret_key = {s3s}\nhost_base = s3.example-cloud.vn\n'
     'host_bucket = %(bucket)s.s3.example-cloud.vn\nbucket_location = hn-1\nuse_https = True\nsignature_v2 = False\n\n'
     '$ s3cmd put backup-20251118.tar.gz s3://sao-luu-csdl/\nERROR: S3 error: 403 (SignatureDoesNotMatch)\n\n'
     'Giờ máy chủ lệch khoảng 6 phút, có liên quan không?')
both('warn', ['infrastructure'], 'An nginx config on private addresses pasted for a question (no secret): infrastructure warns.',
     'Cấu hình này sai chỗ nào mà trang quản trị báo 504 ạ?\n\nupstream quan_tri {\n    server 192.168.20.15:8080;\n'
     '    server 192.168.20.16:8080 backup;\n}\nserver {\n    listen 443 ssl;\n    server_name quantri.example.gov.vn;\n'
     '    location / {\n        proxy_pass http://quan_tri;\n        proxy_read_timeout 30s;\n    }\n}\n\n'
     + access(5) + '\n\nBáo cáo xuất Excel thường mất khoảng 2 phút mới xong.')
both('pass', [], 'a long report citing decree numbers and statistics.',
     'Hãy tóm tắt báo cáo sau trong 5 ý chính:\n\nBÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 9 THÁNG ĐẦU NĂM 2025\n\n'
     'Thực hiện Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và Thông tư số 12/2022/TT-BTTTT hướng dẫn bảo đảm an toàn '
     'hệ thống thông tin theo cấp độ, trong 9 tháng đầu năm đơn vị đã đạt được một số kết quả như sau.\n\n' + paras(VI_REPORT, 4) +
     '\n\nTheo Quyết định số 06/QĐ-TTg năm 2022, chỉ tiêu đến hết năm là 80% hồ sơ được số hóa; hiện đã đạt 71,2%.')
both('pass', [], 'security training text that names the password rules and the secrecy levels (no value, no marking).',
     'Soạn giúp 10 câu hỏi trắc nghiệm từ tài liệu tập huấn sau:\n\nCHUYÊN ĐỀ 2: MẬT KHẨU VÀ BẢO VỆ BÍ MẬT NHÀ NƯỚC\n\n'
     'Mật khẩu phải có ít nhất 12 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt; không dùng ngày sinh, số điện thoại '
     'hoặc tên đơn vị; thay đổi ít nhất 90 ngày một lần; không dùng chung mật khẩu công vụ cho tài khoản cá nhân.\n\n'
     'Theo Luật Bảo vệ bí mật nhà nước năm 2018, bí mật nhà nước được phân loại theo ba độ: Tuyệt mật, Tối mật và Mật. '
     'Thời hạn bảo vệ lần lượt là 30 năm, 20 năm và 10 năm. Cán bộ không được soạn thảo, lưu giữ tài liệu có nội dung bí mật nhà nước '
     'trên máy tính kết nối Internet và không được đưa nội dung đó vào các công cụ trí tuệ nhân tạo.\n\n'
     'Khi phát hiện tài liệu mật bị thất lạc, phải báo ngay cho thủ trưởng đơn vị.')
both('pass', [], 'a docker-compose override whose passwords are required variables with an error text.',
     'Chạy docker compose up báo lỗi "cần đặt biến", mình nên đặt biến ở đâu cho đúng?\n\nservices:\n  db:\n    image: postgres:16\n'
     '    environment:\n      POSTGRES_USER: motcua\n      POSTGRES_PASSWORD: ${DB_PASSWORD:?cần đặt biến DB_PASSWORD}\n'
     '      POSTGRES_DB: motcua\n  app:\n    image: registry.example.gov.vn/motcua/app:3.2.0\n    environment:\n'
     '      DB_URL: postgres://motcua:${DB_PASSWORD}@db:5432/motcua\n      JWT_SECRET: ${JWT_SECRET:?cần đặt biến JWT_SECRET}\n'
     '    depends_on:\n      - db\n\nerror while interpolating services.db.environment.POSTGRES_PASSWORD: required variable DB_PASSWORD is missing a value: cần đặt biến DB_PASSWORD')
sums = '\n'.join(f'{"".join(R.choice(HEX) for _ in range(64))}  {f}' for f in
                 ('KySo-Setup-3.1.4-x64.msi', 'KySo-Setup-3.1.4-x86.msi', 'KySo-Plugin-Chrome-3.1.4.crx'))
both('pass', [], 'checksums of a signing-software installer and a build id.',
     'Kiểm tra giúp mình file tải về có đúng không, mình so sánh thế nào?\n\nTrang tải phần mềm ký số công bố:\n\n' + sums +
     f'\n\nMã bản dựng: {uid()}\nNgày phát hành: 10/11/2025\n\n'
     'Kết quả trên máy mình:\nPS> Get-FileHash .\\KySo-Setup-3.1.4-x64.msi -Algorithm SHA256\n\nAlgorithm  Hash\n---------  ----\n'
     'SHA256     ' + ''.join(R.choice(HEX.upper()) for _ in range(64)))
tc = luhn('970418' + rnd(9, DG), 16)
# Relabelled block in round 32: the number is drawn at random (Luhn-valid on the Napas range), not one a gateway
# publishes, so nothing tells it from a customer's card; "sandbox" beside it no longer silences a card.
both('block', ['financial'], "a sandbox guide whose card is not a published test number (relabelled in round 32: words beside a card no longer pass it).",
     'Viết lại hướng dẫn kiểm thử cổng thanh toán này cho đội QA:\n\nMÔI TRƯỜNG THỬ NGHIỆM (SANDBOX)\n\n'
     'Thẻ nội địa dùng để thử nghiệm (chỉ dùng trên môi trường sandbox, không có giá trị thanh toán thật):\n'
     f'- Số thẻ: {" ".join(tc[i:i + 4] for i in range(0, 16, 4))}\n- Tên chủ thẻ: NGUYEN VAN A\n- Ngày phát hành: 07/15\n'
     '- Mã OTP thử nghiệm: 123456\n\nSau khi thanh toán, hệ thống gọi IPN về địa chỉ đã khai báo. Mã phản hồi 00 là giao dịch thành công, '
     '24 là khách hàng hủy giao dịch.\n\n' + paras(VI_REPORT[:4], 1))
both('pass', [], 'Spring code that reads the database password from a property placeholder backed by Vault.',
     'Review giúp mình đoạn cấu hình này có an toàn không:\n\n```java\n@Configuration\npublic class DataSourceConfig {\n'
     '    @Value("${spring.datasource.url}")\n    private String url;\n    @Value("${spring.datasource.username}")\n    private String username;\n'
     '    @Value("${spring.datasource.password}")\n    private String password;\n\n    @Bean\n    public DataSource dataSource() {\n'
     '        HikariConfig cfg = new HikariConfig();\n        cfg.setJdbcUrl(url);\n        cfg.setUsername(username);\n'
     '        cfg.setPassword(password);\n        return new HikariDataSource(cfg);\n    }\n}\n```\n\n'
     'application.yml:\nspring:\n  config:\n    import: vault://\n  cloud:\n    vault:\n      uri: https://vault.example.gov.vn\n'
     '      authentication: KUBERNETES\n      kv:\n        backend: secret\n        default-context: motcua\n')
both('pass', [], 'a log whose values the logger masked (mật khẩu, token).',
     'Vì sao người dùng đăng nhập bị báo sai mật khẩu dù đã nhập đúng? Log:\n\n'
     '2025-11-18 10:02:11 INFO  DangNhapController - yêu cầu đăng nhập: ten_dang_nhap=hoa.nt, mat_khau=******\n'
     '2025-11-18 10:02:11 DEBUG LdapAuthProvider - bind dn=uid=hoa.nt,ou=canbo, credentials=[PROTECTED]\n'
     '2025-11-18 10:02:12 WARN  LdapAuthProvider - LDAP: error code 49 - Invalid Credentials, data 773\n'
     '2025-11-18 10:02:12 INFO  AuditLog - token=eyJ***.***.*** trang_thai=THAT_BAI\n\n'
     'Mã data 773 nghĩa là gì ạ?')
gs = 'AIza' + rnd(35, UP + LO + DG + '_-')
both('block', ['credential'], "An Android app's google-services.json with its Firebase client key (decision after batch 1: an app key blocks; written blind as a pass).",
     'Ứng dụng Android báo "Default FirebaseApp is not initialized". File google-services.json:\n\n'
     '{\n  "project_info": {\n    "project_number": "402118765530",\n    "project_id": "so-tay-cong-dan",\n'
     '    "storage_bucket": "so-tay-cong-dan.appspot.com"\n  },\n  "client": [\n    {\n      "client_info": {\n'
     '        "mobilesdk_app_id": "1:402118765530:android:7b3d9e1f2a4c6b08",\n'
     '        "android_client_info": { "package_name": "vn.example.sotay" }\n      },\n'
     f'      "api_key": [ {{ "current_key": "{gs}" }} ]\n    }}\n  ],\n  "configuration_version": "1"\n}}\n\n'
     'Mình đã thêm plugin com.google.gms.google-services vào build.gradle rồi.')
both('pass', [], 'a Helm chart template that fills the Secret from values with b64enc.',
     'Template này render ra rỗng, vì sao vậy ạ?\n\n# templates/secret.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n'
     '  name: {{ include "motcua.fullname" . }}-db\ntype: Opaque\ndata:\n  password: {{ .Values.db.password | b64enc | quote }}\n'
     '  username: {{ .Values.db.username | b64enc | quote }}\n\n# values.yaml\ndb:\n  username: motcua\n'
     '  password: ""   # truyền bằng --set db.password=... khi cài, không ghi vào file\n\n'
     '$ helm template motcua ./chart | grep -A3 "kind: Secret"\n')

# ---- Czech
p = pw()
add('cs', 'block', ['credential'], 'A NuGet.config with a ClearTextPassword for the company feed, asked in Czech.',
    'Dobrý den, dotnet restore na build serveru končí 401. Tady je NuGet.config z repozitáře:\n\n'
    '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <clear />\n'
    '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />\n'
    '    <add key="firma" value="https://nuget.example-firma.cz/v3/index.json" />\n  </packageSources>\n'
    '  <packageSourceCredentials>\n    <firma>\n      <add key="Username" value="build-agent" />\n'
    f'      <add key="ClearTextPassword" value="{p}" />\n    </firma>\n  </packageSourceCredentials>\n</configuration>\n\n'
    'error NU1301: Unable to load the service index for source https://nuget.example-firma.cz/v3/index.json.\n'
    '  Response status code does not indicate success: 401 (Unauthorized).\n\nLokálně mi to jde. Co s tím?')
p = pw(14)
add('cs', 'block', ['credential'], 'A Czech e-mail that gives the passphrase of an SFTP private key file.',
    'Přelož prosím do angličtiny pro dodavatele:\n\nDobrý den, pane Dvořáku,\n\nposílám přístup na SFTP server pro předávání '
    'exportů ze spisové služby. Soukromý klíč jsem Vám nahrál do sdílené složky jako id_ed25519_dodavatel, '
    f'heslo ke klíči (passphrase) je {p}. Uživatel je export-dodavatel, port 2222.\n\n'
    'Exporty se generují každý pracovní den v 6:00 a soubory starší 14 dní se mažou. Prosím o potvrzení, že se Vám '
    'podařilo připojit.\n\nS pozdravem\nOdbor informatiky\n\n' + ' '.join(pick(CS_REPORT, 3)))
p1, p2 = pw(), key64(30)
add('cs', 'block', ['credential'], 'A terraform.tfvars with a literal DB password and client secret, asked in Czech.',
    'Terraform apply padá na validaci, co je špatně v tomhle souboru?\n\n# prod.tfvars\nlocation            = "westeurope"\n'
    'resource_group      = "rg-spisovka-prod"\nsql_server_name     = "sql-spisovka-prod"\nsql_admin_login     = "spisadmin"\n'
    f'sql_admin_password  = "{p1}"\napp_client_id       = "{uid()}"\napp_client_secret   = "{p2}"\n'
    'sku_name            = "GP_Gen5_2"\nallowed_ips         = ["203.0.113.0/24"]\n\n'
    '│ Error: Invalid value for variable\n│\n│   on variables.tf line 41:\n│   41: variable "sku_name" {\n│\n'
    '│ sku_name must be one of Basic, S0, S1.\n')
ak = key64(64)
add('cs', 'block', ['credential'], 'An Azure Storage connection string with a real account key, asked in Czech.',
    'Aplikace nenahrává přílohy do blobu, chyba 403. appsettings.Production.json:\n\n{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n'
    '  "Storage": {\n    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=spisprilohy;'
    f'AccountKey={ak};EndpointSuffix=core.windows.net",\n    "Container": "prilohy"\n  }}\n}}\n\n'
    'Azure.RequestFailedException: This request is not authorized to perform this operation.\nStatus: 403 (This request is not authorized to perform this operation.)\n'
    'ErrorCode: AuthorizationFailure\n\nNa účtu je zapnutý firewall, je to tím?')
rows = '\n'.join(f'{n};{u};{pw(10)};{o}' for n, u, o in (
    ('Jana Nováková', 'novakova.j', 'odbor dopravy'), ('Petr Svoboda', 'svoboda.p', 'odbor školství'),
    ('Lucie Černá', 'cerna.l', 'podatelna'), ('Tomáš Procházka', 'prochazka.t', 'odbor financí'),
    ('Eva Kučerová', 'kucerova.e', 'stavební úřad')))
add('cs', 'block', ['credential'], 'A CSV of new accounts with a "Počáteční heslo" column, pasted to be sorted.',
    'Seřaď prosím tuto tabulku podle odboru a udělej z ní přehlednou tabulku:\n\nJméno;Uživatel;Počáteční heslo;Odbor\n' + rows +
    '\n\nUživatelé si heslo změní při prvním přihlášení do spisové služby.')
p = pw()
add('cs', 'block', ['credential'], 'A gradle.properties with the signing key password, asked in Czech.',
    'Publikace do Maven Central selže při podepisování. gradle.properties v domovském adresáři:\n\n'
    'org.gradle.jvmargs=-Xmx2g\norg.gradle.parallel=true\nsigning.keyId=4F21C0A9\n'
    f'signing.password={p}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\n'
    'ossrhUsername=${OSSRH_USER}\nossrhPassword=${OSSRH_PASSWORD}\n\n'
    '> Task :lib:signMavenJavaPublication FAILED\nFAILURE: Build failed with an exception.\n'
    "* What went wrong:\nExecution failed for task ':lib:signMavenJavaPublication'.\n> Unable to read secret key from file: /home/ci/.gnupg/secring.gpg\n\n"
    'GnuPG 2.1 už secring.gpg nevytváří, jak ho mám vyexportovat?')
p = pw()
add('cs', 'block', ['credential'], 'A Python smtplib script with a literal password in server.login(), asked in Czech.',
    'Skript na rozesílání upomínek skončí chybou 535. Co mám změnit?\n\n```python\nimport smtplib\nfrom email.message import EmailMessage\n\n'
    'msg = EmailMessage()\nmsg["Subject"] = "Upomínka: nevrácené knihy"\nmsg["From"] = "knihovna"\nmsg.set_content(text)\n\n'
    'with smtplib.SMTP("smtp.example-mail.cz", 587) as server:\n    server.starttls()\n'
    f'    server.login("upominky.knihovna", "{p}")\n    server.send_message(msg)\n```\n\n'
    'smtplib.SMTPAuthenticationError: (535, b\'5.7.8 Username and Password not accepted.\')')
add('cs', 'warn', ['infrastructure'], 'A Czech question around a log on private addresses (no secret): infrastructure warns.',
    'Proč se klienti nepřipojí k databázi? Výpis z logu aplikace:\n\n'
    '2025-11-18 07:58:01 ERROR Pool - Connection to 172.16.8.21:5432 refused. Check that the hostname and port are correct.\n'
    '2025-11-18 07:58:06 ERROR Pool - Connection to 172.16.8.21:5432 refused. Check that the hostname and port are correct.\n'
    '2025-11-18 07:58:11 INFO  Pool - retry 3/10\n\npg_hba.conf na serveru:\nhost  spisovka  spisovka  172.16.8.0/24  scram-sha-256\n\n'
    'Služba postgresql běží, systemctl status ukazuje active (running).')
cert = key64(700)
neg('cs', 'a public TLS certificate chain pasted with a Czech question.',
    'Prohlížeč hlásí, že certifikát není důvěryhodný. Tady je řetězec, který server posílá:\n\n-----BEGIN CERTIFICATE-----\n' +
    '\n'.join(cert[i:i + 64] for i in range(0, len(cert), 64)) + '\n-----END CERTIFICATE-----\n\n'
    '$ openssl s_client -connect podatelna.example-mesto.cz:443 -servername podatelna.example-mesto.cz\n'
    'depth=0 CN = podatelna.example-mesto.cz\nverify error:num=20:unable to get local issuer certificate\n\n'
    'Chybí mezilehlý certifikát?')
neg('cs', 'C# code reading the connection string from Azure Key Vault, asked in Czech.',
    'Je tohle správný způsob, jak načítat tajné údaje? Kód:\n\n```csharp\nvar builder = WebApplication.CreateBuilder(args);\n'
    'var vaultUri = new Uri(builder.Configuration["KeyVault:Uri"]!);\n'
    'builder.Configuration.AddAzureKeyVault(vaultUri, new DefaultAzureCredential());\n\n'
    'var client = new SecretClient(vaultUri, new DefaultAzureCredential());\n'
    'KeyVaultSecret secret = await client.GetSecretAsync("Spisovka--DbPassword");\n'
    'var cs = new SqlConnectionStringBuilder(builder.Configuration.GetConnectionString("Spisovka"))\n'
    '{\n    Password = secret.Value\n};\n```\n\nV appsettings.json je jen "KeyVault": { "Uri": "https://kv-spisovka.vault.azure.net/" }.')
neg('cs', 'a long Czech annual report citing statute numbers and statistics.',
    'Shrň prosím tuto zprávu do pěti bodů:\n\nVÝROČNÍ ZPRÁVA O ČINNOSTI ODBORU INFORMATIKY ZA ROK 2025\n\n'
    'Odbor v roce 2025 plnil úkoly podle zákona č. 264/2025 Sb., o kybernetické bezpečnosti, a zákona č. 499/2004 Sb., '
    'o archivnictví a spisové službě, ve znění pozdějších předpisů.\n\n' + paras(CS_REPORT, 4) +
    '\n\nV souladu s vyhláškou č. 259/2012 Sb. byla provedena kontrola výběru dokumentů ke skartaci (4 812 položek).')
neg('cs', 'Czech training text on passwords and the classification levels (no value, no marking).',
    'Udělej z toho krátký kvíz na školení nových zaměstnanců:\n\nBEZPEČNÁ HESLA A UTAJOVANÉ INFORMACE\n\n'
    'Heslo musí mít alespoň 12 znaků a nesmí obsahovat jméno ani datum narození. Heslo nikomu nesdělujte, ani kolegům '
    'z IT; helpdesk se na něj nikdy neptá. Pro různé systémy používejte různá hesla.\n\n'
    'Zákon č. 412/2005 Sb. rozlišuje čtyři stupně utajení: Přísně tajné, Tajné, Důvěrné a Vyhrazené. S utajovanou informací '
    'smí pracovat jen osoba s platným oznámením nebo osvědčením. Utajované informace se nikdy nevkládají do veřejných '
    'nástrojů umělé inteligence.\n\nPři nálezu utajovaného dokumentu mimo určené místo informujte bezpečnostního ředitele.')
neg('cs', 'a Czech .env template with angle-bracket placeholders.',
    'Vyplňuji .env podle návodu, ale aplikace hlásí "missing DB_PASSWORD". Šablona z repozitáře:\n\n'
    '# zkopírujte jako .env a doplňte\nDB_HOST=localhost\nDB_PORT=5432\nDB_NAME=spisovka\nDB_USER=spisovka\n'
    'DB_PASSWORD=<vaše-heslo>\nSMTP_USER=<uživatel>\nSMTP_PASSWORD=<heslo-k-poště>\nSECRET_KEY=<vygenerujte: openssl rand -hex 32>\n\n'
    'Spouštím to přes `docker compose --env-file .env.example up`.')
log_lines = '\n'.join(f'{"".join(R.choice(HEX) for _ in range(40))} {m}' for m in (
    'Oprava exportu do PDF', 'Aktualizace závislostí', 'Nový filtr podle odboru', 'Oprava řazení spisů', 'Úprava CI'))
neg('cs', 'a git log with full commit ids and a tarball checksum, asked in Czech.',
    'Napiš z toho poznámky k vydání verze 5.2:\n\n' + log_lines +
    f'\n\nspisovka-5.2.0.tar.gz  sha256:{"".join(R.choice(HEX) for _ in range(64))}\nBuild: {uid()}\n')
neg('cs', "a payment gateway's documentation with test card numbers, asked in Czech.",
    'Přelož prosím do češtiny:\n\nTest cards\n\nIn the sandbox use these numbers with any future expiry and any CVC:\n'
    '- 4111 1111 1111 1111 - payment succeeds\n- 4000 0000 0000 0002 - card declined\n- 5555 5555 5555 4444 - Mastercard, succeeds\n\n'
    'Sandbox payments are never charged. Do not use real card numbers in the sandbox.')
neg('cs', 'a log with masked credentials, asked in Czech.',
    'Proč se synchronizace s ISDS nespustí? Log:\n\n2025-11-18 06:00:01 INFO  Sync - start\n'
    '2025-11-18 06:00:01 DEBUG IsdsClient - login user=spis-sync password=*** cert=none\n'
    '2025-11-18 06:00:02 WARN  IsdsClient - HTTP 401, token=<redacted>\n2025-11-18 06:00:02 ERROR Sync - aborted after 1 attempt\n')
plist_key = 'AIza' + rnd(35, UP + LO + DG + '_-')
add('cs', 'block', ['credential'], "An iOS GoogleService-Info.plist with its Firebase client key, asked in Czech (decision after batch 1: an app key blocks; written blind as a pass).",
    'iOS aplikace padá při FirebaseApp.configure(). Soubor GoogleService-Info.plist:\n\n<?xml version="1.0" encoding="UTF-8"?>\n'
    '<plist version="1.0">\n<dict>\n\t<key>API_KEY</key>\n' f'\t<string>{plist_key}</string>\n'
    '\t<key>GCM_SENDER_ID</key>\n\t<string>402118765530</string>\n\t<key>BUNDLE_ID</key>\n\t<string>cz.example.mesto</string>\n'
    '\t<key>PROJECT_ID</key>\n\t<string>mesto-app</string>\n\t<key>GOOGLE_APP_ID</key>\n\t<string>1:402118765530:ios:5c2e8a1f9b3d7e40</string>\n'
    '</dict>\n</plist>\n\nSoubor je v targetu přidaný.')


# ================================================================ batch 2 (written after batch 1's fixes, scored blind)
# Values from a generator of its own, so that batch 1 stays byte for byte as it was scored.
R2, rnd2, pw2, hex2 = generators(2830)


def uid2():
    return str(uuid.UUID(int=R2.getrandbits(128), version=4))


# ---- English
p = pw2()
add('en', 'block', ['credential'], 'A CI script with docker login given the password after a short -p.',
    'The deploy job fails at the login step since we moved registries. deploy.sh:\n\n#!/usr/bin/env bash\nset -euo pipefail\n'
    'IMAGE=registry.example-corp.com/shop/web\nTAG=${CI_COMMIT_SHORT_SHA}\n\n'
    f'docker login registry.example-corp.com -u ci-pusher -p {p}\n'
    'docker build -t "$IMAGE:$TAG" .\ndocker push "$IMAGE:$TAG"\n\nJob log:\n'
    'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n'
    'Error response from daemon: Get "https://registry.example-corp.com/v2/": x509: certificate signed by unknown authority\n\n'
    'Do I need to add the registry CA to the runner?')
p = pw2()
add('en', 'block', ['credential'], 'An IoT bench note with mosquitto_pub and the broker password after -P.',
    'Sensors stopped publishing after the broker upgrade. From the bench laptop this works:\n\n'
    f'mosquitto_pub -h mqtt.example-iot.com -p 8883 --cafile ca.crt -u sensor-gw -P \'{p}\' -t plant/line3/temp -m 21.4\n\n'
    'but the gateway logs:\n\n1763451201: Client gw-line3 disconnected, not authorised.\n'
    '1763451206: New connection from 198.51.100.7:51234 on port 8883.\n1763451206: Client gw-line3 disconnected, not authorised.\n\n'
    'mosquitto.conf has per_listener_settings true and password_file /etc/mosquitto/passwd. What changed in 2.0?')
sk = '\n'.join(hex2(32) for _ in range(16))
add('en', 'block', ['credential'], 'An .ovpn client profile with the inline tls-auth OpenVPN static key.',
    'The client connects but the handshake never finishes. Profile (inline):\n\nclient\ndev tun\nproto udp\n'
    'remote vpn.example-corp.com 1194\nresolv-retry infinite\nnobind\nremote-cert-tls server\ncipher AES-256-GCM\n'
    'key-direction 1\nverb 3\n<tls-auth>\n#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n'
    + sk + '\n-----END OpenVPN Static key V1-----\n</tls-auth>\n\n'
    'Log: TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)')
p = pw2()
add('en', 'block', ['credential'], 'A Postman environment export whose key/value entries hold a live password.',
    'Newman run fails only in CI. The environment file we export from Postman:\n\n{\n  "id": "' + uid2() + '",\n'
    '  "name": "staging",\n  "values": [\n    { "key": "baseUrl", "value": "https://api-staging.example-corp.com", "type": "default", "enabled": true },\n'
    '    { "key": "username", "value": "qa-runner", "type": "default", "enabled": true },\n'
    f'    {{ "key": "password", "value": "{p}", "type": "secret", "enabled": true }},\n'
    '    { "key": "tenant", "value": "acme", "type": "default", "enabled": true }\n  ],\n'
    '  "_postman_variable_scope": "environment",\n  "_postman_exported_using": "Postman/11.19.0"\n}\n\n'
    'newman run collection.json -e staging.json\n  1. AssertionError  status is 200\n     expected response to have status code 200 but got 401')
sess = rnd2(48, UP + LO + DG)
add('en', 'block', ['credential'], 'A HAR excerpt whose request headers carry a live session cookie as a name/value pair.',
    'Support asked for a HAR of the failing upload. Relevant entry:\n\n{\n  "request": {\n    "method": "POST",\n'
    '    "url": "https://portal.example-corp.com/api/uploads",\n    "httpVersion": "HTTP/2",\n    "headers": [\n'
    '      { "name": "content-type", "value": "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW" },\n'
    f'      {{ "name": "cookie", "value": "portal_session={sess}; lang=en" }},\n'
    '      { "name": "user-agent", "value": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" }\n    ]\n  },\n'
    '  "response": { "status": 413, "statusText": "Payload Too Large" }\n}\n\nThe file is 38 MB. Where is the limit set?')
p = pw2()
add('en', 'block', ['credential'], 'A Grafana ini with the admin password and the SMTP password, asked why alerts do not send mail.',
    'Grafana alert e-mails never arrive. Parts of grafana.ini:\n\n[server]\nhttp_port = 3000\ndomain = grafana.example-corp.com\n\n'
    f'[security]\nadmin_user = admin\nadmin_password = {p}\ncookie_secure = true\n\n'
    f'[smtp]\nenabled = true\nhost = smtp.example-mail.com:587\nuser = grafana-alerts\npassword = {pw2()}\n'
    'from_name = Grafana\nstartTLS_policy = MandatoryStartTLS\n\nlogger=ngalert.notifier.email error: "failed to send notification: 535 Authentication failed"')
add('en', 'warn', ['infrastructure'], 'A Kubernetes ingress controller log with private pod addresses (no secret): infrastructure warns.',
    'Why does the ingress return 503 for /api after scaling down?\n\n'
    'W1118 09:31:02.114231       7 controller.go:1214] Service "shop/api" does not have any active Endpoint.\n'
    '10.244.3.17 - - [18/Nov/2025:09:31:05 +0000] "GET /api/cart HTTP/2.0" 503 190 "-" "Mozilla/5.0" 32 0.000 [shop-api-80] [] - - - - ' + hex2(32) + '\n'
    'I1118 09:31:40.552019       7 endpoints.go:61] endpoints for shop/api: [10.244.1.23:8080 10.244.2.41:8080]\n\n'
    'HPA minReplicas is 1. Readiness probe: /healthz every 10s.')
# English hard negatives
neg('en', 'a CI script that logs in to the registry with --password-stdin from a CI variable.',
    'Is this the right way to log in on GitLab runners?\n\ndeploy:\n  stage: deploy\n  image: docker:27\n  services: [docker:27-dind]\n'
    '  script:\n    - echo "$CI_REGISTRY_PASSWORD" | docker login "$CI_REGISTRY" -u "$CI_REGISTRY_USER" --password-stdin\n'
    '    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .\n    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"\n'
    '  rules:\n    - if: $CI_COMMIT_BRANCH == "main"\n\nThe job log shows "Login Succeeded" and then push is denied.')
neg('en', "Jenkins' credentials.xml with values encrypted by the controller's master key.",
    'We are migrating Jenkins. Can these be copied to the new controller as they are?\n\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">\n'
    '  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">\n    <entry>\n      <java.util.concurrent.CopyOnWriteArrayList>\n'
    '        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n          <scope>GLOBAL</scope>\n'
    '          <id>nexus-deploy</id>\n          <username>deployer</username>\n'
    '          <password>{AQAAABAAAAAQ' + rnd2(44, UP + LO + DG) + '=}</password>\n'
    '        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n      </java.util.concurrent.CopyOnWriteArrayList>\n'
    '    </entry>\n  </domainCredentialsMap>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n\n'
    'The {AQAAAB...} values are encrypted with secrets/master.key, which stays on the old server.')
neg('en', 'an OpenVPN profile that points to its credentials and key files by name.',
    'Why does OpenVPN ask for a password although auth-user-pass names a file?\n\nclient\ndev tun\nproto udp\n'
    'remote vpn.example-corp.com 1194\nauth-user-pass /etc/openvpn/client/creds.txt\nca /etc/openvpn/client/ca.crt\n'
    'cert /etc/openvpn/client/laptop.crt\nkey /etc/openvpn/client/laptop.key\ntls-auth /etc/openvpn/client/ta.key 1\n'
    'cipher AES-256-GCM\nverb 3\n\nOpenVPN 2.6.12 says: WARNING: file creds.txt is group or others accessible, and then asks "Enter Auth Username:".')
neg('en', 'a Postman environment export whose secret values are empty and filled at run time.',
    'How do I pass the password to newman without putting it in the file?\n\n{\n  "name": "staging",\n  "values": [\n'
    '    { "key": "baseUrl", "value": "https://api-staging.example-corp.com", "enabled": true },\n'
    '    { "key": "username", "value": "qa-runner", "enabled": true },\n    { "key": "password", "value": "", "type": "secret", "enabled": true },\n'
    '    { "key": "apiKey", "value": "{{API_KEY}}", "type": "secret", "enabled": true }\n  ]\n}\n\n'
    'I tried newman run collection.json -e staging.json --env-var "password=$QA_PASSWORD".')
neg('en', 'aws sts get-caller-identity output: user id, account and ARN.',
    'Which role am I actually using here? Output:\n\n$ aws sts get-caller-identity\n{\n    "UserId": "AROA' + rnd2(17, UP + DG) + ':jane.doe",\n'
    '    "Account": "' + ''.join(R2.choice(DG) for _ in range(12)) + '",\n'
    '    "Arn": "arn:aws:sts::' + ''.join(R2.choice(DG) for _ in range(12)) + ':assumed-role/ReadOnlyAnalytics/jane.doe"\n}\n\n'
    '$ aws s3 ls s3://analytics-exports-prod\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\n\n'
    'The bucket policy allows the role ReadOnlyAnalytics. Is the session name the problem?')
neg('en', 'a package-lock excerpt and a Git LFS pointer: integrity hashes and object ids.',
    'Why does npm ci say the integrity check failed?\n\n"node_modules/axios": {\n  "version": "1.7.7",\n'
    '  "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",\n'
    '  "integrity": "sha512-' + base64.b64encode(bytes(R2.getrandbits(8) for _ in range(64))).decode() + '",\n'
    '  "license": "MIT"\n},\n\nand the model file in the repo is only this text:\n\nversion https://git-lfs.github.com/spec/v1\n'
    'oid sha256:' + hex2(64) + '\nsize 44012877\n\nnpm ERR! code EINTEGRITY\nnpm ERR! sha512-... integrity checksum failed when using sha512')
neg('en', 'terraform output where the password shows as <sensitive> beside ids and endpoints.',
    'Can you explain which of these outputs I can share with the vendor?\n\n$ terraform output\n'
    'db_endpoint = "orders-prod.c' + rnd2(12, LO + DG) + '.eu-central-1.rds.amazonaws.com:5432"\n'
    'db_password = <sensitive>\ndb_username = "orders_admin"\nvpc_id = "vpc-0' + hex2(16) + '"\n'
    'alb_dns_name = "orders-alb-' + ''.join(R2.choice(DG) for _ in range(10)) + '.eu-central-1.elb.amazonaws.com"\n'
    'kms_key_id = "' + uid2() + '"\n\nThey need to connect to the database from their data platform.')
neg('en', 'a HAR excerpt whose cookie and authorization values the browser export replaced.',
    'Here is the HAR entry (exported with "sanitize" on). Why 403?\n\n{\n  "request": {\n    "method": "GET",\n'
    '    "url": "https://portal.example-corp.com/api/reports/2025-10",\n    "headers": [\n'
    '      { "name": "authorization", "value": "[REDACTED]" },\n      { "name": "cookie", "value": "[REDACTED]" },\n'
    '      { "name": "x-request-id", "value": "' + uid2() + '" }\n    ]\n  },\n  "response": { "status": 403 }\n}\n\n'
    'Other months load fine.')
neg('en', 'an incident timeline that says which secrets were rotated, naming them but giving none.',
    'Please tighten the wording of this post-incident summary.\n\nTimeline (UTC)\n08:02 Alert: unusual volume of API calls from a CI runner.\n'
    '08:15 On-call confirms a deploy token was printed in a public job log.\n08:21 Token revoked; GitLab audit log shows no use from outside our ranges.\n'
    '08:40 All CI variables marked "protected" and "masked"; the registry password and the database password of staging rotated.\n'
    '09:30 New values stored in Vault under secret/ci/*; nothing was written in tickets or chat.\n\n'
    'Root cause: a debug flag (set -x) in the deploy script echoed variables.\n\n' + paras(EN_REPORT, 2))
neg('en', 'a security-awareness e-mail listing weak passwords as examples of what not to use.',
    'Proofread this awareness e-mail please:\n\nSubject: Passwords we found in the breach lists\n\nDear colleagues,\n\n'
    'Every year the same passwords top the lists published after breaches: 123456, password, qwerty, and the name of the '
    'company followed by the year. If yours looks like any of these, change it today. A passphrase of four random words '
    'is both stronger and easier to remember.\n\nOur password manager is available to all staff; the service desk will never '
    'ask for your password, by phone or by e-mail.\n\nIT Security\n\n' + paras(EN_REPORT, 1))

# ---- Vietnamese, with and without diacritics
p = pw2()
both('block', ['credential'], 'A CI script with docker login and the password after -p, asked why the pipeline stops.',
     'Pipeline dừng ở bước đăng nhập registry từ hôm qua, nhờ mọi người xem giúp script triển khai:\n\n#!/bin/bash\n'
     'set -e\n# đăng nhập registry nội bộ của sở\n'
     f'docker login registry.example.gov.vn -u trienkhai -p {p}\n'
     'docker compose -f docker-compose.prod.yml pull\ndocker compose -f docker-compose.prod.yml up -d\n\n'
     'Lỗi: Error response from daemon: Get "https://registry.example.gov.vn/v2/": net/http: TLS handshake timeout\n\n'
     'Máy chủ vẫn ping được registry bình thường.')
p = pw2()
both('block', ['credential'], 'An IoT gateway note with mosquitto_sub and the broker password after -P.',
     'Thiết bị đo mực nước ở trạm bơm không gửi dữ liệu lên. Mình thử từ máy tính tại trạm:\n\n'
     f'mosquitto_sub -h mqtt.example.gov.vn -p 1883 -u tram-bom-03 -P {p} -t "thuyloi/tram03/#" -v\n\n'
     'Kết quả: Connection error: Connection Refused: not authorised.\n\n'
     'Trong khi đó trạm 01 và 02 vẫn gửi bình thường. Có phải tài khoản bị khóa sau nhiều lần sai không?')
rc_pass = rnd2(40, UP + LO + DG + '_-')
both('block', ['credential'], 'An rclone.conf with an SFTP remote and its obscured (reversible) password.',
     'Lệnh sao lưu bằng rclone báo lỗi xác thực. File ~/.config/rclone/rclone.conf:\n\n[nas-sao-luu]\ntype = sftp\n'
     f'host = nas.example.gov.vn\nuser = saoluu\nport = 22\npass = {rc_pass}\nshell_type = unix\n\n'
     '$ rclone sync /du-lieu/ho-so nas-sao-luu:/backup/ho-so --progress\n'
     'ERROR : : error reading source root directory: couldn\'t connect SSH: ssh: handshake failed: ssh: unable to authenticate\n\n'
     'Mình nghe nói pass trong rclone chỉ là mã hóa ngược được, vậy có an toàn không?')
both('pass', [], 'a public notice with a bank SWIFT code, the office hotline and a masked card number in a log.',
     'Tóm tắt giúp thông báo và log sau:\n\nTHÔNG BÁO: Từ ngày 01/12/2025, cổng thanh toán của tỉnh chấp nhận thẻ nội địa và quốc tế. '
     'Mọi thắc mắc xin liên hệ tổng đài 1900 1234 (giờ hành chính). Mã SWIFT của ngân hàng phục vụ: BFTVVNVX.\n\n'
     'Log giao dịch:\n2025-11-18 10:14:02 txn=' + uid2() + ' card=970436******' + ''.join(R2.choice(DG) for _ in range(4)) +
     ' amount=150000 status=00\n2025-11-18 10:15:47 txn=' + uid2() + ' card=411111******' + ''.join(R2.choice(DG) for _ in range(4)) +
     ' amount=320000 status=24\n\nMã 24 là người dùng hủy giao dịch.')
both('pass', [], 'a guide explaining the CCCD number format with x-ed out digits.',
     'Viết lại đoạn hướng dẫn nhập liệu sau cho dễ hiểu hơn:\n\nHƯỚNG DẪN NHẬP SỐ ĐỊNH DANH CÁ NHÂN\n\n'
     'Số định danh cá nhân gồm 12 chữ số: 3 chữ số đầu là mã tỉnh nơi đăng ký khai sinh, 1 chữ số tiếp theo là mã giới tính '
     'và thế kỷ sinh, 2 chữ số tiếp theo là hai số cuối của năm sinh, 6 chữ số cuối là dãy số ngẫu nhiên. '
     'Ví dụ định dạng: 001xxxxxxxxx. Không nhập dấu cách hoặc dấu chấm giữa các chữ số.\n\n'
     'Nếu hệ thống báo "số không hợp lệ", kiểm tra lại số chữ số và mã tỉnh trước khi liên hệ bộ phận hỗ trợ.\n\n' + paras(VI_REPORT, 1))
pub = base64.b64encode(bytes(R2.getrandbits(8) for _ in range(294))).decode()
both('pass', [], 'a signing certificate public key and the SHA-256 of a filed document.',
     'Giải thích giúp mình các thông tin xác thực chữ ký số sau nghĩa là gì:\n\nThông tin chứng thư số:\n'
     '- Chủ thể: CN=SO TAI CHINH, O=UBND TINH, C=VN\n- Hiệu lực: 12/03/2024 - 12/03/2027\n'
     '- Khóa công khai (RSA 2048):\n-----BEGIN PUBLIC KEY-----\n' + '\n'.join(pub[i:i + 64] for i in range(0, len(pub), 64)) +
     '\n-----END PUBLIC KEY-----\n\nMã băm SHA-256 của tệp văn bản đã ký: ' + hex2(64) + '\n\nKết quả: chữ ký hợp lệ, văn bản không bị thay đổi sau khi ký.')
both('pass', [], 'a UUID-laden audit log of a document-management system (request ids, no value).',
     'Log này có bất thường gì không?\n\n' + '\n'.join(
         f'2025-11-18 08:{10 + i:02d}:{R2.randrange(60):02d} INFO request_id={uid2()} nguoi_dung=canbo{R2.randrange(10, 99)} '
         f'hanh_dong={R2.choice(["xem_van_ban", "tai_tep", "ky_so", "chuyen_xu_ly"])} ma_ho_so={uid2()[:8]}'
         for i in range(12)) + '\n\nCó người dùng nào thao tác quá nhiều không?')
both('pass', [], 'a chat where the admin says the shared account password was rotated and stored in the vault.',
     'Tóm tắt đoạn chat cho biên bản:\n\n' + chat([
         ('Chị Mai (Văn phòng)', 'tài khoản dùng chung của phòng không đăng nhập được nữa em ơi'),
         ('Anh Khoa (CNTT)', 'bên anh vừa đổi mật khẩu định kỳ sáng nay theo quy định 90 ngày'),
         ('Anh Khoa (CNTT)', 'mật khẩu mới đã lưu trong kho quản lý mật khẩu, mục "Phòng Văn phòng - tài khoản chung"'),
         ('Chị Mai (Văn phòng)', 'chị vào được rồi, cảm ơn em'),
         ('Anh Khoa (CNTT)', 'lần sau đổi anh sẽ báo trước một ngày'),
     ]))
both('pass', [], 'an ingest config with hashes of accepted files and a build digest.',
     'Cấu hình này đúng cú pháp YAML chưa?\n\nnhan_tep:\n  thu_muc: /du-lieu/nhan\n  dinh_dang_cho_phep: [pdf, docx, xlsx]\n'
     '  kich_thuoc_toi_da_mb: 50\n  danh_sach_tep_mau:\n' + '\n'.join(f'    - sha256: {hex2(64)}' for _ in range(3)) +
     f'\nphien_ban:\n  anh: registry.example.gov.vn/nhan-tep/app@sha256:{hex2(64)}\n  ma_ban_dung: {uid2()}\n')

# ---- Czech
winscp = hex2(72).upper()
add('cs', 'block', ['credential'], 'A WinSCP.ini session with its stored (reversibly obfuscated) password, asked in Czech.',
    'Kolega odešel a potřebujeme zjistit, kam se WinSCP připojoval. Výřez z WinSCP.ini:\n\n[Sessions\\spravce@archiv]\n'
    'HostName=archiv.example-mesto.cz\nPortNumber=22\nUserName=spravce\nFSProtocol=2\n'
    f'Password={winscp}\nLocalDirectory=C:%5CExporty\nRemoteDirectory=/data/exporty\n\n'
    'Dá se z toho zjistit heslo, nebo ho musíme na serveru změnit?')
pin, puk = ''.join(R2.choice(DG) for _ in range(4)), ''.join(R2.choice(DG) for _ in range(8))
add('cs', 'block', ['credential'], 'A Czech e-mail giving the PIN and PUK of a service SIM card.',
    'Uprav prosím tento e-mail, aby byl stručnější:\n\nDobrý den,\n\nposílám údaje k nové služební SIM kartě pro pohotovostní telefon '
    f'odboru. PIN k SIM kartě: {pin}, PUK: {puk}. Kartu si vyzvedněte na podatelně, telefon je v trezoru ve 2. patře.\n\n'
    'Po vložení karty prosím zkontrolujte, že funguje přesměrování z linky pohotovosti a že chodí SMS z monitoringu.\n\n'
    'S pozdravem\nOdbor vnitřní správy\n\n' + ' '.join(pick(CS_REPORT, 3)))
p = pw2()
add('cs', 'block', ['credential'], 'A Czech question around docker login with -p in a GitLab CI file.',
    'Proč job neprojde? .gitlab-ci.yml:\n\nbuild:\n  image: docker:27\n  services: [docker:27-dind]\n  script:\n'
    f'    - docker login registry.example-mesto.cz -u ci-build -p {p}\n    - docker build -t registry.example-mesto.cz/spisovka/web:$CI_COMMIT_SHORT_SHA .\n'
    '    - docker push registry.example-mesto.cz/spisovka/web:$CI_COMMIT_SHORT_SHA\n\n'
    'Chyba: error during connect: Post "http://docker:2375/v1.47/auth": dial tcp: lookup docker on 192.0.2.53:53: no such host')
add('cs', 'warn', ['infrastructure'], 'A Czech question around a Samba log with private client addresses (no secret): infrastructure warns.',
    'Uživatelé se nemohou připojit ke sdílené složce. Log Samby:\n\n'
    '[2025/11/18 08:12:44.118203,  1] ../../source3/smbd/service.c:355(create_connection_session_info)\n'
    '  create_connection_session_info: user \'novakova.j\' (from session setup) not permitted to access this share (podatelna)\n'
    '[2025/11/18 08:12:44.118512,  1] client 192.168.40.27 port 51822 denied\n'
    '[2025/11/18 08:13:02.004117,  1] client 192.168.40.31 port 51907 denied\n\n'
    'Ve smb.conf je valid users = @podatelna.')
neg('cs', 'a Czech municipal fee notice with the city office account and variable symbol.',
    'Přepiš prosím tuto výzvu srozumitelněji pro občany:\n\nVÝZVA K ÚHRADĚ MÍSTNÍHO POPLATKU ZA ODPADY NA ROK 2026\n\n'
    'Poplatek ve výši 900 Kč na osobu je splatný do 31. března 2026. Platbu zašlete na účet města vedený u České národní banky, '
    'číslo účtu 94-1234567/0710, variabilní symbol 1337 a jako specifický symbol uveďte číslo popisné. '
    'Hotově lze platit na pokladně městského úřadu v úředních hodinách.\n\nOsvobozeny jsou děti do 6 let a osoby starší 80 let.')
neg('cs', 'a Czech e-mail with the new certificate thumbprint for the data box gateway.',
    'Přelož do angličtiny pro dodavatele:\n\nDobrý den,\n\nod 1. 12. se mění certifikát serveru brány pro datové schránky. '
    'Otisk nového certifikátu (SHA-256): ' + ':'.join(hex2(2).upper() for _ in range(32)) + '. Sériové číslo: ' + hex2(32).upper() +
    '.\n\nStarý certifikát přestane platit 5. 12. Prosíme o aktualizaci úložiště důvěryhodných certifikátů ve vašem systému.\n\n'
    'S pozdravem\nOdbor informatiky\n\n' + ' '.join(pick(CS_REPORT, 2)))
neg('cs', 'a Czech log where the CSRF and request tokens are UUIDs and no secret is printed.',
    'Co znamená tahle chyba v logu?\n\n' + '\n'.join(
        f'2025-11-18 09:{10 + i:02d}:{R2.randrange(60):02d} WARN  CsrfFilter - neplatný csrf_token={uid2()} request_id={uid2()} uzivatel=ref{R2.randrange(10, 99)}'
        for i in range(6)) + '\n\nStává se to jen uživatelům, kteří mají formulář otevřený přes noc.')
neg('cs', 'a Czech guide on generating a password with a password manager (no value).',
    'Zkrať tento návod na polovinu:\n\nJAK SI VYTVOŘIT SILNÉ HESLO\n\n1. Otevřete správce hesel, který vám nainstaloval odbor informatiky.\n'
    '2. Zvolte „Nová položka“ a u pole Heslo klikněte na ikonu generátoru.\n3. Nastavte délku alespoň 16 znaků a zapněte číslice i speciální znaky.\n'
    '4. Heslo si nikam nepište, správce si ho pamatuje za vás.\n5. Hlavní heslo ke správci si zvolte jako větu ze čtyř a více slov.\n\n'
    'Heslo nikdy neposílejte e-mailem ani přes chat, ani kolegům z IT.')
neg('cs', 'a Czech question around Ansible with become password prompted at run time.',
    'Proč playbook čeká na vstup?\n\n- hosts: servery_spisovka\n  become: true\n  vars_prompt:\n    - name: db_heslo\n'
    '      prompt: "Zadejte heslo k databázi"\n      private: true\n  tasks:\n    - name: Záloha databáze\n'
    '      ansible.builtin.shell: pg_dump -U spisovka spisovka > /zaloha/spis.sql\n      environment:\n        PGPASSWORD: "{{ db_heslo }}"\n\n'
    'Spouštím to z cronu přes ansible-playbook zaloha.yml --ask-become-pass.')


# ================================================================ batch 3 (written after batch 2's fixes, scored blind)
R3, rnd3, pw3, hex3 = generators(2831)


# ---- English
p = pw3()
add('en', 'block', ['credential'], 'An openssl pkcs12 export with the bundle password given as pass:… on the command line.',
    'The Windows server refuses the .pfx I made. Commands from my shell history:\n\n'
    '$ openssl req -new -newkey rsa:3072 -nodes -keyout intranet.key -out intranet.csr -subj "/CN=intranet.example-corp.com"\n'
    '$ openssl x509 -req -in intranet.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out intranet.crt -days 397 -sha256\n'
    f'$ openssl pkcs12 -export -out intranet.pfx -inkey intranet.key -in intranet.crt -certfile ca.crt -passout pass:{p}\n\n'
    'Import-PfxCertificate says: "The PFX file you are trying to import requires either a different password or membership in an '
    'Active Directory principal". Is it the encryption algorithm of OpenSSL 3?')
p = pw3()
add('en', 'block', ['credential'], 'A keytool command with -storepass and -keypass written out.',
    'Tomcat cannot read the keystore after I regenerated it:\n\n'
    f'keytool -genkeypair -alias tomcat -keyalg RSA -keysize 3072 -validity 825 -keystore /opt/tomcat/conf/keystore.p12 '
    f'-storetype PKCS12 -storepass {p} -keypass {p} -dname "CN=apps.example-corp.com, O=Example Corp, C=CZ"\n\n'
    'server.xml:\n<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">\n'
    '  <SSLHostConfig>\n    <Certificate certificateKeystoreFile="conf/keystore.p12" certificateKeystorePassword="${keystore.pass}" type="RSA" />\n'
    '  </SSLHostConfig>\n</Connector>\n\njava.io.IOException: keystore password was incorrect')
p = pw3()
add('en', 'block', ['credential'], 'An xfreerdp command with the password after /p:, in a remote-support note.',
    'Runbook step 4 fails from the jump host. The command we use:\n\n'
    f'xfreerdp /v:rds01.example-corp.com /u:EXAMPLE\\\\svc-support /p:{p} /cert:ignore /size:1600x900 +clipboard\n\n'
    '[ERROR][com.freerdp.core] - transport_connect_tls:freerdp_set_last_error_ex ERRCONNECT_TLS_CONNECT_FAILED [0x00020008]\n\n'
    'It worked until the RD gateway certificate was renewed on Friday.')
a1, x1 = pw3(), pw3()
add('en', 'block', ['credential'], 'An snmpwalk v3 command with the auth and privacy passphrases after -A and -X.',
    'Monitoring lost the core switch. From the poller:\n\n'
    f'snmpwalk -v3 -l authPriv -u nms-poller -a SHA -A {a1} -x AES -X {x1} core-sw01.example-corp.com 1.3.6.1.2.1.1\n'
    'Timeout: No Response from core-sw01.example-corp.com\n\n'
    'The switch config says: snmp-server group NMS v3 priv read NMS-VIEW. Did the engine id change after the reboot?')
p = pw3()
add('en', 'block', ['credential'], 'A Windows unattend.xml with the local administrator password in plain text.',
    'Sysprep finishes but autologon does not happen. Relevant part of unattend.xml:\n\n'
    '<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">\n'
    '  <UserAccounts>\n    <AdministratorPassword>\n'
    f'      <Value>{p}</Value>\n      <PlainText>true</PlainText>\n    </AdministratorPassword>\n  </UserAccounts>\n'
    '  <AutoLogon>\n    <Enabled>true</Enabled>\n    <LogonCount>1</LogonCount>\n    <Username>Administrator</Username>\n  </AutoLogon>\n</component>\n\n'
    'setupact.log: [Shell Unattend] AutoLogon: Password is missing or empty.')
# English hard negatives
neg('en', "keytool with the JDK's default trust store password and a pkcs12 export reading its password from the environment.",
    'Which of these commands is wrong? I need the CA in the JDK trust store and a .pfx for IIS.\n\n'
    'keytool -importcert -trustcacerts -alias example-root -file root-ca.crt -keystore "$JAVA_HOME/lib/security/cacerts" -storepass changeit -noprompt\n\n'
    'openssl pkcs12 -export -out intranet.pfx -inkey intranet.key -in intranet.crt -passout env:PFX_PASSWORD\n\n'
    'keytool -list -keystore "$JAVA_HOME/lib/security/cacerts" -storepass changeit | grep example-root\n'
    'example-root, 18 Nov 2025, trustedCertEntry,\nCertificate fingerprint (SHA-256): ' + ':'.join(hex3(2).upper() for _ in range(32)))
neg('en', 'a BitLocker how-to that describes the recovery key format with zeros.',
    'Summarise this for the service desk wiki:\n\nIf a laptop asks for the BitLocker recovery key, the user must call the desk. The key is '
    'a 48-digit number in eight groups of six digits, for example 000000-000000-000000-000000-000000-000000-000000-000000. '
    'Find it in Entra ID under Devices > the laptop > BitLocker keys, matching the key ID the laptop shows (the first 8 '
    'characters are enough). Read the key to the user only after verifying their identity with the callback procedure, '
    'and never send it by e-mail or chat.\n\n' + paras(EN_REPORT, 1))
neg('en', 'a long release changelog with CVE ids, CVSS scores and versions.',
    'Turn this changelog into a short customer notice.\n\n## 4.12.3 (2025-11-14)\n\n### Security\n'
    '- Fixed CVE-2025-41872 (CVSS 8.1): path traversal in the export endpoint.\n- Fixed CVE-2025-39910 (CVSS 5.3): verbose error page disclosed library versions.\n'
    '- Upgraded OpenSSL to 3.0.15 and libxml2 to 2.12.9.\n\n### Fixes\n- Session timeout warning now appears 2 minutes before logout.\n'
    '- CSV import accepts semicolons as separators.\n- Password reset e-mails are no longer sent twice.\n\n'
    '## 4.12.2 (2025-10-30)\n- Performance: report generation 35% faster on large tenants (over 10,000 users).\n\n' + paras(EN_REPORT, 2))
neg('en', 'front-end code that validates password strength and an i18n file with password strings.',
    'Can you simplify this validator?\n\n```ts\nexport const PASSWORD_MIN_LENGTH = 12;\nconst CLASSES = [/[a-z]/, /[A-Z]/, /\\d/, /[^A-Za-z0-9]/];\n\n'
    'export function passwordProblems(pw: string): string[] {\n  const out: string[] = [];\n'
    "  if (pw.length < PASSWORD_MIN_LENGTH) out.push('password.tooShort');\n"
    "  if (CLASSES.filter((c) => c.test(pw)).length < 3) out.push('password.tooSimple');\n  return out;\n}\n```\n\n"
    'en.json:\n{\n  "password.tooShort": "Your password must have at least 12 characters.",\n'
    '  "password.tooSimple": "Use at least three of: lower case, upper case, digits, symbols.",\n'
    '  "password.reset.title": "Reset your password"\n}')
neg('en', 'an xfreerdp command that prompts for the password, and an SNMP v3 poll reading passphrases from a file.',
    'Both commands hang in our runbook automation. Why?\n\n'
    'xfreerdp /v:rds01.example-corp.com /u:EXAMPLE\\\\svc-support /cert:ignore /size:1600x900\nPassword:\n\n'
    'snmpwalk -v3 -l authPriv -u nms-poller -a SHA -x AES core-sw01.example-corp.com 1.3.6.1.2.1.1\n'
    '# passphrases come from ~/.snmp/snmp.conf (defAuthPassphrase/defPrivPassphrase), mode 600\n\n'
    'Under cron there is no terminal for the prompt, I guess.')

# ---- Vietnamese, with and without diacritics
p = pw3()
both('block', ['credential'], 'A Windows net user command that creates a local admin with its password.',
     'Mình chạy lệnh tạo tài khoản quản trị tạm cho máy ở bộ phận một cửa nhưng báo lỗi, nhờ xem giúp:\n\n'
     f'net user hotro.tam {p} /add /expires:30/11/2025 /comment:"Tai khoan ho tro tam thoi"\n'
     'net localgroup Administrators hotro.tam /add\n\n'
     'Lỗi: The password does not meet the password policy requirements. Check the minimum password length, password complexity '
     'and password history requirements.\n\nMáy đang vào domain của sở, chính sách mật khẩu lấy từ GPO.')
bl = '-'.join(''.join(R3.choice(DG) for _ in range(6)) for _ in range(8))
both('block', ['credential'], 'A chat where IT sends a laptop BitLocker recovery key.',
     'Tóm tắt giúp mình đoạn chat này để ghi vào sổ hỗ trợ:\n\n' + chat([
         ('Chị Lan (Kế toán)', 'máy laptop của chị sáng nay bật lên đòi nhập khóa khôi phục BitLocker'),
         ('Anh Dũng (CNTT)', 'chị đọc giúp em 8 ký tự đầu của Key ID trên màn hình'),
         ('Chị Lan (Kế toán)', '4F21C0A9'),
         ('Anh Dũng (CNTT)', f'đúng máy rồi, khóa khôi phục là: {bl}'),
         ('Chị Lan (Kế toán)', 'vào được rồi em ơi'),
         ('Anh Dũng (CNTT)', 'chiều em qua cập nhật lại BIOS để lần sau không bị nữa'),
     ]))
both('pass', [], 'an asset list with serial numbers, MAC addresses and asset codes.',
     'Định dạng lại danh sách thiết bị sau thành bảng, sắp xếp theo phòng:\n\n'
     'Mã tài sản;Tên thiết bị;Số sê-ri;Địa chỉ MAC;Phòng\n' + '\n'.join(
         f'TS-2025-{R3.randrange(100, 999)};{R3.choice(["Máy in HP M404", "Laptop Dell 5440", "Máy quét Canon", "Bộ phát Wi-Fi"])};'
         f'{rnd3(2, UP)}{rnd3(8, DG)};{":".join(hex3(2).upper() for _ in range(6))};{R3.choice(["Văn phòng", "Kế toán", "Một cửa", "Tổ chức"])}'
         for _ in range(10)) + '\n\nGhi chú: thiết bị hết khấu hao đánh dấu riêng.')
both('pass', [], 'a regulation excerpt defining PIN, password and OTP (no value).',
     'Giải thích ngắn gọn các khái niệm trong quy chế sau:\n\nĐiều 3. Giải thích từ ngữ\n\n'
     '1. Mật khẩu là chuỗi ký tự do người dùng tự đặt để xác thực khi đăng nhập hệ thống thông tin.\n'
     '2. Mã PIN là dãy số dùng để mở khóa thiết bị ký số hoặc thẻ thông minh.\n'
     '3. Mã xác thực một lần (OTP) là mã có hiệu lực trong thời gian ngắn, gửi qua tin nhắn hoặc ứng dụng xác thực.\n\n'
     'Điều 7. Trách nhiệm của người dùng\n\nKhông tiết lộ mật khẩu, mã PIN, mã OTP cho người khác, kể cả cán bộ kỹ thuật; '
     'thay đổi mật khẩu ngay khi nghi ngờ bị lộ và báo cho bộ phận công nghệ thông tin.\n\n' + paras(VI_REPORT, 1))
both('pass', [], 'a payroll summary with department totals and no names or accounts.',
     'Viết nhận xét ngắn về bảng tổng hợp quỹ lương quý III sau:\n\nĐơn vị | Số người | Tổng quỹ lương (triệu đồng) | Tăng/giảm so với quý II\n'
     '---|---|---|---\nVăn phòng | 14 | 1.284,6 | +2,1%\nKế toán | 6 | 571,2 | +0,8%\nMột cửa | 11 | 902,4 | +4,6%\n'
     'Kỹ thuật | 9 | 846,0 | -1,2%\nTổng | 40 | 3.604,2 | +2,0%\n\nGhi chú: số liệu đã bao gồm phụ cấp trách nhiệm, chưa gồm thưởng cuối năm.')

# ---- Czech
p = pw3()
add('cs', 'block', ['credential'], 'A Czech question around a 7-Zip archive made with the password glued to -p.',
    'Zálohovací skript vytváří archiv, ale kolega ho nemůže otevřít. Řádek ze skriptu:\n\n'
    f'7z a -t7z -mhe=on -p{p} D:\\Zalohy\\mzdy-2025-11.7z D:\\Mzdy\\2025-11\\*\n\n'
    'Kolega dostává hlášku „Nelze otevřít soubor jako archiv“ i „Chybné heslo“. Používá 7-Zip 9.20 na starém počítači.')
code = ''.join(R3.choice(DG) for _ in range(6))
add('cs', 'block', ['credential'], 'A Czech handover note with the entry code of the building alarm.',
    'Uprav prosím předávací zápis, ať je přehlednější:\n\nPŘEDÁNÍ SLUŽBY – VRÁTNICE, 18. 11. 2025\n\n'
    '- Klíče od serverovny předány, podpis v knize klíčů.\n'
    f'- Kód k zabezpečovacímu systému budovy (alarm): {code}, po příchodu do 30 s zadat a potvrdit #.\n'
    '- Kamera u zadního vchodu nefunguje, nahlášeno na helpdesk.\n- Ve 22:00 kontrolní obchůzka.\n\n' + ' '.join(pick(CS_REPORT, 3)))
neg('cs', 'a Czech invoice header with the company IČO, DIČ and the data box ID of the office.',
    'Zkontroluj prosím, jestli faktura obsahuje všechny povinné údaje:\n\nFAKTURA – DAŇOVÝ DOKLAD č. 2025-0412\n\n'
    'Dodavatel: Example Servis s.r.o., Nádražní 12, 602 00 Brno\nIČO: 27512345, DIČ: CZ27512345\n'
    'Odběratel: Město Example, Masarykovo nám. 1, 370 01 České Budějovice\nIČO: 00245678, ID datové schránky: k2ab7xy\n\n'
    'Předmět: servis kopírovacích strojů za říjen 2025\nCena bez DPH: 12 400 Kč, DPH 21 %: 2 604 Kč, celkem: 15 004 Kč\n'
    'Datum splatnosti: 2. 12. 2025')
neg('cs', 'a Czech BitLocker guide describing the recovery key format.',
    'Zkrať tento návod:\n\nCO DĚLAT, KDYŽ NOTEBOOK CHCE OBNOVOVACÍ KLÍČ BITLOCKER\n\n'
    'Obnovovací klíč má 48 číslic v osmi skupinách po šesti. Klíč nikdy neposíláme e-mailem ani chatem: uživatel zavolá na '
    'helpdesk, technik ověří jeho totožnost zpětným voláním a klíč mu přečte. Klíč najdete v portálu Entra ID u zařízení podle '
    'prvních osmi znaků ID klíče, které notebook zobrazí.\n\n' + ' '.join(pick(CS_REPORT, 3)))
neg('cs', 'a Czech script that makes a 7-Zip archive with the password read from a protected file.',
    'Je tohle bezpečnější než heslo přímo ve skriptu?\n\n$heslo = Get-Content C:\\Skripty\\zaloha.heslo -Raw\n'
    '# soubor má oprávnění jen pro účet služby zálohování\n& "C:\\Program Files\\7-Zip\\7z.exe" a -t7z -mhe=on "-p$heslo" D:\\Zalohy\\mzdy.7z D:\\Mzdy\\*\n\n'
    'Plánovaná úloha běží pod účtem svc-zaloha.')


# Batch 1's short pastes get what people paste around them (environment details, more of the log, a sign-off) from a
# generator of their own, so that every sample is 1-6 KB like a real paste.
PR, prnd = seeded(2829)
ENV = {
    'en': ('What I already tried: restarting the service, clearing the cache, and running it on a second machine - same result.\n\n'
           'Environment:\n- OS: Ubuntu 22.04.5 LTS (kernel 6.8.0-48)\n- Docker 27.3.1, Compose v2.29.7\n- Node 20.17.0 / Java 17.0.12 / Python 3.11.9\n'
           '- Deployed by the pipeline on every merge to main\n', 'Thanks a lot, this has been blocking the release since yesterday.'),
    'vi': ('Những gì đã thử: khởi động lại dịch vụ, xóa bộ nhớ đệm, chạy thử trên máy khác nhưng vẫn lỗi như cũ.\n\n'
           'Môi trường:\n- Hệ điều hành: Ubuntu 22.04.5 LTS\n- Docker 27.3.1, Compose v2.29.7\n- Java 17.0.12, Node 20.17.0\n'
           '- Triển khai tự động qua pipeline mỗi khi gộp nhánh chính\n', 'Cảm ơn mọi người, lỗi này đang làm chậm việc nghiệm thu từ hôm qua.'),
    'cs': ('Co jsem zkoušel: restart služby, vymazání mezipaměti a spuštění na jiném počítači, výsledek je stejný.\n\n'
           'Prostředí:\n- OS: Ubuntu 22.04.5 LTS\n- Docker 27.3.1, Compose v2.29.7\n- Java 17.0.12, Node 20.17.0\n'
           '- Nasazuje se automaticky po sloučení do hlavní větve\n', 'Díky moc, kvůli tomu stojí předání od včerejška.'),
}


def lengthen(samples):
    for s in samples:
        if len(s['text']) >= 1000:
            continue
        tried, thanks = ENV[s['lang']]
        if s['note'].endswith('(typed without diacritics)'):
            tried, thanks = strip(tried), strip(thanks)
        lines = '\n'.join(PR.choice(NGINX).format(ip=PR.choice(PUBLIC_IPS), d=f'18/Nov/2025:11:{i:02d}:{PR.randrange(60):02d} +0700')
                          for i in range(PR.randrange(4, 9)))
        s['text'] = s['text'].rstrip('\n') + '\n\n' + tried + '\nAccess log of the front proxy at that time:\n' + lines + '\n\n' + thanks + '\n'


lengthen(S)
write_round(S, 'round28', 'p28')
