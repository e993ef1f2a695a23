#!/usr/bin/env python3
"""Builds test/probes/round16-sec.jsonl: round 16 of the credential probes, written blind (before any rule was changed
for it). What staff paste when they ask an AI platform to fix a config or a script: .env and docker-compose files,
Kubernetes Secrets, Terraform and Ansible files, JDBC/ODBC/Mongo SRV/Redis connection strings, cloud keys inside code,
partly pasted SSH/PGP private keys, Vietnamese chat ("mk wifi", "pass email công vụ"), password tables without
diacritics, Czech "heslo:" — and the hard negatives beside them: environment reads, vault and secret-store references,
masked values, password hashes, encrypted blobs, documented sample keys, password policies and one-time codes.

Decisions written into the labels:
- a one-time code (bank OTP, login code) expires within minutes and is not a stored secret: pass;
- a card PIN or a door/alarm code is a stored secret that opens something until it is changed: block;
- a password hash (bcrypt, argon2, SHA-crypt) is not the password: pass; an encrypted blob (Ansible Vault, SOPS,
  SealedSecret) is made to be committed: pass;
- a Kubernetes Secret's data: values are only base64 of the secret: block.
Secrets are made here from a seeded generator (no real account), so the file can be rebuilt byte for byte. Stdlib only."""
import base64, json, os
from probe_ids import AL, DG, LO, UP, seeded, sample_adder

R, rnd = seeded(1616)

def pw(n=12):
    """A password as people make them: letters, digits and one or two signs, not a dictionary word."""
    s = rnd(n - 2) + R.choice('!#@%&*') + R.choice(DG)
    return s

S, add = sample_adder()

AKID = 'AKIA' + rnd(16, UP + '234567')
ASEC = rnd(40, AL + '/+')
B64 = lambda s: base64.b64encode(s.encode()).decode()

# ---------------------------------------------------------------- config files (English)
add('en', 'block', ['credential'],
    'docker-compose service with MYSQL_ROOT_PASSWORD and MYSQL_PASSWORD as literal list entries ("- KEY=value").',
    'why does my db container restart every 10s?\n\nservices:\n  db:\n    image: mysql:8.4\n    environment:\n'
    f'      - MYSQL_DATABASE=inventory\n      - MYSQL_USER=inv_app\n      - MYSQL_PASSWORD={pw(14)}\n'
    f'      - MYSQL_ROOT_PASSWORD={pw(16)}\n    volumes:\n      - dbdata:/var/lib/mysql\n', 'md')
add('en', 'block', ['credential'],
    'Kubernetes Secret manifest: data: values are base64 of a password and an API token (base64 is not encryption).',
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-api\n  namespace: prod\ntype: Opaque\ndata:\n'
    f'  DB_PASSWORD: {B64(pw(15))}\n  STRIPE_TOKEN: {B64("rk_live_" + rnd(24))}\n')
add('en', 'block', ['credential'],
    'Kubernetes Secret with stringData: the value is written in clear.',
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp-relay\nstringData:\n  username: relay@mail.tanphat-logistics.vn\n'
    f'  password: "{pw(13)}"\n')
add('en', 'block', ['credential'],
    'terraform.tfvars with a literal admin password and a client secret.',
    'region          = "ap-southeast-1"\ninstance_class  = "db.t3.medium"\n'
    f'db_admin_user   = "dbadmin"\ndb_admin_pass   = "{pw(16)}"\nsp_client_secret = "{rnd(3)}8Q~{rnd(31, AL + "_.-")}"\n')
add('en', 'block', ['credential'],
    'Ansible group_vars in clear (not vaulted): ansible_become_password and a MySQL password.',
    '---\nansible_user: deploy\n'
    f'ansible_become_password: "{pw(12)}"\nmysql_root_password: {pw(14)}\nnginx_worker_processes: 4\n')
add('en', 'block', ['credential'],
    'JDBC URL with user and password as query parameters (Oracle thin / PostgreSQL style).',
    'spring.datasource.url=jdbc:postgresql://10.20.4.15:5432/hrm?user=hrm_app&password=' + pw(13).replace('#', 'k').replace('&', 'q').replace('%', 'z') + '&ssl=true\n'
    'spring.jpa.hibernate.ddl-auto=validate\n', 'txt')
add('en', 'block', ['credential'],
    'ODBC connection string in a Python snippet: PWD= inside a DSN-less SQL Server string.',
    'conn = pyodbc.connect(\n    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql-ketoan.noibo.local;"\n'
    f'    "DATABASE=KeToan2026;UID=kt_report;PWD={pw(13)};Encrypt=yes;TrustServerCertificate=yes"\n)\n'
    'cursor = conn.cursor()\n# this raises "Login timeout expired", why?')
