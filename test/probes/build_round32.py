#!/usr/bin/env python3
"""Builds test/probes/round32.jsonl: round 32 of the held-out-style probes, credentials in layouts no round held,
written blind (batch 1 scored on main bd58e5d before any rule was changed for it, batch 2 after batch 1's fixes):
text read by OCR from a screenshot
(O for 0, l for 1), a spreadsheet of shared accounts with Vietnamese headers typed without diacritics ("tai khoan",
"mat khau", "ghi chu"), a Postman or Insomnia collection export, a browser's saved-passwords CSV export, a cURL command
copied from DevTools (Authorization and Cookie headers), an app's decompiled strings.xml, an Ansible inventory without
vault, a Jupyter notebook's JSON with a key in a cell, a one-time code or PIN sent in a chat, a Wi-Fi QR string;
batch 2: a KeePass XML export, `git credential fill` output, FileZilla's sitemanager.xml, a RouterOS export, an
Asterisk sip.conf peer, a tab-separated sheet copied from Excel, OCR'd labels ("Mât khấu", "Hes1o"), a Czech e-mail
with the password on the line below its label —
beside the same layouts with nothing to hide: vault-encrypted values, hashes, key fingerprints, public keys,
placeholders and variables, masked values and documentation of the formats.

Decisions written into the labels (by the contract):
- a PIN given with its digits in a message ("PIN is 4829", "mã PIN là 2580", "PIN je 4829") opens a card for good:
  block. A one-time code given in a chat ("OTP của em là 482913", "the verification code is …") passes, as round 16
  decided and round 20 held: it expires in minutes. Batch 1 was written with those four chats as blocks; after the
  blind score they were relabelled pass (their notes say so), for consistency with that decision;
- a Wi-Fi QR string with its P: field filled is a password; the format with <placeholders> is documentation;
- a spreadsheet column headed "mat khau" whose cells are masked, "(da doi)" or a pointer to another channel holds no
  password.
Secrets come from a seeded generator (no real account), so the file rebuilds byte for byte. Stdlib only."""
import json

from probe_ids import DG, LO, UP, collector, diacritic_pair, seeded, strip, write_round

R, rnd = seeded(32032)
S, add, neg = collector()
vi = diacritic_pair(add)
HEX = '0123456789abcdef'
B64 = UP + LO + DG + '+/'


def pw(n=10):
    """A password as people make them: a word-like head, digits and a symbol."""
    return rnd(1, UP) + rnd(n - 5, LO) + R.choice('@#!$*') + rnd(3, DG)


def ocr(s):
    """What OCR makes of a screenshot's text: O for 0 and l for 1 here and there."""
    return s.replace('0', 'O', 1).replace('1', 'l', 1)


# ================================================================ batch 1 (scored blind on main bd58e5d)
# ---- English: positives
p = pw(11)
add('en', 'block', ['credential'], 'OCR of a router admin screenshot: the password field read with O for 0.',
    'Can you tell me what these settings mean? I took a screenshot of the router page and ran it through OCR:\n\n'
    'Wireless Settings\nNetwork Name (SSID): Office-5G\nSecurity: WPA2-Personal\n'
    f'Passw0rd: {ocr(p)}\nChannel: Auto (36)\nAdmin Login: admin\n')
p1, p2 = pw(12), pw(10)
add('en', 'block', ['credential'], "a browser's saved-passwords CSV export pasted to be cleaned up.",
    'Please dedupe this list and sort it by site:\n\nname,url,username,password,note\n'
    f'hr.example.com,https://hr.example.com/login,j.miller,{p1},\n'
    f'mail.example.com,https://mail.example.com/,j.miller@example.com,{p2},\n'
    f'hr.example.com,https://hr.example.com/login,j.miller,{p1},\n', 'csv')
t = rnd(40, UP + LO + DG)
add('en', 'block', ['credential'], 'a Postman collection export with a bearer token stored in the auth block.',
    'Why does this collection get 401 in Newman but not in the app?\n\n```json\n'
    + json.dumps({'info': {'name': 'Billing API', 'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
                  'auth': {'type': 'bearer', 'bearer': [{'key': 'token', 'value': t, 'type': 'string'}]},
                  'item': [{'name': 'List invoices', 'request': {'method': 'GET', 'url': '{{baseUrl}}/v1/invoices'}}]}, indent=2)
    + '\n```')
p = pw(13)
add('en', 'block', ['credential'], 'an Insomnia export with basic authentication filled in.',
    'Convert this Insomnia request to a Python requests call:\n\n'
    + json.dumps({'_type': 'request', 'name': 'Sync users', 'method': 'POST', 'url': 'https://idm.example.org/api/sync',
                  'authentication': {'type': 'basic', 'username': 'svc-sync', 'password': p}}, indent=2))
jwt = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.' + rnd(120, UP + LO + DG) + '.' + rnd(86, UP + LO + DG + '-_')
add('en', 'block', ['credential'], "a cURL command copied from the browser's DevTools with its Authorization header.",
    "This works in the browser but my script gets 403. Here is the request as 'Copy as cURL':\n\n"
    "curl 'https://portal.example.com/api/v2/reports?page=1' \\\n  -H 'accept: application/json' \\\n"
    f"  -H 'authorization: Bearer {jwt}' \\\n  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64)' \\\n  --compressed")
sid, csrf = rnd(32, LO + DG), rnd(64, UP + LO + DG)
add('en', 'block', ['credential'], 'a DevTools cURL with the session cookie of a logged-in admin.',
    'Rewrite this as a fetch() call:\n\n'
    "curl 'https://cms.example.net/admin/pages/42' -X POST \\\n"
    f"  -H 'Cookie: sessionid={sid}; csrftoken={csrf}' \\\n"
    "  -H 'Content-Type: application/x-www-form-urlencoded' \\\n  --data-raw 'title=Opening+hours&published=1'")
k = rnd(40, UP + LO + DG)
add('en', 'block', ['credential'], "a decompiled Android app's strings.xml with a backend secret in it.",
    'I decompiled our old APK with apktool. Which of these strings should not be in the app?\n\n'
    '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="app_name">FieldNotes</string>\n'
    '    <string name="login_hint">Enter your work e-mail</string>\n'
    f'    <string name="backend_client_secret">{k}</string>\n'
    '    <string name="retry">Try again</string>\n</resources>\n')
p = pw(12)
add('en', 'block', ['credential'], 'an Ansible INI inventory with an SSH password per host and no vault.',
    'Why does Ansible say "Invalid/incorrect password" for db02 only?\n\n[db]\n'
    f'db01 ansible_host=10.20.0.11 ansible_user=deploy ansible_password={p}\n'
    f'db02 ansible_host=10.20.0.12 ansible_user=deploy ansible_password={p}x\n\n[db:vars]\nansible_python_interpreter=/usr/bin/python3\n')
k = 'sk-proj-' + rnd(48, UP + LO + DG)
add('en', 'block', ['credential'], "a Jupyter notebook's JSON with an API key assigned in a code cell.",
    'My notebook fails on the second cell, can you see why?\n\n'
    + json.dumps({'cells': [{'cell_type': 'code', 'metadata': {}, 'source': ['import openai\n', f'openai.api_key = "{k}"\n'], 'outputs': [], 'execution_count': 1},
                            {'cell_type': 'code', 'metadata': {}, 'source': ['resp = openai.chat.completions.create(model="gpt-4o", messages=msgs)\n'], 'outputs': [], 'execution_count': 2}],
                  'nbformat': 4, 'nbformat_minor': 5}, indent=1))
code = rnd(6, DG)
# Relabelled pass after the blind score (round 16's decision, kept): a one-time code expires in minutes.
neg('en', 'a chat where a colleague reads out the one-time code just received (a one-time code expires in minutes: round 16).',
    '[09:12] Tom: I am locked out of the VPN, the code went to my phone\n'
    f'[09:13] Tom: ok the verification code is {code}, can you type it in on your side?\n[09:13] Ana: trying now')
add('en', 'block', ['credential'], 'a Wi-Fi QR string read from a photo of the meeting-room sign.',
    'What does this QR code from the meeting room contain? My phone decoded it as:\n\n'
    f'WIFI:T:WPA;S:Boardroom-Guest;P:{pw(12)};H:false;;')
pin = rnd(4, DG)
add('en', 'block', ['credential'], "a message with a company card's PIN.",
    f'Hi Sarah, the fuel card for the van is in the glovebox. PIN is {pin}. Please keep the receipts for finance.')

# ---- English: hard negatives
neg('en', 'an Ansible inventory whose passwords are vault-encrypted.',
    'Is this the right way to keep the become password?\n\n```yaml\nall:\n  hosts:\n    web01:\n      ansible_host: 192.0.2.21\n'
    '  vars:\n    ansible_become_password: !vault |\n      $ANSIBLE_VAULT;1.1;AES256\n'
    + '\n'.join('      ' + rnd(64, '0123456789abcdef') for _ in range(5)) + '\n```')
neg('en', 'a Postman collection whose auth refers to an environment variable.',
    'How do I switch environments in this collection?\n\n'
    + json.dumps({'info': {'name': 'Billing API'}, 'auth': {'type': 'bearer', 'bearer': [{'key': 'token', 'value': '{{accessToken}}', 'type': 'string'}]},
                  'variable': [{'key': 'baseUrl', 'value': 'https://api.example.com'}]}, indent=2))
neg('en', 'a DevTools cURL whose token comes from the shell.',
    "curl 'https://portal.example.com/api/v2/reports' -H \"Authorization: Bearer $PORTAL_TOKEN\" -H 'accept: application/json'\n\n"
    'Why does this return an empty list when the UI shows reports?')
neg('en', "an app's strings.xml holding only interface texts about passwords.",
    'Translate these strings into Czech:\n\n<resources>\n    <string name="password_hint">Password</string>\n'
    '    <string name="error_wrong_password">Wrong password, try again</string>\n'
    '    <string name="forgot_password">Forgot your password?</string>\n    <string name="token_expired">Your session token has expired</string>\n</resources>\n')
neg('en', 'a notebook that reads its API key from the environment.',
    json.dumps({'cells': [{'cell_type': 'code', 'metadata': {}, 'source': ['import os, openai\n', 'openai.api_key = os.environ["OPENAI_API_KEY"]\n'], 'outputs': []}],
                'nbformat': 4, 'nbformat_minor': 5}, indent=1) + '\n\nIs it fine to share this notebook?')
neg('en', 'SSH host key fingerprints and a public key.',
    'The server says the host key changed. Old and new fingerprints:\n\n'
    f'ED25519 key fingerprint is SHA256:{rnd(43, UP + LO + DG + "+/")}.\n'
    f'ECDSA key fingerprint is SHA256:{rnd(43, UP + LO + DG + "+/")}.\n\nMy public key on it:\n'
    f'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rnd(43, UP + LO + DG + "+/")} j.miller@laptop\n')
neg('en', 'a browser password export whose passwords column was blanked before sharing.',
    'name,url,username,password,note\nhr.example.com,https://hr.example.com/login,j.miller,********,\n'
    'mail.example.com,https://mail.example.com/,j.miller,********,\n\nWhich of these sites still use my old user name?', 'csv')
neg('en', 'documentation of the Wi-Fi QR format with placeholders.',
    'The QR payload for a Wi-Fi network has the form WIFI:T:<WPA|WEP|nopass>;S:<ssid>;P:<password>;H:<true|false>;; — '
    'special characters in the SSID or password are escaped with a backslash. Write me a Python function that builds it.')
neg('en', "an OTP notice with no code in it.",
    'Rewrite this SMS template to be friendlier: "Your one-time code is valid for 5 minutes. We will never call you to ask for it. '
    'If you did not request a code, ignore this message."')
neg('en', 'a bcrypt hash and a SHA-256 digest in a bug report.',
    'After the migration the login fails. The users table row looks like:\n\n'
    f'id=1042 username=j.miller password_hash=$2b$12${rnd(53, UP + LO + DG + "./")}\n'
    f'Build artefact sha256: {rnd(64, HEX)}\n\nDoes bcrypt cost 12 explain the slowness?')
neg('en', 'OCR of a login screenshot where the password field shows dots.',
    'OCR of my screenshot:\n\nSign in to Intranet\nUsername: j.miller\nPassword: ●●●●●●●●●●\n[ ] Remember me\nSign in\n\n'
    'Why is the Sign in button greyed out?')
neg('en', 'a cURL with a placeholder cookie from API documentation.',
    "Example request:\n\ncurl https://api.example.com/v1/me -H 'Cookie: session=<your-session-cookie>'\n\n"
    'Replace <your-session-cookie> with the value from your browser. Explain what this does.')
neg('en', 'a GPG key listing with its fingerprint.',
    'pub   rsa4096 2023-04-11 [SC] [expires: 2027-04-10]\n      '
    + ' '.join(rnd(4, '0123456789ABCDEF') for _ in range(10)) + '\nuid           [ultimate] Release Signing (build server)\n\n'
    'How do I publish this key to a keyserver?')

# ---- Vietnamese: positives (each once with diacritics and once typed without)
a1, a2, a3 = pw(10), pw(11), pw(9)
add('vi', 'block', ['credential'], 'a spreadsheet of shared accounts whose headers are typed without diacritics.',
    'Sắp xếp giúp em bảng này theo hệ thống:\n\nSTT,He thong,Tai khoan,Mat khau,Ghi chu\n'
    f'1,Email cong vu,vanthu.ubnd,{a1},doi 3 thang/lan\n2,Phan mem ke toan,ketoan01,{a2},\n3,Wifi phong hop,PhongHop-T3,{a3},dan o cua\n', 'csv')
a1, a2 = pw(10), pw(12)
add('vi', 'block', ['credential'], 'a pipe table of shared accounts (tai khoan / mat khau) from a hand-over note.',
    'Bàn giao tài khoản cho bạn mới, kiểm tra giúp mình còn thiếu gì:\n\n| he thong | tai khoan | mat khau | ghi chu |\n|---|---|---|---|\n'
    f'| Cổng dịch vụ công | chuyenvien.mc | {a1} | dùng chung bộ phận một cửa |\n| Camera tầng 1 | admin | {a2} | |\n')
otp = rnd(6, DG)
# Relabelled pass after the blind score (round 16's decision, kept).
vi('pass', [], 'Hard negative: a chat where someone sends the OTP to a colleague to finish a transfer (a one-time code expires in minutes: round 16).',
   f'[08:41] Linh: chị ơi em đang chuyển khoản lương hộ chị\n[08:42] Linh: OTP của chị là gì ạ?\n[08:42] Chị Hà: OTP của chị là {otp} em nhập luôn nhé')
pin = rnd(4, DG)
vi('block', ['credential'], "a message with an ATM card's PIN.",
   f'Mẹ ơi con để thẻ ATM ở ngăn bàn, mã PIN là {pin}, mẹ rút giúp con 2 triệu nhé.')
p = pw(11)
vi('block', ['credential'], 'OCR of a Zalo screenshot where a password was sent, with O for 0 and l for 1.',
   'Đây là chữ em lấy từ ảnh chụp màn hình Zalo, anh xem giúp tài khoản này đăng nhập vào đâu:\n\n'
   f'Nguyễn Minh Tuấn 10:2l\ntk: tuan.nm\nmk: {ocr(p)}\nđăng nhập xong đổi mk luôn nha\n')
p = pw(12)
vi('block', ['credential'], 'a Wi-Fi QR string from a photo of the reception desk.',
   f'Mã QR wifi ở quầy lễ tân đọc ra chuỗi này, viết lại thành hướng dẫn cho khách giúp mình:\nWIFI:T:WPA;S:KhachSan-Lobby;P:{p};;')
p = pw(12)
vi('block', ['credential'], 'an Ansible inventory with become passwords, no vault, asked in Vietnamese.',
   'Sao chạy playbook báo sai mật khẩu sudo vậy anh?\n\n[app]\n'
   f'app01 ansible_host=172.16.5.21 ansible_user=quantri ansible_become_pass={p}\napp02 ansible_host=172.16.5.22 ansible_user=quantri ansible_become_pass={p}\n')

# ---- Vietnamese: hard negatives
vi('pass', [], 'Hard negative: a shared-accounts sheet whose password column is masked and points to the password manager.',
   'Sắp xếp giúp em bảng này:\n\nSTT,He thong,Tai khoan,Mat khau,Ghi chu\n1,Email cong vu,vanthu.ubnd,********,xem trong Bitwarden\n'
   '2,Phan mem ke toan,ketoan01,(da doi),hoi anh Nam\n3,Wifi phong hop,PhongHop-T3,dan o cua phong,\n')
vi('pass', [], "Hard negative: a bank's OTP warning with no code in it.",
   'Tóm tắt giúp em thông báo này: "Ngân hàng KHÔNG BAO GIỜ yêu cầu quý khách cung cấp mã OTP qua điện thoại, tin nhắn hay mạng xã hội. '
   'Mã OTP gồm 6 chữ số, có hiệu lực trong 2 phút."')
vi('pass', [], 'Hard negative: a Wi-Fi QR format explained with placeholders.',
   'Chuỗi trong mã QR wifi có dạng WIFI:T:<kiểu bảo mật>;S:<tên mạng>;P:<mật khẩu>;; — viết giúp mình hàm tạo chuỗi này bằng JavaScript.')
vi('pass', [], 'Hard negative: an Ansible inventory that reads the password from vault variables.',
   'Cấu hình thế này đã ổn chưa anh?\n\n[app]\napp01 ansible_host=198.51.100.21 ansible_user=quantri\n\n[app:vars]\n'
   'ansible_become_pass="{{ vault_become_pass }}"\n')
vi('pass', [], 'Hard negative: a form asking for a password change with no password in it.',
   'Viết giúp em email nhắc mọi người đổi mật khẩu email công vụ trước ngày 15/12, mật khẩu mới tối thiểu 12 ký tự, có chữ hoa, chữ số và ký tự đặc biệt.')
vi('pass', [], 'Hard negative: a checksum list of a downloaded installer.',
   'Mình tải bộ cài về, so sánh mã băm thế nào?\n\n'
   f'SHA256 ({"VNPT-CA-Plugin-2.4.1.exe"}) = {rnd(64, HEX)}\nMD5 = {rnd(32, HEX)}\n')

# ---- Czech: positives
p = pw(11)
add('cs', 'block', ['credential'], 'a Wi-Fi QR string asked about in Czech.',
    f'Co znamená tenhle text z QR kódu na recepci? WIFI:T:WPA;S:Kancelar-Host;P:{p};;')
code = rnd(6, DG)
# Relabelled pass after the blind score (round 16's decision, kept).
neg('cs', 'a chat where a colleague forwards the verification code from the bank (a one-time code expires in minutes: round 16).',
    f'[14:02] Petr: přišla mi SMS z banky, ověřovací kód je {code}, zadej ho prosím v internetovém bankovnictví\n[14:03] Jana: ok, zadávám')
p1, p2 = pw(10), pw(12)
add('cs', 'block', ['credential'], "a browser's saved-passwords export with a Czech question.",
    f'Seřaď mi to podle webu a odstraň duplicity:\n\nname,url,username,password\nintranet,https://intranet.firma.cz,novakova,{p1}\n'
    f'posta,https://posta.firma.cz,novakova@firma.cz,{p2}\n', 'csv')
k = rnd(32, LO + DG)
add('cs', 'block', ['credential'], "a decompiled app's strings.xml with a map service secret.",
    'Dekompiloval jsem naši aplikaci, je tam něco, co by tam být nemělo?\n\n<resources>\n    <string name="app_name">Odečty</string>\n'
    f'    <string name="server_api_secret">{k}</string>\n    <string name="btn_send">Odeslat</string>\n</resources>\n')
pin = rnd(4, DG)
add('cs', 'block', ['credential'], "a message with a payment card's PIN.",
    f'Ahoj, firemní karta je v šuplíku, PIN je {pin}. Zaplať prosím tu fakturu za toner.')
sid = rnd(40, LO + DG)
add('cs', 'block', ['credential'], 'a DevTools cURL with a session cookie, asked in Czech.',
    'Proč tohle funguje v prohlížeči, ale ne ve skriptu?\n\n'
    f"curl 'https://portal.firma.cz/api/zakazky' -H 'Cookie: PHPSESSID={sid}' -H 'Accept: application/json'")

# ---- Czech: hard negatives
neg('cs', 'a vault-encrypted variable in an Ansible group_vars file.',
    'Je tohle správně zašifrované?\n\ndb_heslo: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n'
    + '\n'.join('  ' + rnd(64, '0123456789abcdef') for _ in range(4)) + '\n')
neg('cs', 'an SMS template about verification codes without a code.',
    'Uprav mi tuhle SMS: „Ověřovací kód platí 5 minut. Banka vás nikdy nebude žádat o jeho sdělení po telefonu.“')
neg('cs', 'a Postman environment with empty values.',
    json.dumps({'name': 'Produkce', 'values': [{'key': 'baseUrl', 'value': 'https://api.firma.cz', 'enabled': True},
                                                 {'key': 'token', 'value': '', 'enabled': True}]}, indent=2)
    + '\n\nJak do toho token doplnit za běhu?')
neg('cs', 'a public key and its fingerprint in a hand-over.',
    f'Veřejný klíč pro přístup na server:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rnd(43, UP + LO + DG + "+/")} novak@notebook\n'
    f'Otisk: SHA256:{rnd(43, UP + LO + DG + "+/")}\n\nMůžeš ho přidat do authorized_keys?')
neg('cs', 'a masked password in a help-desk ticket.',
    'Uživatel: novakova\nHeslo: ******** (resetováno)\nProblém: po změně hesla nejde přihlásit do Outlooku, chyba 0x800CCC92.\n\nCo s tím?')
neg('cs', 'a strings.xml of interface texts about the PIN.',
    '<resources>\n    <string name="pin_hint">Zadejte PIN</string>\n    <string name="pin_wrong">Špatný PIN, zbývají 2 pokusy</string>\n</resources>\n\nPřelož do angličtiny.')

# ================================================================ batch 2 (scored blind after batch 1's fixes)
# Its own seed, so batch 1 rebuilds byte for byte.
R, rnd = seeded(32033)

# ---- English
p = pw(12)
add('en', 'block', ['credential'], "a KeePass XML export's entry with its password value.",
    'Convert this KeePass 2 XML export to a CSV for the new vault:\n\n<Entry>\n  <String><Key>Title</Key><Value>Backup NAS</Value></String>\n'
    '  <String><Key>UserName</Key><Value>nasadmin</Value></String>\n'
    f'  <String><Key>Password</Key><Value ProtectInMemory="True">{p}</Value></String>\n'
    '  <String><Key>URL</Key><Value>https://nas01.example.net</Value></String>\n</Entry>')
p = pw(11)
add('en', 'block', ['credential'], "the output of 'git credential fill' pasted into a question.",
    'Why does git keep asking for my password? This is what `git credential fill` printed:\n\n'
    f'protocol=https\nhost=git.example.org\nusername=build-bot\npassword={p}\n')
b = __import__('base64').b64encode(pw(12).encode()).decode()
add('en', 'block', ['credential'], "a FileZilla sitemanager.xml entry with its base64-encoded password.",
    'FileZilla lost my sites after the update. Here is the sitemanager.xml entry:\n\n<Server>\n  <Host>ftp.example.com</Host>\n  <Port>21</Port>\n'
    f'  <User>uploader</User>\n  <Pass encoding="base64">{b}</Pass>\n  <Name>Web uploads</Name>\n</Server>')
p = pw(12)
add('en', 'block', ['credential'], 'a MikroTik configuration export with a user password.',
    'Review this RouterOS export before I apply it to the branch router:\n\n/system identity set name=branch-07\n'
    f'/user add name=netops group=full password={p}\n/ip service set telnet disabled=yes\n')
p = pw(10)
add('en', 'block', ['credential'], "an Asterisk SIP peer with its secret.",
    f'The desk phone will not register. sip.conf:\n\n[2107]\ntype=friend\nhost=dynamic\nsecret={p}\ncontext=office\n')
neg('en', 'a KeePass XML export with protected values left out.',
    '<Entry>\n  <String><Key>Title</Key><Value>Backup NAS</Value></String>\n  <String><Key>UserName</Key><Value>nasadmin</Value></String>\n'
    '  <String><Key>Password</Key><Value ProtectInMemory="True" /></String>\n</Entry>\n\nWhy is the password empty in the export?')
neg('en', "'git credential fill' output with the password redacted.",
    'protocol=https\nhost=git.example.org\nusername=build-bot\npassword=<redacted>\n\nIs it normal that the helper returns this?')
neg('en', 'a FileZilla entry that keeps its password in the master-password store.',
    '<Server>\n  <Host>ftp.example.com</Host>\n  <Port>21</Port>\n  <User>uploader</User>\n  <Pass encoding="crypt" pubkey="'
    + rnd(64, HEX) + '" />\n</Server>\n\nDoes "crypt" mean it is safe to share this file?')
neg('en', 'a RouterOS export where the password is shown as hidden.',
    '/user add name=netops group=full\n/user set netops password=""\n# passwords are not exported (hide-sensitive)\n\nExplain this export.')
neg('en', 'a SIP configuration template with a variable secret.',
    '[template-phone](!)\ntype=friend\nhost=dynamic\nsecret=${SIP_SECRET}\ncontext=office\n\nHow do I inherit this template?')

# ---- Vietnamese (each with diacritics and typed without)
p1, p2 = pw(10), pw(11)
vi('block', ['credential'], 'a tab-separated account list copied from Excel, headers "Ten dang nhap" and "Mat khau".',
   'Em dán bảng từ Excel, anh gộp giúp em theo phòng:\n\nPhong\tTen dang nhap\tMat khau\n'
   f'Ke toan\tketoan.hn\t{p1}\nVan thu\tvanthu.hn\t{p2}\n')
p = pw(11)
vi('block', ['credential'], 'OCR of a sticky-note photo where the label lost its marks ("Mât khấu").',
   f'Chữ em nhận dạng từ ảnh tờ giấy dán màn hình:\n\nTài khoản: phongtccb\nMât khấu: {ocr(p)}\n\nanh xem giúp chữ nào nhận sai không')
vi('pass', [], 'Hard negative: an account sheet whose password column says the password is sent by SMS.',
   'Phong\tTen dang nhap\tMat khau\nKe toan\tketoan.hn\t(gui qua SMS)\nVan thu\tvanthu.hn\t(gui qua SMS)\n\nSắp xếp giúp em theo tên đăng nhập.')
vi('pass', [], 'Hard negative: instructions for exporting passwords from the browser, no password in them.',
   'Hướng dẫn xuất mật khẩu đã lưu từ Chrome: vào Cài đặt > Mật khẩu > Xuất mật khẩu, tệp CSV có các cột name, url, username, password. '
   'Sau khi nhập sang trình quản lý mật khẩu phải xóa tệp CSV ngay.')
vi('pass', [], 'Hard negative: a KeePass question naming the fields only.',
   'Trong KeePass, trường Password và trường UserName khác gì nhau khi dùng tự động điền? Có nên bật ProtectInMemory không?')

# ---- Czech
p = pw(11)
add('cs', 'block', ['credential'], 'an e-mail with the login and password on their own lines under "přihlašovací údaje".',
    f'Dobrý den,\n\nposílám přihlašovací údaje do portálu dodavatele:\nuživatel: novak.sklad\nheslo:\n{p}\n\nS pozdravem\nJana')
p = pw(10)
add('cs', 'block', ['credential'], "OCR of a photo where the label 'Heslo' came out as 'Hes1o'.",
    f'Text z fotky nálepky na routeru:\n\nSSID: Kancelar-2G\nHes1o: {p}\n\nje to čitelné správně?')
neg('cs', 'a KeePass export question with an empty password.',
    '<String><Key>Password</Key><Value /></String>\n\nProč je heslo v exportu prázdné?')
neg('cs', 'a note that the password was sent separately.',
    'Dobrý den, uživatelské jméno je novak.sklad, heslo vám přijde zvlášť SMS zprávou. S pozdravem Jana')

write_round(S, 'round32', 'p32')