add('en', 'block', ['credential'],
    'MongoDB SRV connection string with a user and a real-looking password, in a Node snippet.',
    f'const uri = "mongodb+srv://shop_api:{pw(14).replace("@", "x").replace("#", "x").replace("%", "x")}@cluster0.q7zkd.mongodb.net/shop?retryWrites=true&w=majority";\n'
    'await mongoose.connect(uri);\n')
add('en', 'block', ['credential'],
    'Redis URL with only a password before the host (redis://:password@host).',
    f'CACHE_URL=redis://:{rnd(20)}@redis-01.kho-hcm.internal:6379/2\nCACHE_TTL=600\n')
add('en', 'block', ['credential'],
    'AWS access key id and secret key pasted inside a boto3 snippet the user wants fixed.',
    'import boto3\n\ns3 = boto3.client(\n    "s3",\n'
    f'    aws_access_key_id="{AKID}",\n    aws_secret_access_key="{ASEC}",\n'
    '    region_name="ap-southeast-1",\n)\nprint(s3.list_buckets())  # AccessDenied??\n')
add('en', 'block', ['credential'],
    'Azure Storage connection string with AccountKey= (base64, 88 characters).',
    'DefaultEndpointsProtocol=https;AccountName=hosoluutru2026;AccountKey='
    + base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()
    + ';EndpointSuffix=core.windows.net\n')
add('en', 'block', ['credential'],
    'GCP service-account JSON partly pasted: the private_key field with a PEM header and key body, cut off.',
    '{\n  "type": "service_account",\n  "project_id": "qlvb-prod-4471",\n  "private_key_id": "' + rnd(40, DG + 'abcdef') + '",\n'
    '  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC'
    + rnd(60, AL + '+/') + '\\n' + rnd(64, AL + '+/') + '\\n...')
add('en', 'block', ['credential'],
    'OpenSSH private key pasted partly (no END line), asking why ssh says "invalid format".',
    'ssh says invalid format for this key, here is the start of it:\n\n-----BEGIN OPENSSH PRIVATE KEY-----\n'
    'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACD' + rnd(57, AL + '+/') + '\n'
    + rnd(70, AL + '+/') + '\n(rest cut)')
add('en', 'block', ['credential'],
    'PGP private key block pasted partly from an export.',
    '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQdGBGX' + rnd(57, AL + '+/') + '\n' + rnd(64, AL + '+/') + '\n'
    + rnd(64, AL + '+/') + '\n...')
add('en', 'block', ['credential'],
    'GitHub fine-grained personal access token in a shell history line.',
    f'git clone https://oauth2:github_pat_{rnd(22)}_{rnd(59)}@github.com/tanphat-logistics/erp.git\n')
add('en', 'block', ['credential'],
    'Slack bot token in a Python snippet (xoxb-…).',
    f'client = WebClient(token="xoxb-{rnd(12, DG)}-{rnd(13, DG)}-{rnd(24)}")\nclient.chat_postMessage(channel="#ops", text="deploy done")\n')
add('en', 'block', ['credential'],
    'SendGrid API key in a PHP mailer config.',
    f"$mail->Password = 'SG.{rnd(22, AL + '_-')}.{rnd(43, AL + '_-')}';\n$mail->Host = 'smtp.sendgrid.net';\n")
add('en', 'block', ['credential'],
    'Private key of a TLS certificate pasted with its BEGIN RSA PRIVATE KEY header and two body lines.',
    'nginx: [emerg] cannot load certificate key — my key file:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA'
    + rnd(48, AL + '+/') + '\n' + rnd(64, AL + '+/') + '\n')
add('en', 'block', ['credential'],
    'Jenkins/CI log line echoing a password passed on the command line (--password VALUE).',
    f'+ docker login registry.tanphat.vn --username ci-bot --password {pw(15)}\nWARNING! Using --password via the CLI is insecure.\n')

# ---------------------------------------------------------------- Vietnamese chat and tables
add('vi', 'block', ['credential'],
    'Vietnamese chat: "mk wifi tầng 3" followed by the value after a dash.',
    f'[09:02] Chị Hạnh: mk wifi tầng 3 là gì em?\n[09:03] Minh IT: TANG3-GUEST - {pw(10)} chị nhé\n')
add('vi', 'block', ['credential'],
    'Vietnamese chat: "pass email công vụ" of a named mailbox with the value after "là".',
    f'Em gửi anh pass email công vụ của phòng: vanthu.stc@ninhbinh.gov.vn, pass là {pw(11)}, anh đổi giúp em nhé')
add('vi', 'block', ['credential'],
    'Password table without diacritics, pipe-separated, header "Tai khoan | Mat khau | Ghi chu".',
    'Tai khoan | Mat khau | Ghi chu\n---|---|---\n'
    f'ketoan01 | {pw(10)} | may ban phong KT\nketoan02 | {pw(10)} | laptop chi Lan\nthuquy | {pw(11)} | chi dung buoi sang\n', 'md')
add('vi', 'block', ['credential'],
    'Vietnamese handover note: "MK quản trị router:" with the value, and the admin user name.',
    f'BIÊN BẢN BÀN GIAO THIẾT BỊ MẠNG\n- Router Draytek tầng 1, IP 192.168.1.1\n- Tài khoản quản trị: admin\n- MK quản trị router: {pw(12)}\n- Người nhận: Lê Văn Khoa')
add('vi', 'block', ['credential'],
    'Vietnamese without diacritics: "mat khau dang nhap phan mem ke toan la …".',
    f'a oi mat khau dang nhap phan mem ke toan MISA cua em la {pw(10)}, user la ketoan.hoa, a vao xuat bao cao giup em')
add('vi', 'block', ['credential'],
    'Card PIN in a Vietnamese message: a stored secret (decision: block).',
    'Anh ơi em gửi thẻ ATM công đoàn cho chị Thu rồi, mã PIN là 7305, rút xong nhớ đổi PIN giúp em nhé')
add('vi', 'block', ['credential'],
    'Vietnamese .env pasted with comments in Vietnamese: SMTP_PASS literal.',
    '# cấu hình gửi mail hệ thống một cửa\nSMTP_HOST=mail.motcua.vinhphuc.gov.vn\nSMTP_USER=motcua@vinhphuc.gov.vn\n'
    f'SMTP_PASS={pw(13)}\n# hỏi: sao gửi mail bị lỗi 535?\n')
add('vi', 'warn', ['credential'],
    'Camera URL with a factory-style admin:admin123 on a real internal host, in a Vietnamese question: warn (sample-looking).',
    'Em xem camera cổng bằng VLC với link rtsp://admin:admin123@10.0.12.31:554/Streaming/Channels/101 mà bị giật, sửa sao ạ?')

# ---------------------------------------------------------------- Czech
add('cs', 'block', ['credential'],
    'Czech e-mail: "heslo:" on its own line after the login name.',
    'Dobrý den,\nposílám přístup do Datové schránky pro účetní:\nuživatel: 7hx2kq\n'
    f'heslo: {pw(12)}\nPo prvním přihlášení si ho prosím změňte.\nS pozdravem\nJana Dvořáková')
add('cs', 'block', ['credential'],
    'Czech chat: "heslo na wifi je …".',
    f'Pavel: heslo na wifi v zasedačce je {pw(11)}\nMarta: díky!')
add('cs', 'block', ['credential'],
    'Czech table of accounts: "Účet;Heslo" CSV.',
    f'Účet;Heslo;Poznámka\nrecepce;{pw(10)};PC u vchodu\nsklad;{pw(10)};tablet\n', 'csv')
add('cs', 'block', ['credential'],
    'Czech config question: přístupové údaje with "Heslo k databázi: …".',
    f'Aplikace hlásí chybu připojení. Server: db.mesto-kolin.cz, uživatel: spisovka, Heslo k databázi: {pw(13)}. Co mám zkontrolovat?')

# ---------------------------------------------------------------- mixed
add('mixed', 'block', ['credential'],
    'Vietnamese question around an English appsettings.json with a connection string Password=.',
    'Em chạy dotnet bị lỗi Login failed, file appsettings.json:\n{\n  "ConnectionStrings": {\n'
    f'    "Default": "Server=10.1.2.20;Database=QLNS;User Id=qlns_app;Password={pw(13)};TrustServerCertificate=True"\n  }}\n}}')
add('mixed', 'block', ['credential'],
    'Vietnamese chat forwarding an English Wi-Fi card: "SSID: … / Password: …".',
    f'Fwd từ lễ tân: Wi-Fi khách sạn\nSSID: Muongthanh_Conference\nPassword: {pw(10)}\nÁp dụng cho đoàn công tác 12-14/6')

# ---------------------------------------------------------------- hard negatives
add('en', 'pass', [],
    'Hard negative: docker-compose reads every secret from the environment or a secrets file (${VAR}, *_FILE).',
    'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ${DB_USER}\n'
    '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n  app:\n    environment:\n      - DB_PASSWORD=${DB_PASSWORD:?set it}\n'
    'secrets:\n  db_password:\n    file: ./secrets/db_password.txt\n')
add('en', 'pass', [],
    'Hard negative: Ansible Vault encrypted file (the ciphertext is made to be committed).',
    '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(rnd(80, '0123456789abcdef') for _ in range(4)) + '\n')
add('en', 'pass', [],
    'Hard negative: Ansible variables that point to vault variables ({{ vault_… }}).',
    '---\nmysql_root_password: "{{ vault_mysql_root_password }}"\nansible_become_password: "{{ vault_become_pass }}"\n'
    'smtp_password: "{{ lookup(\'hashi_vault\', \'secret=kv/data/smtp:password\') }}"\n')
add('en', 'pass', [],
    'Hard negative: Terraform reads the password from AWS Secrets Manager and a variable.',
    'data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/hrm/db"\n}\n\n'
    'resource "aws_db_instance" "hrm" {\n  username = var.db_user\n'
    '  password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]\n}\n')
add('en', 'pass', [],
    'Hard negative: Kubernetes Deployment that references a Secret (secretKeyRef), no value.',
    'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: billing-api\n        key: DB_PASSWORD\n')
add('en', 'pass', [],
    'Hard negative: a Bitnami SealedSecret (encryptedData is public-key encrypted, made to be committed).',
    'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: billing-api\nspec:\n  encryptedData:\n'
    '    DB_PASSWORD: AgB' + rnd(120, AL + '+/') + '==\n')
# (labelled pass when written blind; the private IP beside the masked values warns as infrastructure by design)
add('en', 'warn', ['infrastructure'],
    'Masked values in a config dump (****, <redacted>): no credential; the private DB_HOST address warns as infrastructure.',
    'DB_HOST=10.20.4.15\nDB_USER=hrm_app\nDB_PASSWORD=********\nREDIS_PASSWORD=<redacted>\nAWS_SECRET_ACCESS_KEY=****************\n')
add('en', 'pass', [],
    'Hard negative: bcrypt and argon2 password hashes in a users table dump (a hash is not the password).',
    'id,username,password_hash,role\n1,thuy.nt,$2b$12$' + rnd(53, AL + './') + ',admin\n'
    '2,khoa.lv,$argon2id$v=19$m=65536,t=3,p=4$' + rnd(22, AL + '+/') + '$' + rnd(43, AL + '+/') + ',user\n', 'csv')
add('en', 'pass', [],
    'Hard negative: the AWS documentation sample key pair (…EXAMPLE) in a how-to.',
    'To configure the CLI, run aws configure and enter your keys, for example:\n'
    'AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n')
add('en', 'pass', [],
    'Hard negative: an SSH public key and a PGP public key block (public halves are meant to be shared).',
    f'Please add my key to the bastion:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rnd(43, AL + "+/")} minh.le@laptop\n\n'
    '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ' + rnd(59, AL + '+/') + '\n-----END PGP PUBLIC KEY BLOCK-----\n')
add('en', 'pass', [],
    'Hard negative: Python reads every credential from os.environ / getenv.',
    'import os\n\nDB_PASSWORD = os.environ["DB_PASSWORD"]\nAPI_KEY = os.getenv("PAYMENT_API_KEY", "")\n'
    'client = Client(api_key=API_KEY, password=DB_PASSWORD)\n')
add('en', 'pass', [],
    'Hard negative: GitHub Actions workflow reading secrets through ${{ secrets.X }}.',
    'steps:\n  - uses: docker/login-action@v3\n    with:\n      username: ${{ secrets.REGISTRY_USER }}\n'
    '      password: ${{ secrets.REGISTRY_PASSWORD }}\n')
add('en', 'pass', [],
    'Hard negative: a password policy in English (lengths and character classes, no value).',
    'Password policy: at least 12 characters, one upper-case letter, one digit and one symbol; '
    'passwords expire every 90 days and the last 5 cannot be reused.')
add('vi', 'pass', [],
    'Hard negative: Vietnamese password policy ("tối thiểu 8 ký tự", no value).',
    'Quy định về mật khẩu: mật khẩu tối thiểu 8 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt; '
    'đổi mật khẩu 90 ngày một lần, không dùng lại 3 mật khẩu gần nhất.')
add('vi', 'pass', [],
    'Hard negative: a bank OTP SMS pasted to ask if it is a scam (decision: a one-time code is not a stored secret).',
    'Tin nhắn này có phải lừa đảo không: "Ma OTP cua Quy khach la 482913. Ma co hieu luc trong 3 phut. '
    'Tuyet doi KHONG cung cap ma nay cho bat ky ai, ke ca nhan vien ngan hang."')
add('vi', 'pass', [],
    'Hard negative: Vietnamese chat saying a password was changed and sent separately (no value).',
    '[14:20] Minh IT: em đã đổi mật khẩu wifi tầng 3 rồi, mật khẩu mới em gửi riêng qua Zalo cho từng phòng nhé\n'
    '[14:21] Chị Hạnh: ok em')
add('vi', 'pass', [],
    'Hard negative: Vietnamese guidance "Quên mật khẩu?" with steps, no value.',
    'Nếu quên mật khẩu email công vụ, đồng chí bấm "Quên mật khẩu?", nhập số điện thoại đã đăng ký và làm theo hướng dẫn; '
    'không gửi mật khẩu qua Zalo hay tin nhắn.')
add('vi', 'pass', [],
    'Hard negative: Vietnamese .env template with placeholders (dien_mat_khau_vao_day, <mat-khau>).',
    '# sao chép thành .env rồi điền giá trị thật\nDB_USER=ten_tai_khoan\nDB_PASS=dien_mat_khau_vao_day\nSMTP_PASS=<mat-khau>\n')
add('cs', 'pass', [],
    'Hard negative: Czech text on password rules ("heslo musí mít alespoň 10 znaků").',
    'Heslo musí mít alespoň 10 znaků a obsahovat velké písmeno a číslici. Heslo nikomu nesdělujte a měňte ho každé tři měsíce.')
add('cs', 'pass', [],
    'Hard negative: Czech SMS one-time code from a bank (not a stored secret).',
    'Je tahle SMS pravá? "Autorizační kód pro platbu 1 250 Kč je 55918204. Kód nikomu nesdělujte."')
add('en', 'pass', [],
    'Hard negative: a SOPS-encrypted YAML value (ENC[AES256_GCM,…]) with its sops metadata.',
    'db:\n  password: ENC[AES256_GCM,data:' + rnd(24, AL + '+/') + ',iv:' + rnd(43, AL + '+/') + '=,tag:' + rnd(22, AL + '+/')
    + '==,type:str]\nsops:\n  kms: []\n  version: 3.8.1\n')
# (labelled pass when written blind; the .local host warns as infrastructure by design)
add('en', 'warn', ['infrastructure'],
    'JDBC URL whose password is a property placeholder (${…}): no credential; the internal .local host warns as infrastructure.',
    'spring.datasource.url=jdbc:mysql://db.noibo.local:3306/qlvb?user=${DB_USER}&password=${DB_PASS}\n')
add('en', 'pass', [],
    'Hard negative: a SHA-256 checksum and a git commit id next to the word "key".',
    'Release 2.4.1\nsha256: ' + rnd(64, '0123456789abcdef') + '  promptgate-2.4.1.tgz\n'
    'signing key fingerprint: ' + ' '.join(rnd(4, '0123456789ABCDEF') for _ in range(10)) + '\ncommit ' + rnd(40, '0123456789abcdef') + '\n')
add('mixed', 'pass', [],
    'Hard negative: Vietnamese question about an ODBC string whose PWD is a placeholder in braces.',
    'Chuỗi kết nối mẫu trong tài liệu: "DRIVER={ODBC Driver 18 for SQL Server};SERVER=<may-chu>;UID=<tai-khoan>;PWD=<mat-khau>" — '
    'em điền vào đâu?')
add('en', 'pass', [],
    'Hard negative: Redis URL on localhost without a password, and a Mongo URI with env placeholders.',
    'REDIS_URL=redis://localhost:6379/0\nMONGO_URI=mongodb+srv://${MONGO_USER}:${MONGO_PASS}@${MONGO_HOST}/app\n')

for i, s in enumerate(S, 1):
    s['id'] = f'psec-r16-{i:04d}'
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'round16-sec.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for s in S:
        f.write(json.dumps({k: s[k] for k in ('id', 'lang', 'ext', 'text', 'expect', 'categories', 'note')}, ensure_ascii=False) + '\n')
neg = sum(s['expect'] == 'pass' for s in S)
print(f'{len(S)} samples, {neg} hard negatives ({100 * neg / len(S):.0f} %)')
