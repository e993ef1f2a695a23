#!/usr/bin/env python3
"""Builds test/probes/round50.jsonl: round 50 of the held-out-style probes, blind batches of every category, Czech and
English first (issue #17) — the session's estimate of the hidden sets' Czech and English part and of their "config
files and long reports". Configs no round held whole (Terraform state and tfvars, Helm values, Ansible inventories
and vault files, GitHub/GitLab CI YAML, Jupyter notebook JSON with outputs, shell history, Dockerfiles,
.npmrc/.pypirc/settings.xml, systemd units, Windows .reg and .ps1, SQL dumps) and long reports (an audit report, a
DPIA, a penetration-test summary, a Czech "zápis z jednání", a municipal "usnesení") with one sensitive line deep
inside, in organisations no round used: a Czech regional hospital's IT, a water board, a university's grant office, a
UK district council, an EU agency's project, a logistics firm. Away from the themes of rounds 47-49 written beside it
(a level told in a sentence or chat; sensitive facts of a named person told in prose; Vietnamese first).

Batch 1 was scored blind on main e4cfb5f before any rule changed for it; batch 2 was written after batch 1's fixes and
scored blind again (figures in docs/quality-history.md). Labels follow the contract and the decisions already written
(an organisation's account passes, an office's contact passes, a published decree warns official-document, sample
configs with placeholders and references pass). Values come from seeded or checked makers (probe_ids.py), so the file
rebuilds byte for byte. Stdlib only."""
import json

from probe_ids import DG, LO, UP, cccd, collector, crc_token, czacct, diacritic_negatives, diacritic_pair, drawn, iban, luhn, mst, nhs, nino_ok, rc, seeded, ssn_ok, write_round

R, rnd = seeded(50050)
S, add, neg = collector()
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)

HEX = DG + 'abcdef'


def pw(n=12):
    return rnd(1, UP) + rnd(n - 5, LO) + R.choice('@#!$*') + rnd(3, DG)


def cza(head):
    return drawn(czacct, head, rnd)


def nino():
    while True:
        s = R.choice('ABCEGHJKLMNPRSTWXYZ') + R.choice('ABCEGHJKLMNPRSTWXYZ') + rnd(6, DG) + R.choice('ABCD')
        if nino_ok(s):
            return s


def ssn():
    while True:
        s = f'{R.randrange(100, 900):03d}-{R.randrange(1, 100):02d}-{R.randrange(1, 10000):04d}'
        if ssn_ok(s):
            return s


def notebook(cells):
    """A Jupyter notebook's JSON as saved on disk: cells of (kind, source, outputs text or None)."""
    out = []
    for n, (kind, src, text) in enumerate(cells, 1):
        c = {'cell_type': kind, 'metadata': {}, 'source': [l + '\n' for l in src.split('\n')[:-1]] + [src.split('\n')[-1]]}
        if kind == 'code':
            c['execution_count'] = n
            c['outputs'] = [] if text is None else [{'name': 'stdout', 'output_type': 'stream',
                                                      'text': [l + '\n' for l in text.split('\n')]}]
        out.append(c)
    return json.dumps({'cells': out, 'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python',
                                                               'name': 'python3'}}, 'nbformat': 4, 'nbformat_minor': 5},
                      indent=1, ensure_ascii=False)


# ================================================================ batch 1 (scored blind on main e4cfb5f)

# ---- classified-marking
add('cs', 'block', ['classified-marking'], 'a Czech regional hospital\'s crisis-staff minutes ("zápis z jednání", ~2 KB) whose '
    'attachment list names one annex with its level in capitals.',
    'ZÁPIS Z JEDNÁNÍ\nkrizového štábu Nemocnice Horní Polabí, a.s.\n\nDatum: 2. 12. 2026, 13:00–14:40\nMísto: zasedací '
    'místnost ředitelství, pavilon A\nPřítomni: MUDr. Karel Vencl (předseda), Ing. Lenka Bradáčová (náměstkyně pro '
    'provoz), Bc. Tomáš Ryba (vedoucí IT), MUDr. Eva Šolcová (urgentní příjem), p. Jiří Holub (bezpečnostní '
    'referent)\nOmluveni: Ing. Pavel Máca\n\n1. Kontrola úkolů z minulého jednání\nÚkol 7/2026 (náhradní zdroj '
    'elektřiny pro operační sály) splněn, revize dieselagregátu DA-2 proběhla 24. 11.\nÚkol 8/2026 (cvičení evakuace '
    'pavilonu C) se přesouvá na leden 2027.\n\n2. Kybernetická bezpečnost\nVedoucí IT informoval o pokusu o phishing '
    'na účty lékařů dne 27. 11.; žádný účet nebyl kompromitován. Školení zaměstnanců proběhne v lednu.\n\n'
    '3. Traumatologický plán\nAktualizace traumatologického plánu je hotová, připomínky do 15. 12. Kapacita '
    'urgentního příjmu při hromadném neštěstí: 24 lůžek, z toho 6 resuscitačních.\n\n4. Různé\nSchůzka s HZS kraje '
    'k zásobování vodou při výpadku dne 10. 12.\n\nÚkoly:\n- Ú9/2026: rozeslat traumatologický plán primářům '
    '(T: 5. 12., Z: Bradáčová)\n- Ú10/2026: objednat náhradní UPS pro serverovnu (T: 20. 12., Z: Ryba)\n\n'
    'Přílohy:\n1. Prezenční listina\n2. Harmonogram cvičení 2027\n3. Analýza rizik objektu nemocnice a plán fyzické '
    'ostrahy – VYHRAZENÉ, ev. č. V-14/2026, 1 výtisk u bezpečnostního referenta\n\nZapsala: Monika Tichá\n'
    'Ověřil: MUDr. Karel Vencl')
add('en', 'block', ['classified-marking'], 'a UK district council\'s long report (~2 KB, markdown from Word) whose document-control '
    'table gives the protective marking in a cell.',
    '# Thornbury Vale District Council\n## Cabinet Report — Homelessness Prevention Grant Allocation 2027/28\n\n'
    '| Document control | |\n|---|---|\n| Report author | Head of Housing Needs |\n| Portfolio holder | Cllr A. '
    'Pennington |\n| Protective marking | OFFICIAL-SENSITIVE |\n| Key decision | Yes |\n| Wards affected | All |\n\n'
    '### 1. Purpose\nTo agree the allocation of the Homelessness Prevention Grant for 2027/28 and the commissioning of '
    'two supported-accommodation schemes.\n\n### 2. Background\nThe council received 1,142 homelessness approaches '
    'in 2025/26, an increase of 18 % on the previous year. Temporary accommodation spend exceeded budget by £412,000.\n\n'
    '### 3. Proposals\n3.1 Commission 24 units of supported accommodation for young people aged 16–24.\n3.2 Extend '
    'the rough sleeper outreach contract for 12 months.\n3.3 Fund a private-rented-sector access scheme (rent in '
    'advance and deposits).\n\n### 4. Financial implications\nThe grant for 2027/28 is £1.36m; the proposals commit '
    '£1.29m, leaving £70k unallocated for in-year pressures.\n\n### 5. Recommendation\nThat Cabinet approves the '
    'allocation in Appendix A.\n')
nb_eu = notebook([
    ('markdown', '# EU-HYDRA pilot — water-infrastructure threat picture\nAnalyst notebook, sprint 14', None),
    ('code', 'import pandas as pd\nincidents = pd.read_csv("incidents_2026.csv")\nincidents.groupby("country").size()',
     'country\nAT     4\nCZ     7\nHU     3\nSK     5\ndtype: int64'),
    ('markdown', '## Extract from the agency assessment (RESTREINT UE/EU RESTRICTED)\nThe three pumping stations with '
                 'single-point-of-failure telemetry are listed in table 2 of the assessment; do not publish the map.', None),
    ('code', 'incidents[incidents.severity >= 4].shape', '(6, 11)'),
])
add('en', 'block', ['classified-marking'], 'an EU agency project\'s Jupyter notebook JSON whose markdown cell heads an extract '
    '"(RESTREINT UE/EU RESTRICTED)".', nb_eu, 'ipynb')
add('en', 'block', ['classified-marking'], 'a logistics firm\'s SOP for a US defence contract, pasted from PDF with the CUI '
    'designation indicator block and no banner line.',
    'Carpathia Freight Ltd — Standard Operating Procedure SOP-LOG-031\nSecure handling of export-controlled shipments\n\n'
    'Controlled by: Defense Logistics Agency\nCUI Category: EXPT\nLimited Dissemination Control: FEDCON\n'
    'POC: Contracts Office, +1 703 555 0144\n\n1. Scope\nThis procedure applies to all consignments marked ITAR or '
    'EAR99 moving through the Ostrava cross-dock.\n2. Storage\nConsignments are held in cage 3 with access logged '
    'on the badge system; no photographs of labels.\n3. Transport\nTwo drivers, no unscheduled stops, GPS tracking '
    'reported to the customer every 30 minutes.\n')
add('cs', 'block', ['classified-marking'], 'a Czech university grant office\'s e-mail: the NATO SPS project\'s interim report '
    'carries "NATO RESTRICTED" and must not go by ordinary mail.',
    'Dobrý den, pane docente,\n\nk projektu NATO SPS G6132 (senzorová síť pro vodárenské nádrže): průběžná zpráva za '
    'rok 2026 je označena NATO RESTRICTED, proto ji prosím neposílejte běžným e-mailem ani přes OneDrive. Předejte ji '
    'osobně na grantové oddělení (budova R, dv. 214), registratura ji odešle přes kurýra ministerstva.\n\nFinanční '
    'část (čerpání 71 %) můžete poslat normálně.\n\nS pozdravem\nMgr. Hana Lhotská\nGrantové oddělení, '
    'Západočeská technická univerzita')
add('cs', 'block', ['classified-marking'], 'a Czech water board\'s forwarded e-mail whose subject carries the level in capitals '
    'before the title, without diacritics.',
    '---------- Přeposlaná zpráva ----------\nOd: Krizový manažer VaK Berounka <krizovy@vak-berounka.cz>\n'
    'Datum: 1. 12. 2026 15:12\nPředmět: DUVERNE - plan nouzoveho zasobovani pitnou vodou, verze 3\nKomu: '
    'vedeni@vak-berounka.cz\n\nV příloze posílám třetí verzi plánu. Změny: nové odběrné místo cisteren u ÚV Dolany, '
    'upravené trasy pro Beroun-sever.\n\nPetr Šimek')
vi('block', ['classified-marking'], 'a Vietnamese water company\'s internal audit report (~1.5 KB) with the level in brackets '
   'after an annex\'s name deep inside.',
   'CÔNG TY CỔ PHẦN CẤP NƯỚC SÔNG ĐÀ\nBAN KIỂM SOÁT NỘI BỘ\n\nBÁO CÁO KIỂM TOÁN NỘI BỘ NĂM 2026\n(Lĩnh vực: an toàn '
   'hệ thống cấp nước)\n\n1. Phạm vi kiểm toán\nNhà máy nước Hòa Bình, trạm bơm tăng áp số 2 và số 5, hệ thống '
   'SCADA trung tâm.\n\n2. Kết quả\n2.1. Quy trình vận hành: cơ bản tuân thủ; 03 trạm chưa cập nhật nhật ký vận hành.\n'
   '2.2. An ninh trạm bơm: hàng rào trạm số 5 hư hỏng 12 m, chưa có camera cổng phụ.\n2.3. Hóa chất xử lý: tồn '
   'kho clo đúng định mức.\n\n3. Kiến nghị\n- Sửa hàng rào trạm số 5 trong quý I/2027;\n- Lắp camera cổng phụ;\n'
   '- Cập nhật Phương án bảo vệ công trình cấp nước trọng yếu (Mật) theo chỉ đạo của Công an tỉnh.\n\n'
   '4. Phụ lục kèm theo\nPhụ lục 1: Danh mục trạm bơm\nPhụ lục 2: Sơ đồ bố trí lực lượng bảo vệ (Mật)\n\n'
   'TRƯỞNG BAN KIỂM SOÁT\nĐinh Văn Lực')

# ---- official-document
add('cs', 'warn', ['official-document'], 'a Czech water authority\'s decision (rozhodnutí) with its file number and appeal notice.',
    'MĚSTSKÝ ÚŘAD BEROUN\nodbor životního prostředí – vodoprávní úřad\nČ. j.: MBE/48213/2026/ŽP-Kol\nSp. zn.: '
    'ŽP/3017/2026\nVyřizuje: Ing. Kolářová\nDatum: 30. 11. 2026\n\nROZHODNUTÍ\n\nMěstský úřad Beroun, odbor životního '
    'prostředí, jako vodoprávní úřad příslušný podle § 104 odst. 2 písm. c) vodního zákona, povoluje společnosti '
    'Vodovody a kanalizace Berounka a.s. odběr podzemní vody z vrtu HV-7 v množství 4,5 l/s.\n\nPoučení o odvolání:\n'
    'Proti tomuto rozhodnutí se lze odvolat do 15 dnů ode dne jeho oznámení ke Krajskému úřadu Středočeského kraje.\n')
add('en', 'warn', ['official-document'], 'an English translation of a Czech ministry letter with its reference number and '
    'distribution list, pasted for proofreading.',
    'Can you check the English of this translation? Thanks!\n\nMINISTRY OF HEALTH OF THE CZECH REPUBLIC\n'
    'Ref. No.: MZDR 51204/2026-2/OLZP\nPrague, 1 December 2026\n\nTo the directors of regional hospitals\n\n'
    'Subject: Reporting of cyber incidents under the Cyber Security Act\n\nThe Ministry hereby requests that '
    'hospitals designated as operators of essential services report every incident affecting the hospital '
    'information system within 24 hours to the National Cyber and Information Security Agency.\n\n'
    'Distribution:\n1. Regional hospitals (by data box)\n2. NÚKIB\n3. File\n')
vi('warn', ['official-document'], 'a Vietnamese university\'s science office letter with its number, asked to be turned into an '
   'e-mail.',
   'Viết lại thành email gửi các khoa giúp mình:\n\nĐẠI HỌC THỦY LỢI MIỀN TRUNG\nPHÒNG KHOA HỌC CÔNG NGHỆ\n'
   'Số: 214/TB-KHCN\nV/v đăng ký đề tài khoa học cấp trường năm 2027\n\nKính gửi: Trưởng các khoa, bộ môn\n\n'
   'Phòng KHCN đề nghị các đơn vị tổng hợp đề xuất đề tài cấp trường năm 2027, gửi về phòng trước ngày 20/12/2026.\n'
   'Nơi nhận:\n- Như trên;\n- Lưu: VT, KHCN.')

# ---- national-id
r1, r2, r3 = rc(78, 4, 12, 311, True), rc(91, 10, 3, 127), rc(64, 1, 29, 880, True)
nb_cz = notebook([
    ('code', 'import pandas as pd\ndf = pd.read_sql("SELECT * FROM v_pacient_ambulance", conn)\ndf.head(3)',
     f'       jmeno     prijmeni  rodne_cislo   oddeleni\n0   Markéta   Holečková  {r1}   interna\n'
     f'1     Ondřej      Beneš  {r2}   chirurgie\n2     Jarmila   Kroupová  {r3}   neurologie'),
    ('code', 'df.groupby("oddeleni").size()', 'oddeleni\nchirurgie     412\ninterna       655\nneurologie    201\ndtype: int64'),
])
add('cs', 'block', ['national-id'], 'a Czech hospital analyst\'s Jupyter notebook JSON whose saved output prints patients\' '
    'birth numbers.', nb_cz, 'ipynb')
ni1 = nino()
add('en', 'block', ['national-id'], 'a UK council\'s internal audit report (~2 KB) with one finding naming an employee\'s '
    'National Insurance number deep inside.',
    'Thornbury Vale District Council — Internal Audit\nPayroll and Pensions 2026/27, Final Report\n\n'
    'Assurance opinion: Reasonable\n\n1. Scope\nStarters, leavers and amendments; overtime; pension deductions; '
    'payments to former employees.\n\n2. Summary of findings\n' +
    ''.join(f'2.{i} {t}\n' for i, t in enumerate([
        'Starters were set up with signed contracts in 24 of 25 cases tested.',
        'Leavers were removed from the payroll on time in 23 of 25 cases.',
        'Overtime claims were authorised by a line manager in all cases tested.',
        f'One leaver (J. Hartley, NI number {ni1[:2]} {ni1[2:4]} {ni1[4:6]} {ni1[6:8]} {ni1[8]}) was paid for two months '
        'after leaving; £3,940 is being recovered.',
        'Pension deductions agreed to scheme rates in all cases tested.'], 1)) +
    '\n3. Recommendations\nR1 (medium): leaver forms must reach Payroll within five working days.\nR2 (low): '
    'exception reports to be reviewed monthly.\n\n4. Management response\nAgreed; Head of HR, by 31 March 2027.\n')
s1 = ssn()
add('en', 'block', ['national-id'], 'a logistics firm\'s shell history where one curl posts a driver applicant\'s SSN to the '
    'HR API.',
    '  501  cd ~/projects/driver-onboarding\n  502  git pull\n  503  npm run build\n  504  docker compose up -d\n'
    '  505  curl -s localhost:8080/health\n  506  curl -X POST localhost:8080/api/applicants -H "Content-Type: '
    'application/json" -d \'{"firstName":"Travis","lastName":"Boone","dob":"1987-06-02","ssn":"' + s1 + '",'
    '"cdlState":"OH"}\'\n  507  docker compose logs -f api\n  508  git status\n')
pas1 = rnd(8, DG)
add('cs', 'block', ['national-id'], 'a Czech university grant office\'s travel order row with a researcher\'s passport number.',
    'Cestovní příkaz – zahraniční pracovní cesta č. ZC-2026-0418\nPracovník: doc. Ing. Radek Pešta, Ph.D.\n'
    f'Cíl: Hanoj, Vietnam (projekt TAČR TM04000112)\nTermín: 12.–21. 1. 2027\nCestovní pas: {pas1}, platnost do 08/2031\n'
    'Záloha: 1 200 EUR\nSchválil: proděkan pro vědu')
c1 = cccd('001', 'm', 1983, R.randrange(10**6))
vi('block', ['national-id'], 'a logistics firm\'s SQL dump of its drivers\' table with a CCCD column.',
   '-- MySQL dump 10.13  Distrib 8.0.36\n-- Host: 10.10.2.15    Database: vantai\n\nLOCK TABLES `tai_xe` WRITE;\n'
   'INSERT INTO `tai_xe` (`id`, `ho_ten`, `so_cccd`, `hang_gplx`, `bien_so`) VALUES '
   f'(118,\'Nguyễn Văn Hùng\',\'{c1}\',\'FC\',\'29H-418.22\');\nUNLOCK TABLES;\n', 'sql')

# ---- sensitive-personal
add('en', 'warn', ['sensitive-personal'], 'a UK council\'s DPIA (~2 KB) whose worked example quotes one named resident\'s '
    'health record.',
    'Data Protection Impact Assessment — Assisted Bin Collection Service\n\n1. Need for a DPIA\nThe service '
    'processes health information to decide eligibility for assisted collections.\n\n2. Description of processing\n'
    'Residents apply online; officers check eligibility; crews receive a list of addresses only.\n\n3. Consultation\n'
    'Waste team, Customer Services, Information Governance.\n\n4. Necessity and proportionality\nOnly the eligibility '
    'outcome is shared with crews.\n\n5. Risks\nR1 Health data seen by crews (likelihood remote, impact significant).\n'
    'R2 Excessive retention (possible, minimal).\n\n6. Worked example reviewed by the DPO\nApplication 2026/1187: '
    'Mrs Doreen Sayer, 81, of Mill Lane, Kelbrook — has Parkinson\'s disease and uses a wheelchair since her stroke; '
    'approved.\n\n7. Measures\nCrew lists show address and bin location only.\n\n8. Sign-off\nDPO advice accepted, '
    'residual risk low.\n')
add('cs', 'warn', ['sensitive-personal'], 'a Czech hospital\'s SQL dump of a psychiatry appointments table with names and diagnoses.',
    '--\n-- Data for table `objednavky_psychiatrie`\n--\n\nINSERT INTO `objednavky_psychiatrie` (`id`, `pacient`, '
    '`datum`, `diagnoza`, `poznamka`) VALUES\n(5512, \'Vlasta Kořínková\', \'2026-12-08 09:30\', \'F33.1 rekurentní '
    'depresivní porucha\', \'kontrola po hospitalizaci\'),\n(5513, \'Roman Slanina\', \'2026-12-08 10:00\', \'F10.2 '
    'závislost na alkoholu\', \'první návštěva\');\n', 'sql')

# ---- financial
ac1 = cza('27')
add('cs', 'block', ['financial'], 'a Czech municipal council\'s resolution text (~1.5 KB) granting a subsidy to a private person, '
    'with her account.',
    'USNESENÍ\nz 9. zasedání Zastupitelstva města Hořovice konaného dne 26. 11. 2026\n\n'
    'Usnesení č. 9/1/2026\nZastupitelstvo schvaluje program zasedání.\n\nUsnesení č. 9/2/2026\nZastupitelstvo '
    'schvaluje rozpočtové opatření č. 6/2026.\n\nUsnesení č. 9/3/2026\nZastupitelstvo schvaluje poskytnutí dotace z '
    'programu Obnova fasád 2026 ve výši 85 000 Kč paní Aleně Matouškové, Palackého 411, Hořovice, a uzavření '
    f'veřejnoprávní smlouvy; dotace bude vyplacena na účet příjemkyně č. {ac1}/0300.\n\nUsnesení č. 9/4/2026\n'
    'Zastupitelstvo bere na vědomí zprávu o činnosti městské policie.\n\nUsnesení č. 9/5/2026\nZastupitelstvo '
    'schvaluje prodej pozemku p. č. 1402/7 v k. ú. Hořovice.\n\nOvěřovatelé: Ing. Jan Čermák, Věra Nováková\n'
    'Starosta: Mgr. Pavel Kubeš')
card1 = luhn('4' + rnd(14, DG), 16)
nb_fr = notebook([
    ('code', 'tx = pd.read_parquet("chargebacks_nov.parquet")\nprint(tx[tx.amount > 5000][["pan", "holder", "amount"]])',
     f'                pan            holder   amount\n311  {card1}  GARETH LLOYD   7420.00'),
])
add('en', 'block', ['financial'], 'a logistics firm\'s notebook JSON whose printed output shows a customer\'s full card number.',
    nb_fr, 'ipynb')
add('en', 'block', ['financial'], 'a UK council\'s long audit finding giving an employee\'s sort code and account number.',
    'Finding 4 — Change of bank details\nOn 3 November a request to change the bank details of an employee, Ms Karen '
    'Whitby (Revenues), was received by e-mail and processed without a call-back. The new details (sort code '
    f'{rnd(2, DG)}-{rnd(2, DG)}-{rnd(2, DG)}, account number {rnd(8, DG)}) belonged to a fraudster; the November salary '
    'of £2,114 was lost.\nRecommendation: all changes of bank details to be verified by telephone using the number '
    'held on file.\n')

# ---- credential
add('en', 'block', ['credential'], 'a water board\'s Terraform state JSON with the database\'s generated password in the '
    'resource attributes.',
    json.dumps({'version': 4, 'terraform_version': '1.6.6', 'serial': 41, 'lineage': '6f1c2a4e-' + rnd(4, HEX) + '-4d1b-9a77-' + rnd(12, HEX),
                'resources': [{'mode': 'managed', 'type': 'azurerm_postgresql_flexible_server', 'name': 'scada_hist',
                               'provider': 'provider["registry.terraform.io/hashicorp/azurerm"]',
                               'instances': [{'schema_version': 0, 'attributes': {
                                   'name': 'psql-scada-hist-prod', 'administrator_login': 'scadaadmin',
                                   'administrator_password': pw(18), 'sku_name': 'GP_Standard_D2s_v3',
                                   'version': '15', 'zone': '1'}, 'sensitive_attributes': []}]}]}, indent=2), 'json')
add('en', 'block', ['credential'], 'a hospital IT team\'s Helm values file with the PostgreSQL password written in.',
    '# values-prod.yaml — lab results portal\nreplicaCount: 2\nimage:\n  repository: harbor.nhp.local/lab/portal\n'
    '  tag: "3.8.1"\ningress:\n  enabled: true\n  hosts:\n    - host: vysledky.nemocnice-hp.cz\npostgresql:\n'
    '  enabled: true\n  auth:\n    username: labportal\n' f'    password: "{pw(14)}"\n    database: lab\n'
    'resources:\n  limits:\n    memory: 1Gi\n', 'yaml')
add('en', 'block', ['credential'], 'a logistics firm\'s Ansible vault file shown decrypted ("ansible-vault view").',
    '$ ansible-vault view group_vars/prod/vault.yml\nVault password: \n---\n'
    f'vault_wms_db_password: "{pw(16)}"\nvault_sftp_customs_user: "carpathia_edi"\n'
    f'vault_sftp_customs_password: "{pw(13)}"\nvault_smtp_relay_user: "noreply"\n', 'txt')
add('cs', 'block', ['credential'], 'a Czech university\'s GitLab CI YAML with the deploy password written as a variable.',
    '# .gitlab-ci.yml – web grantového oddělení\nstages: [build, deploy]\n\nvariables:\n  DEPLOY_HOST: "web1.zctu.cz"\n'
    f'  DEPLOY_USER: "granty"\n  DEPLOY_PASSWORD: "{pw(12)}"   # TODO přesunout do CI/CD proměnných\n\nbuild:\n'
    '  stage: build\n  script: [npm ci, npm run build]\n\ndeploy:\n  stage: deploy\n  script:\n    - sshpass -p '
    '"$DEPLOY_PASSWORD" rsync -a dist/ $DEPLOY_USER@$DEPLOY_HOST:/var/www/granty\n  only: [main]\n', 'yaml')
add('en', 'block', ['credential'], 'an EU agency project\'s .pypirc pasted to ask why the upload fails.',
    'twine upload keeps saying 403, here is my ~/.pypirc:\n\n[distutils]\nindex-servers =\n    pypi\n    hydra-internal\n\n'
    '[hydra-internal]\nrepository = https://nexus.eu-hydra.eu/repository/pypi-internal/\nusername = svc-hydra-build\n'
    f'password = {pw(15)}\n')
add('cs', 'block', ['credential'], 'a Czech hospital\'s systemd unit with the database password in an Environment= line.',
    '# /etc/systemd/system/pacs-bridge.service\n[Unit]\nDescription=Most mezi PACS a NIS\nAfter=network-online.target\n\n'
    '[Service]\nUser=pacsbridge\nEnvironment=NIS_DB_HOST=nis-db01\nEnvironment=NIS_DB_USER=pacs_bridge\n'
    f'Environment=NIS_DB_PASS={pw(13)}\nExecStart=/opt/pacs-bridge/bin/bridge --config /etc/pacs-bridge.yml\n'
    'Restart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n', 'txt')
add('en', 'block', ['credential'], 'a logistics firm\'s Windows .reg file setting auto-logon for a warehouse kiosk with its '
    'password.',
    'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n'
    '"AutoAdminLogon"="1"\n"DefaultUserName"="kiosk-dock3"\n"DefaultDomainName"="CARPATHIA"\n'
    f'"DefaultPassword"="{pw(12)}"\n', 'reg')
add('cs', 'block', ['credential'], 'a Czech water board\'s PowerShell script with a service account password as plain text.',
    '# Zaloha SCADA historie na NAS – spoustet planovacem uloh\n$user = "VAK\\svc_zaloha"\n'
    f'$heslo = ConvertTo-SecureString "{pw(14)}" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.'
    'PSCredential($user, $heslo)\nNew-PSDrive -Name Z -PSProvider FileSystem -Root \\\\nas02\\zalohy -Credential $cred\n'
    'Copy-Item D:\\Historian\\*.bak Z:\\scada\\ -Force\n', 'ps1')
add('en', 'block', ['credential'], 'a university developer\'s .npmrc with an npm access token.',
    'registry=https://registry.npmjs.org/\n@zctu:registry=https://npm.pkg.github.com/\n'
    f'//registry.npmjs.org/:_authToken={crc_token("npm_", rnd(30, DG + UP + LO))}\nsave-exact=true\n')
vi('block', ['credential'], 'a Vietnamese logistics developer\'s shell history with a MySQL root password on the command line.',
   '  88  ssh deploy@10.10.2.15\n  89  sudo systemctl status vantai-api\n'
   f'  90  mysql -u root -p\'{pw(12)}\' vantai -e "select count(*) from tai_xe"\n  91  exit\n')

# ---- contact
add('cs', 'warn', ['contact'], 'Czech minutes of a water board meeting naming a resident with his private mobile.',
    'Zápis z jednání se zástupci osady Dolany, 3. 12. 2026\n\n1. Tlak vody v horní části osady\nObčané si stěžují na '
    'nízký tlak v odpoledních hodinách. VaK provede měření tlaku u č. p. 41 a 57.\n2. Kontaktní osoba za osadu\n'
    f'Za osadu bude s VaK komunikovat pan Milan Sedláček, mobil 7{rnd(2, DG)} {rnd(3, DG)} {rnd(3, DG)}.\n'
    '3. Termín dalšího jednání: leden 2027.\n')
add('en', 'warn', ['contact'], 'an EU project\'s stakeholder list pasted from a spreadsheet with a farmer\'s private mailbox '
    'and mobile.',
    'Stakeholder\tRole\tContact\nDanube Water Board\tpartner\tinfo@dwb-example.org\n'
    f'Mr Ferenc Tóth\tlocal farmer, pilot site 2\tferenc.toth{rnd(2, DG)}@gmail.com, +36 30 {rnd(3, DG)} {rnd(4, DG)}\n'
    'Municipality of Dunaföldvár\tobserver\tpolgarmester@dunafoldvar-example.hu\n')

# ---- infrastructure
add('en', 'warn', ['infrastructure'], 'a logistics firm\'s Ansible inventory with internal hosts and addresses (no secrets).',
    '# inventories/prod/hosts.ini\n[wms]\nwms-app01.carpathia.local ansible_host=10.40.1.21\nwms-app02.carpathia.local '
    'ansible_host=10.40.1.22\n\n[db]\nwms-db01.carpathia.local ansible_host=10.40.2.10\n\n[edi]\nedi-gw.carpathia.local '
    'ansible_host=10.40.3.5\n\n[all:vars]\nansible_user=deploy\n', 'ini')
add('cs', 'warn', ['infrastructure'], 'a Czech penetration-test summary (~1.5 KB) listing the water board\'s internal SCADA hosts.',
    'SHRNUTÍ PENETRAČNÍHO TESTU – VaK Berounka a.s.\nTermín testu: 10.–21. 11. 2026\nRozsah: interní síť, VPN, '
    'webové aplikace\n\nCelkové hodnocení: STŘEDNÍ RIZIKO\n\nNejzávažnější zjištění:\n1. Z kancelářské sítě je '
    'dostupné HMI rozhraní SCADA (scada-hmi01.vak.local, 172.18.40.11) přes protokol VNC bez hesla.\n2. Historian '
    '(172.18.40.20) používá nepodporovanou verzi Windows Server 2012.\n3. VPN nevyžaduje vícefaktorové ověření.\n\n'
    'Doporučení: segmentace sítě OT/IT, MFA na VPN, upgrade historianu.\n')

# ---- hard negatives
neg('en', 'a Terraform tfvars sample with placeholders and a variable marked sensitive.',
    '# terraform.tfvars.example — copy to terraform.tfvars and fill in\nlocation      = "westeurope"\nenvironment   = '
    '"dev"\nadmin_login   = "scadaadmin"\nadmin_password = "<CHANGE_ME>"\n\n# variables.tf\nvariable "admin_password" {\n'
    '  type      = string\n  sensitive = true\n}\n')
neg('en', 'Helm values that point at an existing Kubernetes secret.',
    'postgresql:\n  enabled: true\n  auth:\n    username: labportal\n    existingSecret: labportal-db\n'
    '    secretKeys:\n      userPasswordKey: password\n', 'yaml')
neg('en', 'an Ansible vault file as stored (encrypted).',
    '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(rnd(80, HEX) for _ in range(5)) + '\n', 'yml')
neg('en', 'a GitHub Actions workflow reading its credentials from secrets.',
    'name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n'
    '      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n          DEPLOY_USER: ${{ secrets.DEPLOY_USER }}\n'
    '          DEPLOY_PASSWORD: ${{ secrets.DEPLOY_PASSWORD }}\n', 'yaml')
neg('en', 'a Jupyter notebook JSON on a public dataset with aggregated outputs.', notebook([
    ('markdown', '# Eurostat water abstraction 2015-2024', None),
    ('code', 'df = pd.read_csv("env_wat_abs.csv")\ndf.groupby("geo")["value"].mean().round(1)',
     'geo\nAT    3411.2\nCZ    1602.7\nHU    5120.4\nSK     610.9\nName: value, dtype: float64')]), 'ipynb')
neg('en', 'shell history where MySQL prompts for the password.',
    '  88  ssh deploy@bastion\n  89  mysql -u report -p wms -e "select count(*) from shipments"\n  90  history | tail\n')
neg('cs', 'a Czech Dockerfile with a build argument and no value.',
    'FROM python:3.12-slim\n# heslo k DB se předává až při spuštění přes proměnnou prostředí\nARG PIP_INDEX_URL\n'
    'ENV DB_HOST=db DB_USER=app\nCOPY . /app\nRUN pip install -r /app/requirements.txt\nCMD ["python", "/app/main.py"]\n')
neg('en', 'an .npmrc and a Maven settings.xml reading their tokens from the environment.',
    '.npmrc:\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n\nsettings.xml:\n<servers>\n  <server>\n    <id>nexus</id>\n'
    '    <username>${env.NEXUS_USER}</username>\n    <password>${env.NEXUS_PASSWORD}</password>\n  </server>\n</servers>\n')
neg('cs', 'a Czech systemd unit reading its environment from a file.',
    '[Service]\nUser=pacsbridge\nEnvironmentFile=/etc/pacs-bridge/env   # heslo je v souboru s právy 0600\n'
    'ExecStart=/opt/pacs-bridge/bin/bridge\n')
neg('en', 'a .reg file that turns auto-logon off.',
    'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n'
    '"AutoAdminLogon"="0"\n"DefaultPassword"=-\n', 'reg')
neg('en', 'a UK council\'s published premises-licence register (businesses, public).',
    'Premises Licence Register — Thornbury Vale District Council\nLicence no.\tPremises\tLicence holder\tHours\n'
    'PL/2026/0412\tThe Old Forge, High St, Kelbrook\tForge Inns Ltd\tMon–Sat 11:00–23:00\n'
    'PL/2026/0418\tKelbrook Village Stores\tKelbrook Stores Ltd\tdaily 07:00–22:00\n')
neg('en', 'a published penetration-test methodology note without any host or value.',
    'How we test: our annual penetration test covers the external perimeter, the VPN and the public web '
    'applications. Findings are rated with CVSS 3.1; passwords found in cleartext are reported by location only and '
    'rotated the same day.')
neg('en', 'a blank DPIA template.',
    'DPIA template\n1. Need for a DPIA: [explain]\n2. Description of processing: [nature, scope, context, purpose]\n'
    '3. Special category data processed? [yes/no — which]\n4. Risks and measures: [table]\n5. DPO advice: [ ]\n')
neg('en', 'an EU staff training slide listing the EU classification levels.',
    'EUCI levels (Council Decision 2013/488/EU): TRÈS SECRET UE/EU TOP SECRET, SECRET UE/EU SECRET, CONFIDENTIEL '
    'UE/EU CONFIDENTIAL, RESTREINT UE/EU RESTRICTED. Only cleared staff may handle EUCI; use the registry.')
neg('cs', 'Czech news on the council\'s resolutions (no number, no account).',
    'Hořovičtí zastupitelé ve středu schválili dotace na opravy fasád pro jedenáct majitelů domů v centru, prodej '
    'pozemku u koupaliště a rozpočtové opatření. Zprávu městské policie vzali na vědomí.')
neg('cs', 'a Czech public business-register extract of the water company.',
    'Výpis z obchodního rejstříku\nObchodní firma: Vodovody a kanalizace Berounka a.s.\nSídlo: Mostní 120, 266 01 '
    'Beroun\nIdentifikační číslo: 46356991\nPrávní forma: Akciová společnost\nStatutární orgán: předseda '
    'představenstva Ing. Petr Šimek\nZákladní kapitál: 220 000 000 Kč\n')
neg('cs', 'Czech minutes of a university grant office meeting (long, nothing sensitive).',
    'Zápis z porady grantového oddělení, 1. 12. 2026\nPřítomni: Lhotská, Bureš, Navrátilová, Pešta\n\n1. Výzva GA ČR '
    '2027 – uzávěrka 8. 4. 2027, interní termín 25. 3.\n2. Projekty Horizon Europe – 3 podané, 1 v hodnocení.\n'
    '3. Audit projektů OP JAK – bez nálezu.\n4. Různé: školení k novému grantovému systému 14. 1. 2027.\n')
neg('cs', 'a Czech hospital sign for reserved parking ("Vyhrazené parkoviště").',
    'VYHRAZENÉ PARKOVIŠTĚ\npro vozidla záchranné služby a dialyzační pacienty\nNemocnice Horní Polabí, a.s.\n')
neg('cs', 'a Czech public DPIA summary about the hospital\'s camera system (no person).',
    'Posouzení vlivu na ochranu osobních údajů – kamerový systém nemocnice (shrnutí pro veřejnost)\nZáznamy se uchovávají '
    '72 hodin, přístup má pouze bezpečnostní referent. Zvláštní kategorie osobních údajů se nezpracovávají.')
vineg('a water company\'s public tariff notice with the company\'s own account.',
      'THÔNG BÁO GIÁ NƯỚC SINH HOẠT NĂM 2027\nCông ty CP Cấp nước Sông Đà thông báo giá nước bậc 1: 7.500 đ/m³. Khách '
      f'hàng thanh toán qua tài khoản của Công ty số {"1" + rnd(12, DG)} tại Vietcombank Hòa Bình, ghi mã khách hàng.')
vineg('a university\'s published list of funded projects (public).',
      'DANH SÁCH ĐỀ TÀI KHOA HỌC CẤP TRƯỜNG ĐƯỢC PHÊ DUYỆT NĂM 2027\n1. Mô hình dự báo lũ lưu vực sông Đà – TS. Lê Minh Tâm\n'
      '2. Cảm biến chất lượng nước giá rẻ – ThS. Phạm Thu Hà\n3. Vật liệu chống thấm cho đập đất – PGS.TS. Trần Quốc Bảo')

# ================================================================ batch 2 (written after batch 1's fixes, scored blind)

# ---- classified-marking
add('cs', 'block', ['classified-marking'], 'a Czech hospital IT penetration-test report whose document-control table gives '
    'the classification in a cell.',
    '# Zpráva z penetračního testu NIS – Nemocnice Horní Polabí\n\n| Položka | Hodnota |\n|---|---|\n| Zadavatel | '
    'Nemocnice Horní Polabí, a.s. |\n| Dodavatel | SecuTest s.r.o. |\n| Verze | 1.2 |\n| Klasifikace dokumentu | '
    'DŮVĚRNÉ |\n| Datum | 4. 12. 2026 |\n\n## Manažerské shrnutí\nTestování odhalilo 2 kritické a 5 středních '
    'zranitelností. Kritické: nezáplatovaný webový server laboratorního portálu a sdílené lokální administrátorské '
    'heslo na stanicích oddělení.\n\n## Doporučení\n1. Nasadit LAPS.\n2. Aktualizovat portál na verzi 3.9.\n')
add('en', 'block', ['classified-marking'], 'a UK council e-mail thread (~1.5 KB) whose quoted original carries an '
    'OFFICIAL-SENSITIVE subject line.',
    'Hi Sam,\n\nSee below — can you get the chronology to me by Wednesday? I have booked the panel for the 14th.\n\n'
    'Thanks\nRuth\n\n-----Original Message-----\nFrom: Ruth Oakley\nSent: 02 December 2026 09:14\nTo: Adult Social '
    'Care Managers\nSubject: OFFICIAL-SENSITIVE – Safeguarding Adults Review, Kelbrook case – panel arrangements\n\n'
    'Colleagues,\n\nThe Safeguarding Adults Board has agreed to commission a review. Please preserve all records '
    'and send me the names of staff involved since January. Do not discuss the case outside the panel.\n\nRuth '
    'Oakley\nHead of Safeguarding\nThornbury Vale District Council\n')
nb_cui = notebook([
    ('markdown', 'CUI//SP-PRVCY\n# Driver medical certification — compliance check', None),
    ('code', 'certs = pd.read_csv("dot_medical_certs.csv")\ncerts["expired"].mean().round(3)', '0.042'),
])
add('en', 'block', ['classified-marking'], 'a logistics firm\'s notebook JSON whose first markdown cell is a CUI banner line.',
    nb_cui, 'ipynb')
add('en', 'block', ['classified-marking'], 'an EU project deliverable\'s cover table giving its dissemination level as '
    'EU RESTRICTED.',
    'EU-HYDRA — Resilient water infrastructure for the Danube region\nGrant Agreement No 101121871\n\n'
    'Deliverable D4.2 — Vulnerability assessment of pilot sites\n\nWork package: WP4\nLead beneficiary: Danube '
    'Water Board\nDue date: M18\nDissemination level: EU-R — RESTREINT UE/EU RESTRICTED under Decision 2015/444\n'
    'Version: 1.0\n\nExecutive summary\nThe assessment covers three pilot sites and ranks 41 assets by criticality.\n')
vi('block', ['classified-marking'], 'a Vietnamese logistics firm\'s security assessment report with an "Độ mật" row in a '
   'markdown table.',
   '# BÁO CÁO ĐÁNH GIÁ AN TOÀN THÔNG TIN KHO NGOẠI QUAN\n\n| Mục | Nội dung |\n|---|---|\n| Đơn vị | Công ty CP Logistics '
   'Cảng Đình Vũ |\n| Độ mật | Mật |\n| Người lập | Phòng CNTT |\n\n## 1. Hiện trạng\nHệ thống camera kho ngoại quan '
   'có 64 mắt, lưu 30 ngày. Phần mềm quản lý kho kết nối hải quan qua đường truyền riêng.\n\n## 2. Đề xuất\nTách '
   'mạng camera khỏi mạng văn phòng; bổ sung xác thực hai lớp cho tài khoản kết nối hải quan.\n')
add('cs', 'block', ['classified-marking'], 'Czech minutes (zápis) of a water board meeting whose material list names one item '
    '"(DŮVĚRNÉ, výtisk č. 2)".',
    'Zápis č. 11/2026 z jednání představenstva VaK Berounka a.s., 4. 12. 2026\n\nProjednané materiály:\n'
    'a) Hospodaření za 1.–3. čtvrtletí 2026\nb) Plán investic 2027 (obnova řadů Beroun-sever)\nc) Aktualizace '
    'plánu krizové připravenosti (DŮVĚRNÉ, výtisk č. 2) – předložil krizový manažer, materiál vrácen po jednání\n'
    'd) Ceny vodného a stočného 2027\n\nUsnesení: představenstvo schvaluje materiály a), b) a d), materiál c) '
    'bere na vědomí.\n')

# ---- official-document
add('en', 'warn', ['official-document'], 'an English translation of a Vietnamese provincial decision with its number and '
    'recipients, for a logistics firm\'s lawyer.',
    'PEOPLE\'S COMMITTEE OF HAI PHONG CITY\nNo.: 3318/QD-UBND\nHai Phong, 28 November 2026\n\nDECISION\nOn the '
    'allocation of land to Dinh Vu Port Logistics JSC for the bonded warehouse project\n\nTHE CHAIRMAN OF THE '
    'PEOPLE\'S COMMITTEE OF HAI PHONG CITY\nPursuant to the Law on Land ...\n\nArticle 1. To allocate 4.2 ha of '
    'land in Dong Hai 2 ward ...\n\nRecipients:\n- As Article 3;\n- Department of Natural Resources;\n- Archive: '
    'VT.\n\nON BEHALF OF THE PEOPLE\'S COMMITTEE\nVICE CHAIRMAN\n')
add('cs', 'warn', ['official-document'], 'a Czech regional council\'s resolution with its number, pasted to be summarised.',
    'Shrň mi to do tří vět:\n\nRADA STŘEDOČESKÉHO KRAJE\nUSNESENÍ č. 041-38/2026/RK\nze dne 1. 12. 2026\n\n'
    'Rada Středočeského kraje\nI. schvaluje poskytnutí neinvestiční dotace společnosti Vodovody a kanalizace '
    'Berounka a.s. ve výši 2 400 000 Kč na náhradní zásobování pitnou vodou;\nII. ukládá odboru regionálního '
    'rozvoje uzavřít smlouvu o poskytnutí dotace.\n\nZa správnost: Ing. Dana Krausová\n')

# ---- national-id
ops = [rnd(9, DG) for _ in range(2)]
add('cs', 'block', ['national-id'], 'a Czech logistics firm\'s SQL dump of drivers with their ID card numbers.',
    'INSERT INTO `ridici` (`id`, `jmeno`, `prijmeni`, `cislo_op`, `skupina_rp`) VALUES\n'
    f'(31, \'Lukáš\', \'Dvořáček\', \'{ops[0]}\', \'C+E\'),\n(32, \'Martin\', \'Hrubý\', \'{ops[1]}\', \'C\');\n', 'sql')
ni2, ni3 = nino(), nino()
add('en', 'block', ['national-id'], 'a UK council\'s notebook JSON whose printed DataFrame shows National Insurance numbers.',
    notebook([('code', 'claims = pd.read_sql("select * from ctr_claims where status = \'review\'", con)\nclaims.head(2)',
               f'   claim_id        name   ni_number  weekly_award\n0     88213   Dean Farrow   {ni2}        14.20\n'
               f'1     88240   Lisa Quigley  {ni3}        22.75')]), 'ipynb')
s2 = ssn()
add('en', 'block', ['national-id'], 'a logistics firm\'s SQL dump of US driver applicants with an ssn column.',
    'COPY public.applicants (id, full_name, ssn, cdl_class, state) FROM stdin;\n'
    f'4411\tMarcus Odell\t{s2}\tA\tPA\n\\.\n', 'sql')
c2 = cccd('031', 'f', 1992, R.randrange(10**6))
vi('block', ['national-id'], 'a Vietnamese developer\'s shell history with a curl posting a customer\'s CCCD.',
   '  310  cd ~/kho-ngoai-quan\n  311  npm run dev\n  312  curl -X POST http://localhost:3000/api/khach-hang -H '
   f'"Content-Type: application/json" -d \'{{"hoTen":"Phạm Thị Thu","cccd":"{c2}","sdt":"ẩn"}}\'\n  313  git add .\n')

# ---- sensitive-personal
add('en', 'warn', ['sensitive-personal'], 'a UK council\'s SQL dump of housing applicants with religion and disability '
    'columns.',
    'INSERT INTO housing_register (app_id, applicant, band, religion, disability, notes) VALUES\n'
    '(20931, \'Amira Haddad\', \'B\', \'Muslim\', \'Multiple sclerosis, wheelchair user\', \'needs ground floor\');\n', 'sql')
add('cs', 'warn', ['sensitive-personal'], 'a Czech hospital notebook JSON whose output lists named patients with HIV '
    'diagnoses.',
    notebook([('code', 'df[df.dg.str.startswith("B20")][["pacient", "dg", "oddeleni"]]',
               '        pacient   dg      oddeleni\n14  Radek Šustr  B20  infekční\n51  Ivo Klement  B20  infekční')]),
    'ipynb')

# ---- financial
ac2, ac3 = cza('19'), cza('35')
add('cs', 'block', ['financial'], 'a Czech university\'s SQL dump of grant-paid wages with employees\' accounts.',
    'INSERT INTO `mzdy_projekt` (`osobni_cislo`, `jmeno`, `projekt`, `castka`, `ucet`) VALUES\n'
    f'(10422, \'Tereza Málková\', \'GA26-01877S\', 18400, \'{ac2}/0100\'),\n'
    f'(10587, \'Jakub Šindel\', \'GA26-01877S\', 12650, \'{ac3}/2010\');\n', 'sql')
add('en', 'block', ['financial'], 'a UK council\'s CSV export of creditor amendments with a private landlord\'s sort code '
    'and account.',
    'amendment_id,creditor,type,sort_code,account_no,requested_by\n'
    f'AM-2026-1187,Mr Stephen Rook (private landlord),bank change,{rnd(2, DG)}-{rnd(2, DG)}-{rnd(2, DG)},{rnd(8, DG)},'
    'Housing Benefit team\n')
card2 = luhn('5' + R.choice('12345') + rnd(13, DG), 16)
add('en', 'block', ['financial'], 'a logistics developer\'s shell history with a curl charging a full card number.',
    '  77  curl https://api.stripe.com/v1/payment_methods -u "$STRIPE_KEY:" -d type=card -d '
    f'"card[number]={card2}" -d "card[exp_month]=11" -d "card[exp_year]=2029" -d "card[cvc]={rnd(3, DG)}"\n'
    '  78  history | grep stripe\n')

# ---- credential
nb_pg = notebook([
    ('code', 'import psycopg2\nconn = psycopg2.connect(host="10.12.0.8", dbname="granty", user="analytik",\n'
             f'                        password="{pw(13)}")\ncur = conn.cursor()', None),
    ('code', 'cur.execute("select count(*) from projekty")\ncur.fetchone()', '(412,)'),
])
add('en', 'block', ['credential'], 'a university grant office\'s notebook JSON connecting to PostgreSQL with the password '
    'in the cell.', nb_pg, 'ipynb')
add('cs', 'block', ['credential'], 'a Czech Dockerfile with the database password baked into an ENV line.',
    'FROM eclipse-temurin:21-jre\n# interní aplikace objednávek cisteren\nENV SPRING_DATASOURCE_URL=jdbc:postgresql://'
    f'db:5432/cisterny\nENV SPRING_DATASOURCE_USERNAME=cisterny\nENV SPRING_DATASOURCE_PASSWORD={pw(12)}\n'
    'COPY target/cisterny.jar /app.jar\nENTRYPOINT ["java", "-jar", "/app.jar"]\n')
add('en', 'block', ['credential'], 'a council developer\'s Maven settings.xml with a repository password written in.',
    '<settings>\n  <servers>\n    <server>\n      <id>tvdc-nexus</id>\n      <username>build-bot</username>\n'
    f'      <password>{pw(14)}</password>\n    </server>\n  </servers>\n</settings>\n', 'xml')
add('en', 'block', ['credential'], 'an Ansible inventory with an SSH password in the host line.',
    '[scada_hmi]\nhmi01 ansible_host=172.18.40.11 ansible_user=operator ' f'ansible_password={pw(11)}\n'
    'hmi02 ansible_host=172.18.40.12 ansible_user=operator ansible_password="{{ vault_hmi_password }}"\n', 'ini')
add('cs', 'block', ['credential'], 'a Czech Terraform tfvars with the real admin password filled in.',
    '# terraform.tfvars – produkce (NEcommitovat!)\nlocation        = "germanywestcentral"\nprostredi       = "prod"\n'
    f'admin_login     = "nisadmin"\nadmin_password  = "{pw(15)}"\n')
add('en', 'block', ['credential'], 'a SQL dump that creates the application user with its password.',
    '-- Dump completed on 2026-12-03\nCREATE USER \'wms_app\'@\'10.40.%\' IDENTIFIED BY ' f'\'{pw(13)}\';\n'
    'GRANT SELECT, INSERT, UPDATE ON wms.* TO \'wms_app\'@\'10.40.%\';\nFLUSH PRIVILEGES;\n', 'sql')
vi('block', ['credential'], 'a Vietnamese logistics firm\'s GitHub Actions workflow with the SMTP password written in.',
   'name: gui-bao-cao\non:\n  schedule:\n    - cron: "0 1 * * *"\njobs:\n  report:\n    runs-on: ubuntu-latest\n'
   '    env:\n      SMTP_HOST: smtp.dinhvulogistics.vn\n      SMTP_USER: baocao@dinhvulogistics.vn\n'
   f'      SMTP_PASSWORD: "{pw(12)}"   # mật khẩu email báo cáo\n    steps:\n      - run: python gui_bao_cao.py\n', 'yaml')

# ---- contact
add('cs', 'warn', ['contact'], 'a Czech grant office\'s CSV of applicants with a private mailbox and mobile.',
    'prijmeni;jmeno;fakulta;email;telefon\nKadlecová;Petra;FAV;kadlecova.petra' + rnd(2, DG) + '@seznam.cz;'
    f'+420 7{rnd(2, DG)} {rnd(3, DG)} {rnd(3, DG)}\n')
add('en', 'warn', ['contact'], 'a water board runbook naming the on-call engineer with a personal mobile.',
    'Runbook — telemetry outage at pumping station PS-3\n1. Check the RTU heartbeat on the historian dashboard.\n'
    '2. If the RTU is down for more than 15 minutes, call the on-call engineer.\n'
    f'On-call this week: Gareth Pryce, personal mobile 07{R.choice("89")}{rnd(2, DG)} {rnd(6, DG)}.\n'
    '3. Log the outage in the shift book.\n')

# ---- infrastructure
add('cs', 'warn', ['infrastructure'], 'a Czech GitLab CI file deploying to the hospital\'s internal hosts.',
    'deploy_prod:\n  stage: deploy\n  tags: [nhp-runner]\n  script:\n    - rsync -a build/ deploy@nis-web01.nhp.local:/srv/nis/\n'
    '    - ssh deploy@10.30.5.21 "systemctl restart nis-web"\n  environment: produkce\n', 'yaml')
add('en', 'warn', ['infrastructure'], 'a Terraform show output listing VMs with their private addresses (no secrets).',
    '# azurerm_linux_virtual_machine.historian:\nresource "azurerm_linux_virtual_machine" "historian" {\n'
    '    admin_username      = "scadaadmin"\n    computer_name       = "vak-hist01"\n    private_ip_address  = '
    '"10.60.2.14"\n    size                = "Standard_D4s_v5"\n}\n')

# ---- hard negatives (batch 2)
neg('en', 'a notebook JSON that asks for the password with getpass.', notebook([
    ('code', 'from getpass import getpass\nconn = psycopg2.connect(host=os.environ["PGHOST"], user="analytik", '
             'password=getpass())', None)]), 'ipynb')
neg('en', 'a SQL dump of users with bcrypt hashes only.',
    'INSERT INTO users (id, login, password_hash) VALUES\n(1, \'admin\', \'$2b$12$' + rnd(53, DG + UP + LO) + '\');\n', 'sql')
neg('en', 'a Dockerfile that mounts the secret at build time.',
    '# syntax=docker/dockerfile:1\nFROM node:20\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n')
neg('cs', 'a Czech Ansible inventory whose passwords come from the vault.',
    '[scada_hmi]\nhmi01 ansible_host=scada-hmi01 ansible_password="{{ vault_hmi_password }}"  # heslo je ve vaultu\n', 'ini')
neg('en', 'terraform plan output with the sensitive value hidden.',
    '  # azurerm_postgresql_flexible_server.scada_hist will be updated in-place\n  ~ resource "azurerm_postgresql_'
    'flexible_server" "scada_hist" {\n      ~ administrator_password = (sensitive value)\n        name = "psql-scada-hist-prod"\n    }\n')
neg('en', 'a chart README\'s default values with an empty password.',
    '## Parameters\n| Name | Description | Value |\n|---|---|---|\n| `auth.username` | Name of the custom user | `""` |\n'
    '| `auth.password` | Password for the custom user; ignored if `auth.existingSecret` is set | `""` |\n')
neg('cs', 'a Czech water company\'s annual report excerpt with its own account and IČO.',
    'Výroční zpráva 2026 (výtah)\nVodovody a kanalizace Berounka a.s., IČO 46356991\nBankovní spojení: '
    f'{cza("27")}/0800\nTržby za vodné a stočné vzrostly o 6,1 %; ztráty vody v síti klesly na 14,8 %.\n')
neg('en', 'a UK council\'s published audit committee summary (no names).',
    'Audit Committee, 28 November 2026 — summary of decisions\nThe committee noted eleven internal audit reports '
    '(two limited assurance), approved the counter-fraud strategy and asked for a report on payroll controls in March.')
neg('en', 'an EU deliverable cover marked public.',
    'Deliverable D2.1 — Stakeholder map\nDissemination level: PU — Public, fully open\nVersion: 1.1\n')
neg('cs', 'a Czech university\'s published vulnerability disclosure policy.',
    'Zásady hlášení zranitelností: Pokud najdete zranitelnost v systémech univerzity, napište na bezpecnost@zctu.cz. '
    'Netestujte dostupnost služeb a nepracujte s osobními údaji; hesla ani data nám neposílejte.')
neg('en', 'shell history reading the password from Vault.',
    '  90  export PGPASSWORD=$(vault kv get -field=password secret/wms/db)\n  91  psql -h wms-db01 -U wms_app wms\n')
vineg('a logistics firm\'s recruitment notice with the HR office\'s hotline.',
      'TUYỂN DỤNG: Công ty CP Logistics Cảng Đình Vũ tuyển 10 nhân viên kho ngoại quan, làm việc tại Hải Phòng. '
      'Hồ sơ gửi phòng Nhân sự, hotline 1900 6868, email tuyendung@dinhvulogistics.vn.')

# ================================================================ batch 3 (written after batch 2's fixes, scored blind)

# ---- classified-marking
add('cs', 'block', ['classified-marking'], 'a Czech registry system\'s SQL export whose level column holds "Vyhrazené" for one '
    'document.',
    'INSERT INTO `dokumenty` (`cj`, `vec`, `zpracovatel`, `stupen_utajeni`, `pocet_listu`) VALUES\n'
    '(\'NHP-4412/2026\', \'Objednávka UPS pro serverovnu\', \'Ryba\', \'Neutajované\', 2),\n'
    '(\'NHP-4419/2026\', \'Plán fyzické ostrahy areálu\', \'Holub\', \'Vyhrazené\', 6);\n', 'sql')
add('en', 'block', ['classified-marking'], 'a UK council report pasted from PDF with its running header between pages.',
    'Thornbury Vale District Council — Corporate Risk Register review\n\n3.4 Cyber attack on the council\'s network '
    '(risk score 20). Controls: immutable backups, MFA on remote access, annual penetration test.\n\n'
    'OFFICIAL-SENSITIVE\nPage 3 of 7\n\n3.5 Failure of the waste contractor (risk score 16). Controls: contract '
    'monitoring, step-in plan.\n3.6 Loss of key staff in Revenues (risk score 12).\n')
add('en', 'block', ['classified-marking'], 'a Markdown report\'s YAML front matter with a classification key.',
    '---\ntitle: "Water resilience exercise — lessons identified"\nauthor: EU-HYDRA WP6\ndate: 2026-12-02\n'
    'classification: OFFICIAL-SENSITIVE\n---\n\n## Summary\nThe exercise tested the loss of telemetry at two pumping '
    'stations for 48 hours.\n')
add('en', 'block', ['classified-marking'], 'an EU project e-mail saying an annex is attached separately with its NATO level in '
    'brackets.',
    'Dear partners,\n\nplease find the minutes of the Brno meeting attached. Annex B (NATO RESTRICTED) with the list '
    'of exercise sites will be handed over at the next meeting only.\n\nBest regards,\nKatalin Varga\nWP6 leader\n')
add('cs', 'block', ['classified-marking'], 'a Czech OCR\'d cover page without diacritics with the level and copy number.',
    'VODOVODY A KANALIZACE BEROUNKA a.s.\nVYHRAZENE\nVytisk c. 1\nPocet listu: 9\n\nPLAN KRIZOVE PRIPRAVENOSTI\n'
    'SUBJEKTU KRITICKE INFRASTRUKTURY\n\nZpracoval: krizovy manazer\nSchvalil: predstavenstvo dne 4. 12. 2026\n')
vi('block', ['classified-marking'], 'a Vietnamese water company\'s report exported with the level in a tab-separated form row.',
   'Tên tài liệu:\tPhương án phòng chống khủng bố, phá hoại nhà máy nước Hòa Bình\nĐộ mật:\tMật\nĐơn vị soạn thảo:\t'
   'Phòng Bảo vệ\nSố trang:\t14\n\nNội dung chính: bố trí 03 chốt gác, tuần tra 2 giờ một lần khu bể chứa và trạm clo.\n')

# ---- official-document
add('cs', 'warn', ['official-document'], 'a Czech extract of a town council\'s resolutions with its number, asked to be shortened.',
    'Zkrať mi to na jeden odstavec do zpravodaje:\n\nMĚSTO HOŘOVICE\nVýpis z usnesení Rady města č. 47/2026 ze dne '
    '2. 12. 2026\nČ. j.: MH/21877/2026\n\nUsnesení č. 47/12/2026\nRada města schvaluje uzavření nájemní smlouvy na '
    'nebytové prostory v č. p. 411 se spolkem Senioři Hořovice, z. s., za nájemné 1 Kč/rok.\n\nMgr. Pavel Kubeš, starosta\n')
add('en', 'warn', ['official-document'], 'an English translation of a Czech ministry letter with "Our ref." and a distribution '
    'list.',
    'MINISTRY OF THE INTERIOR OF THE CZECH REPUBLIC\nCrisis Management Department\nOur ref.: MV-84120-2/KR-2026\n'
    'Prague, 30 November 2026\n\nTo: Regional authorities — crisis management departments\n\nSubject: Exercise of '
    'drinking-water emergency supply, spring 2027\n\nThe Department asks regional authorities to nominate one water '
    'operator per region for the exercise by 15 January 2027.\n\nDistribution list:\n1. Regional authorities (14)\n'
    '2. General Directorate of the Fire Rescue Service\n3. Records office\n')

# ---- national-id
r4 = rc(78, 7, 19, 507)
add('cs', 'block', ['national-id'], 'a Czech hospital admin\'s shell history grepping an export for a patient\'s birth number.',
    '  1021  cd /srv/export\n  1022  ls -la\n' f'  1023  grep -n "{r4}" pacienti_2026-12.csv\n  1024  wc -l pacienti_2026-12.csv\n')
pp2 = rnd(9, DG)
add('en', 'block', ['national-id'], 'an EU project mission\'s travel YAML with a participant\'s passport number.',
    'mission: brno-exercise-2027-01\ntravellers:\n  - name: "Oliver Brennan"\n    nationality: IE\n'
    f'    passport_no: "{pp2}"\n    passport_expiry: 2030-04-11\n    hotel: Hotel Continental Brno\n', 'yaml')
c3 = cccd('031', 'm', 1988, R.randrange(10**6))
vi('block', ['national-id'], 'a Vietnamese logistics firm\'s notebook output listing drivers with their CCCD.',
   notebook([('code', 'tx[["ho_ten", "cccd", "bien_so"]].head(1)',
              f'          ho_ten          cccd     bien_so\n0  Đỗ Văn Khải  {c3}  15C-338.41')]), 'ipynb')

# ---- sensitive-personal
add('en', 'warn', ['sensitive-personal'], 'a UK council notebook output listing named tenants with their disability.',
    notebook([('code', 'adapt = pd.read_sql("select tenant, adaptation, reason from adaptations", con)\nadapt.head(2)',
               '            tenant        adaptation                       reason\n0   Colin Mayhew   stairlift      '
               'COPD, on home oxygen\n1   Janet Pruitt   wet room       multiple sclerosis')]), 'ipynb')

# ---- financial
ib2 = iban('CZ', '0800' + '000000' + cza('28'))
add('cs', 'block', ['financial'], 'Czech grant office minutes refunding a researcher\'s advance to her private IBAN, spaced.',
    'Zápis z porady grantového oddělení, 3. 12. 2026\n1. Vyúčtování cest: dr. Navrátilová doložila vyúčtování '
    'cesty do Hanoje; přeplatek 4 310 Kč se vrací na její soukromý účet ' + ' '.join(ib2[i:i + 4] for i in range(0, 24, 4)) +
    '.\n2. Uzávěrka GA ČR – interní termín 25. 3. 2027.\n')
add('en', 'block', ['financial'], 'a UK council SQL dump of direct-debit mandates with residents\' sort codes and accounts.',
    'INSERT INTO dd_mandates (account_ref, payer_name, sort_code, account_number, day) VALUES\n'
    f'(\'CT-88213-4\', \'Dean Farrow\', \'{rnd(2, DG)}-{rnd(2, DG)}-{rnd(2, DG)}\', \'{rnd(8, DG)}\', 15);\n', 'sql')

# ---- credential
add('en', 'block', ['credential'], 'a water board\'s Terraform provider block with the vSphere password written in.',
    'provider "vsphere" {\n  user                 = "svc-terraform@vsphere.local"\n'
    f'  password             = "{pw(14)}"\n  vsphere_server       = "vcsa01.vak.local"\n  allow_unverified_ssl = true\n}}\n')
add('cs', 'block', ['credential'], 'a Czech Ansible group_vars file with the MySQL root password in plain text.',
    '# group_vars/all.yml – NIS laboratoř\nmysql_root_user: root\n' f'mysql_root_password: "{pw(13)}"   # TODO do vaultu\n'
    'mysql_databases:\n  - name: lab\n', 'yaml')
add('en', 'block', ['credential'], 'a notebook JSON whose output prints a full database URL with its password.',
    notebook([('code', 'print(engine.url.render_as_string(hide_password=False))',
               f'postgresql://analytik:{pw(12)}@10.12.0.8:5432/granty')]), 'ipynb')
add('cs', 'block', ['credential'], 'a Czech SQL Server script changing the sa password, pasted to ask about an error.',
    'Proč mi to hází chybu 15118?\n\nALTER LOGIN [sa] WITH PASSWORD = N\'' f'{pw(12)}' '\', CHECK_POLICY = ON;\nGO\n', 'sql')
vi('block', ['credential'], 'a Vietnamese developer\'s shell history creating a Kubernetes secret from a literal.',
   '  140  kubectl config use-context prod-kho\n  141  kubectl -n kho create secret generic db-kho '
   f'--from-literal=username=kho_app --from-literal=password=\'{pw(13)}\'\n  142  kubectl -n kho rollout restart deploy/api\n')

# ---- contact
add('cs', 'warn', ['contact'], 'a Czech hospital shift roster CSV with nurses\' private mobiles.',
    'datum;směna;sestra;mobil\n7.12.;noc;Bc. Jana Fialová;' f'7{R.choice("2379")}{rnd(1, DG)} {rnd(3, DG)} {rnd(3, DG)}\n'
    '8.12.;den;Lucie Horká;' f'60{R.choice("12345678")} {rnd(3, DG)} {rnd(3, DG)}\n')

# ---- infrastructure
add('en', 'warn', ['infrastructure'], 'a council\'s .reg file mapping a drive to an internal file server.',
    'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Network\\H]\n"RemotePath"="\\\\\\\\fs02.tvdc.local\\\\home$"\n'
    '"UserName"=""\n"ProviderName"="Microsoft Windows Network"\n', 'reg')
add('cs', 'warn', ['infrastructure'], 'a Czech systemd mount unit for the hospital\'s internal archive share.',
    '# /etc/systemd/system/mnt-archiv.mount\n[Mount]\nWhat=//10.30.5.40/archiv\nWhere=/mnt/archiv\nType=cifs\n'
    'Options=credentials=/etc/cifs-archiv,vers=3.0\n')

# ---- hard negatives (batch 3)
neg('en', 'a Terraform provider block reading its credentials from variables.',
    'provider "vsphere" {\n  user                 = var.vsphere_user\n  password             = var.vsphere_password\n'
    '  vsphere_server       = var.vsphere_server\n}\n')
neg('cs', 'Czech Ansible group_vars pointing at the vault.',
    '# group_vars/all.yml\nmysql_root_password: "{{ vault_mysql_root_password }}"   # heslo je ve vaultu\n', 'yaml')
neg('en', 'a notebook output with the database URL masked.',
    notebook([('code', 'print(engine.url)', 'postgresql://analytik:***@db-host:5432/granty')]), 'ipynb')
neg('en', 'shell history creating a Kubernetes secret from a file.',
    '  141  kubectl -n kho create secret generic db-kho --from-file=password=./db_password.txt\n  142  shred -u db_password.txt\n')
neg('en', 'a pentest summary naming a printer\'s factory default login (public).',
    'Finding 7 (low): the label printer in the dispatch office still accepts the manufacturer\'s default login '
    '(admin/admin, as printed in the public manual). Recommendation: change it and disable the web console.')
neg('en', 'an accreditation note naming the highest NATO level a network may hold.',
    'The new project network is accredited for information up to NATO RESTRICTED (NR); anything higher goes through '
    'the national registry.')
neg('cs', 'a Czech job advert for a security director with the clearance level.',
    'Hledáme bezpečnostního ředitele/ku. Požadujeme VŠ vzdělání, osvědčení NBÚ pro stupeň Tajné nebo ochotu projít '
    'bezpečnostním řízením, praxi 5 let.')
neg('cs', 'a Czech report colophon with "Všechna práva vyhrazena".',
    'Výroční zpráva o kvalitě vody 2026\n© Vodovody a kanalizace Berounka a.s., 2026. Všechna práva vyhrazena. '
    'Přetisk jen se souhlasem vydavatele.')
neg('en', 'a public GOV.UK-style guidance line about the OFFICIAL-SENSITIVE caveat.',
    'Guidance: the OFFICIAL-SENSITIVE caveat should be used sparingly, for information whose loss would cause '
    'more than routine damage.')
neg('en', 'an SQL dump of a public bus timetable.',
    'INSERT INTO departures (stop, route, time) VALUES (\'Kelbrook Green\', \'X12\', \'07:15\'), '
    '(\'Kelbrook Green\', \'X12\', \'07:45\');\n', 'sql')
neg('cs', 'a Czech README with a sample config and placeholders.',
    'Konfigurace:\n```\ndb:\n  host: localhost\n  user: lab\n  heslo: <vaše heslo>\n```\nHeslo nikdy necommitujte.')
neg('cs', 'a Czech town\'s published list of grant recipients (public).',
    'Přehled poskytnutých dotací 2026 – program Obnova fasád: Alena Matoušková 85 000 Kč, Jiří Šebek 62 000 Kč, '
    'SVJ Palackého 12 140 000 Kč.')
neg('en', 'a logistics firm\'s public shipment-tracking output.',
    'Tracking number: CF2612048837\nContainer: MSKU 418224-7\nStatus: Arrived at Ostrava cross-dock, 07 Dec 2026 06:12\n')
neg('en', 'shell history printing a public key.',
    '  55  ssh-keygen -t ed25519 -C "deploy@ci"\n  56  cat ~/.ssh/id_ed25519.pub\n'
    f'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rnd(43, DG + UP + LO)} deploy@ci\n')
vineg('a water company\'s public tender notice with the company\'s tax code and account.',
      f'THÔNG BÁO MỜI THẦU: Công ty CP Cấp nước Sông Đà (MST {drawn(mst, "54", rnd)}) mời thầu gói cung cấp đồng hồ nước. '
      f'Bảo đảm dự thầu nộp vào tài khoản của Công ty số {"1" + rnd(12, DG)} tại BIDV Hòa Bình.')

# ================================================================ batch 4 (written after batch 3's fixes, scored blind)

# ---- classified-marking
add('cs', 'block', ['classified-marking'], 'Czech minutes (~1.5 KB) of a university security committee: copies of a named '
    'material "(TAJNÉ)" were handed out and taken back.',
    'Zápis z 6. jednání bezpečnostní komise Západočeské technické univerzity\nDatum: 3. 12. 2026\nPřítomni: prorektor '
    'Mgr. Jiří Beneš, Ing. Hana Lhotská, plk. v. v. Ing. Karel Štěpánek, Bc. Radim Kos\n\n1. Zahájení, schválení '
    'programu.\n2. Kontrola plnění úkolů: revize přístupových karet do laboratoří dokončena; výměna zámků budovy R '
    'proběhne v lednu.\n3. Projekt obranného výzkumu: bezpečnostní ředitel předal členům výtisky č. 1–3 materiálu '
    '„Analýza hrozeb pro zkušebnu pohonů“ (TAJNÉ), které po projednání vybral zpět a uložil v registratuře.\n'
    '4. Školení zaměstnanců k phishingu – účast 64 %.\n5. Různé: příští jednání 4. 2. 2027.\n\nZapsal: Bc. Radim Kos\n')
add('en', 'block', ['classified-marking'], 'a logistics SOP with CUI portion marks at paragraph starts and no banner.',
    'SOP-LOG-044 Cross-dock security, Ostrava\n\n(U) Purpose. This SOP sets the handling of defence consignments at the '
    'cross-dock.\n(CUI) Consignments for the customer are staged in cage 3; the cage code is changed weekly and issued '
    'only to the two shift leads.\n(CUI) The route to the airbase uses the D1 and the northern gate; departure times '
    'vary by up to 2 hours.\n(U) Questions to the security officer.\n')
add('en', 'block', ['classified-marking'], 'an EU Council working document\'s header merged on one line by pdftotext, with '
    'LIMITE.',
    'Council of the European Union          Brussels, 1 December 2026 (OR. en)          14512/26   LIMITE   JAI 1501   '
    'COSI 201\n\nNOTE\nFrom: Presidency\nTo: Standing Committee on Operational Cooperation on Internal Security\n'
    'Subject: Protection of drinking-water infrastructure — draft conclusions\n\n1. Delegations will find below the '
    'draft conclusions prepared by the Presidency.\n')
vi('block', ['classified-marking'], 'a Vietnamese notebook JSON whose markdown cell quotes a report title with "(Mật)" after '
   'its number.',
   notebook([('markdown', '## Trích Báo cáo số 118/BC-CTN ngày 02/12/2026 (Mật)\nSố liệu sự cố rò rỉ clo tại trạm xử lý số 2, '
                          'dùng cho phân tích nội bộ.', None),
             ('code', 'df = pd.read_excel("su_co_2026.xlsx")\ndf["thoi_gian_xu_ly"].describe()', 'count    14.0\nmean      3.2')]),
   'ipynb')
add('cs', 'block', ['classified-marking'], 'a Czech page footer of a water board plan with the level between dashes and the page.',
    '4.3 Náhradní zásobování\nCisterny se přistaví na odběrná místa uvedená v tabulce 7 do 6 hodin od vyhlášení.\n\n'
    'Utajované – VYHRAZENÉ – strana 5 z 12\n\n4.4 Komunikace s obyvateli\nObec vyhlásí odběrná místa rozhlasem.\n')

# ---- official-document
add('cs', 'warn', ['official-document'], 'a Czech building office\'s decision pasted from OCR with its file number.',
    'MĚSTSKÝ ÚŘAD HOŘOVICE\nodbor výstavby a územního plánování\nČ. j.: MH/19822/2026/VÚP-Mar\nSp. zn.: VÚP/1145/2026\n\n'
    'ROZHODNUTÍ\nStavební úřad povoluje stavbu „Rekonstrukce vodovodního řadu ul. Palackého“ pro stavebníka Vodovody '
    'a kanalizace Berounka a.s.\n\nPoučení: Proti rozhodnutí lze podat odvolání do 15 dnů.\n')

# ---- national-id
r5 = rc(79, 2, 8, 640)
add('cs', 'block', ['national-id'], 'a Czech PowerShell script creating an AD user with the birth number as employee id.',
    '# zalozeni uzivatelu z personalniho systemu\nNew-ADUser -Name "Petr Král" -SamAccountName "kralp" '
    f'-EmployeeID "{r5}" -Department "Laboratoř" -Enabled $true\n', 'ps1')
ni4 = nino()
add('en', 'block', ['national-id'], 'a UK council HR chat with a National Insurance number typed in lower case with spaces.',
    '[10:02] Priya (HR): new starter for Revenues, Tom Ashby, starts Monday\n'
    f'[10:03] Priya (HR): his ni is {" ".join([ni4[:2].lower(), ni4[2:4], ni4[4:6], ni4[6:8], ni4[8].lower()])}, can you set him up on payroll\n'
    '[10:05] Mark (Payroll): will do\n')
s3 = ssn()
add('en', 'block', ['national-id'], 'an OCR\'d US withholding form of a logistics driver with the SSN written with dots.',
    'Form W-4 (2026) Employee\'s Withholding Certificate\nStep 1: (a) First name and middle initial: DWAYNE R   Last name: '
    f'MOSLEY\n(b) Social security number: {s3.replace("-", ".")}\nAddress: 4410 Carnegie Ave, Cleveland OH 44103\n'
    '(c) [X] Single or Married filing separately\n')
pv = 'C' + rnd(7, DG)
vi('block', ['national-id'], 'a Vietnamese list of delegates for an EU project trip with passport numbers.',
   f'DANH SÁCH ĐOÀN CÔNG TÁC DỰ HỘI THẢO EU-HYDRA TẠI BRNO\n1. Lê Minh Tâm – Trưởng đoàn – Số hộ chiếu: {pv}\n'
   '2. Phạm Thu Hà – Thành viên – Số hộ chiếu: đang làm thủ tục cấp\nThời gian: 10–17/01/2027')

# ---- sensitive-personal
add('en', 'warn', ['sensitive-personal'], 'a UK council SQL dump of a Traveller site register with named residents\' ethnicity.',
    'INSERT INTO site_register (pitch, resident, ethnicity, household) VALUES\n(4, \'Patrick Ward\', \'Irish Traveller\', 5),\n'
    '(7, \'Mary Lee\', \'Romany Gypsy\', 3);\n', 'sql')

# ---- financial
ib3 = iban('CZ', '2010' + '000000' + cza('24'))
add('cs', 'block', ['financial'], 'a Czech SEPA payment file (pain.001 XML) paying a private person\'s IBAN.',
    '<CdtTrfTxInf>\n  <PmtId><EndToEndId>GRANT-2026-0418</EndToEndId></PmtId>\n  <Amt><InstdAmt Ccy="CZK">4310.00</InstdAmt></Amt>\n'
    '  <Cdtr><Nm>Petra Navrátilová</Nm></Cdtr>\n' f'  <CdtrAcct><Id><IBAN>{ib3}</IBAN></Id></CdtrAcct>\n'
    '  <RmtInf><Ustrd>vratka preplatku cestovneho</Ustrd></RmtInf>\n</CdtTrfTxInf>\n', 'xml')
card3 = luhn('4' + rnd(14, DG), 16)
add('en', 'block', ['financial'], 'a HAR entry whose postData text holds a card number in escaped JSON.',
    '{"request": {"method": "POST", "url": "https://pay.carpathia-freight.example/api/charge", "postData": {"mimeType": '
    f'"application/json", "text": "{{\\"cardNumber\\":\\"{card3}\\",\\"expiry\\":\\"11/29\\",\\"holder\\":\\"G LLOYD\\"}}"}}}}}}')

# ---- credential
add('en', 'block', ['credential'], 'shell history with a Helm upgrade setting the database password on the command line.',
    '  210  helm repo update\n  211  helm upgrade --install lab bitnami/postgresql -n lab '
    f'--set auth.username=labportal --set auth.password={pw(13)} --set primary.persistence.size=20Gi\n  212  kubectl -n lab get pods\n')
add('cs', 'block', ['credential'], 'a Czech pip.conf with credentials in the index URL.',
    '# /etc/pip.conf – interní Nexus univerzity\n[global]\n' f'index-url = https://granty-build:{pw(12)}@nexus.zctu.cz/repository/pypi/simple\n'
    'trusted-host = nexus.zctu.cz\n')
add('en', 'block', ['credential'], 'a PowerShell profile setting an Azure client secret.',
    '# deploy.ps1\n$env:ARM_CLIENT_ID = "' + rnd(8, HEX) + '-' + rnd(4, HEX) + '-4' + rnd(3, HEX) + '-a' + rnd(3, HEX) + '-' + rnd(12, HEX) + '"\n'
    f'$env:ARM_CLIENT_SECRET = "{rnd(3, DG + UP + LO)}8Q~{rnd(34, DG + UP + LO + "_-.")}"\n' '$env:ARM_TENANT_ID = "' + rnd(8, HEX) +
    '-' + rnd(4, HEX) + '-4' + rnd(3, HEX) + '-b' + rnd(3, HEX) + '-' + rnd(12, HEX) + '"\nterraform apply -auto-approve\n', 'ps1')
add('cs', 'block', ['credential'], 'a Czech systemd unit with the SMTP password under a Czech key name.',
    '[Service]\nUser=hlaseni\nEnvironment="SMTP_SERVER=smtp.vak-berounka.cz"\nEnvironment="SMTP_UZIVATEL=hlaseni"\n'
    f'Environment="SMTP_HESLO={pw(12)}"\nExecStart=/opt/hlaseni/bin/odesilac\n')
vi('block', ['credential'], 'a Vietnamese Ansible inventory with the sudo password in the host line.',
   '# inventory kho ngoại quan – máy chủ camera\n[camera]\ncam-nvr01 ansible_host=10.50.1.8 ansible_user=vanhanh '
   f'ansible_become_pass={pw(11)}\n', 'ini')

# ---- contact
add('cs', 'warn', ['contact'], 'a Czech Ansible vars file with the on-call technician\'s SMS number.',
    '# vars/monitoring.yml\nalert_email: dispecink@vak-berounka.cz\n' f'oncall_sms: "+420 7{R.choice("2379")}{rnd(1, DG)} {rnd(3, DG)} {rnd(3, DG)}"   # Jan Brabec, soukromý mobil\n'
    'alert_after_minutes: 15\n', 'yaml')

# ---- infrastructure
add('en', 'warn', ['infrastructure'], 'a notebook JSON whose error output names the internal Elasticsearch node.',
    notebook([('code', 'es = Elasticsearch("http://10.40.3.15:9200")\nes.search(index="shipments-2026", size=5)',
               'ConnectionError: Connection refused: http://10.40.3.15:9200 (es-data02.carpathia.local)')]), 'ipynb')

# ---- hard negatives (batch 4)
neg('en', 'a public Council document header marked PUBLIC.',
    'Council of the European Union   Brussels, 2 December 2026 (OR. en)   15020/26   PUBLIC   ENV 1102\n\nNOTE\n'
    'Subject: Water Resilience Strategy — Council conclusions (approved)\n')
neg('en', 'a security advisory marked TLP:CLEAR.',
    'TLP:CLEAR\nAdvisory 2026-12: phishing campaign against water utilities\nIndicators are listed in the public '
    'feed; share freely.')
neg('cs', 'Czech minutes of a secret ballot (tajné hlasování).',
    'Zápis z volby děkana: hlasování bylo tajné, vydáno 21 hlasovacích lístků, odevzdáno 21, platných 20. Zvolen '
    'prof. Ing. Milan Doubek, CSc.')
neg('cs', 'a Czech SEPA file paying a company\'s IBAN.',
    '<Cdtr><Nm>SecuTest s.r.o.</Nm></Cdtr>\n' f'<CdtrAcct><Id><IBAN>{iban("CZ", "0300" + "000000" + cza("21"))}</IBAN></Id></CdtrAcct>\n'
    '<RmtInf><Ustrd>faktura 2026118 penetracni test</Ustrd></RmtInf>\n', 'xml')
neg('en', 'a HAR entry with the processor\'s test card.',
    '{"postData": {"text": "{\\"cardNumber\\":\\"4242424242424242\\",\\"expiry\\":\\"12/34\\"}"}, "comment": "Stripe test mode"}')
neg('en', 'a Helm upgrade pointing at an existing secret.',
    'helm upgrade --install lab bitnami/postgresql -n lab --set auth.existingSecret=lab-db --set auth.secretKeys.userPasswordKey=pw\n')
neg('cs', 'a Czech pip.conf without credentials.',
    '[global]\nindex-url = https://nexus.zctu.cz/repository/pypi/simple\n# přihlašovací údaje jsou v ~/.netrc\n')
neg('en', 'a PowerShell script asking for the credential.',
    '$cred = Get-Credential -Message "Zadejte servisni ucet"\nInvoke-Command -ComputerName $server -Credential $cred -ScriptBlock { Get-Service }\n', 'ps1')
neg('cs', 'a Czech systemd unit whose password key names a file.',
    '[Service]\nEnvironment="SMTP_HESLO_SOUBOR=/etc/hlaseni/smtp_heslo"\nExecStart=/opt/hlaseni/bin/odesilac\n')
neg('en', 'a blank withholding form.',
    'Form W-4 (2026)\nStep 1: (a) First name and middle initial ______ Last name ______\n(b) Social security number '
    '___-__-____\nDoes your name match the name on your social security card? If not, call 800-772-1213.')
neg('en', 'a public page on finding your National Insurance number.',
    'You can find your National Insurance number on your payslip, P60 or letters about tax, pensions or benefits. '
    'It looks like this: QQ 12 34 56 C.')
neg('en', 'a NATO document released to the public.',
    'NATO UNCLASSIFIED – RELEASABLE TO THE PUBLIC\nAllied Civil Protection Committee — guidelines on water supply '
    'resilience, public edition.')
neg('en', 'a training slide explaining portion marks.',
    'Portion marks come first in each paragraph: (U) Unclassified, (CUI) Controlled Unclassified Information, '
    '(C) Confidential, (S) Secret.')
neg('cs', 'a Czech public procurement notice with the contracting body\'s IČO.',
    'Veřejná zakázka malého rozsahu: Penetrační test NIS 2027. Zadavatel: Nemocnice Horní Polabí, a.s., IČO 26000237. '
    'Lhůta pro podání nabídek: 20. 12. 2026, 10:00.')
vineg('a public list of driving-licence classes for the logistics firm\'s drivers (no IDs).',
      'YÊU CẦU BẰNG LÁI: tài xế container cần bằng FC, tài xế xe tải dưới 3,5 tấn cần bằng B hoặc C1; kiểm tra sức khỏe '
      'định kỳ 6 tháng một lần.')

# ================================================================ batch 5 (written after batch 4's fixes, scored blind)

# ---- classified-marking
add('cs', 'block', ['classified-marking'], 'a Czech town council\'s resolution text whose attachment line closes with the level.',
    'Usnesení č. 12/7/2026\nZastupitelstvo města Hořovice\nI. bere na vědomí Zprávu o připravenosti města na mimořádné '
    'události;\nII. schvaluje aktualizaci povodňového plánu města.\n\nPřílohy:\nPříloha č. 1 – Povodňový plán města '
    '(veřejná část)\nPříloha č. 2 – Plán ochrany vodního zdroje Hořovice – VYHRAZENÉ\n\nMgr. Pavel Kubeš, starosta\n')
add('en', 'block', ['classified-marking'], 'a UK council DPIA (~1.5 KB) whose header block carries "OFFICIAL-SENSITIVE" before '
    'the title in a table row.',
    '| OFFICIAL-SENSITIVE | Data Protection Impact Assessment |\n|---|---|\n| Project | CCTV upgrade, Kelbrook depot |\n'
    '| Owner | Head of Waste Services |\n| Version | 0.3 |\n\n## 1. Processing\nTwelve cameras cover the depot gate, the '
    'fuel island and the vehicle wash. Recordings are kept for 31 days.\n\n## 2. Risks\nR1 Recording of staff break '
    'areas (mitigated: cameras repositioned).\nR2 Access by the contractor\'s staff (mitigated: named accounts, audit log).\n')

# ---- national-id
r6 = rc(85, 11, 2, 233, True)
add('cs', 'block', ['national-id'], 'a Czech hospital DPIA (~1.5 KB) that quotes a real patient record as its example.',
    'Posouzení vlivu na ochranu osobních údajů – objednávkový portál pacientů\n\n1. Popis zpracování\nPacient se '
    'objednává přes portál; systém ověří totožnost proti NIS a odešle potvrzení e-mailem.\n\n2. Rozsah údajů\nJméno, '
    'příjmení, rodné číslo, kontakt, pojišťovna, požadované vyšetření.\n\n3. Příklad záznamu z testovacího provozu\n'
    f'Objednávka 2026-118872: Hana Veselá, RČ {r6}, VZP, MR kolene, 14. 1. 2027 7:40.\n\n4. Rizika a opatření\n'
    'R1 Únik dat z portálu – šifrování, MFA pro administrátory.\nR2 Chybné spárování pacienta – ověření dvou údajů.\n')
pp3 = rnd(8, DG)
add('cs', 'block', ['national-id'], 'a Czech travel agency booking JSON for the grant office with a passport number key.',
    '{"rezervace": "ZC-2027-0031", "cestujici": [{"jmeno": "Radek Pešta", "datumNarozeni": "1976-05-14", '
    f'"cisloPasu": "{pp3}", "platnostPasu": "2031-08-30"}}], "let": "PRG-HAN 12.01.2027"}}', 'json')
n1 = drawn(lambda x: nhs(x[:9]), '4', rnd)
add('en', 'block', ['national-id'], 'a UK council notebook output listing residents with their NHS numbers.',
    notebook([('code', 'care = pd.read_sql("select resident, nhs_no, package from care_packages", con)\ncare.head(1)',
               f'        resident      nhs_no      package\n0   Edith Crowe  {n1[:3]} {n1[3:6]} {n1[6:]}  home care 14h')]), 'ipynb')

# ---- financial
acc5 = '1' + rnd(12, DG)
vi('block', ['financial'], 'a Vietnamese logistics firm\'s SQL dump of staff with a bank-account column.',
   'INSERT INTO `nhan_vien` (`ma_nv`, `ho_ten`, `so_tai_khoan`, `ngan_hang`) VALUES\n'
   f'(\'NV0412\', \'Trần Văn Bình\', \'{acc5}\', \'Vietcombank Hải Phòng\');\n', 'sql')

# ---- credential
add('en', 'block', ['credential'], 'a UK council internal audit finding quoting the shared mailbox password in brackets.',
    'Finding 6 — Shared mailbox security (High)\nThe Revenues shared mailbox is accessed with one password known to '
    f'nine staff ({pw(12)}), written on a note in the team\'s key cabinet. The password has not changed since 2024.\n'
    'Recommendation: move to delegated access and retire the shared password.\n')
add('en', 'block', ['credential'], 'a penetration-test summary listing a recovered service account as user / password.',
    'Key findings\n1. Kerberoasting: the service account svc_backup had a weak password, cracked in 4 minutes.\n'
    f'   Credentials recovered: CARPATHIA\\svc_backup / {pw(11)}\n2. SMB signing not required on 14 hosts.\n'
    '3. LLMNR enabled on the office VLAN.\n')
add('en', 'block', ['credential'], 'a Terraform state\'s outputs section with a sensitive output stored in clear.',
    '{\n  "version": 4,\n  "outputs": {\n    "db_admin_password": {\n' f'      "value": "{pw(16)}",\n'
    '      "type": "string",\n      "sensitive": true\n    },\n    "db_fqdn": {\n      "value": "psql-lab.postgres.database.azure.com",\n'
    '      "type": "string"\n    }\n  }\n}\n', 'json')
add('cs', 'block', ['credential'], 'Czech Helm values with the SMTP password under a Czech key.',
    '# values.yaml – hlášení poruch\nsmtp:\n  server: smtp.vak-berounka.cz\n  uzivatel: hlaseni\n' f'  heslo: "{pw(12)}"\n'
    'replicaCount: 1\n', 'yaml')

# ---- contact
add('cs', 'warn', ['contact'], 'Czech minutes of a hearing with a citizen\'s private mailbox.',
    'Zápis z jednání s občany osady Dolany, 5. 12. 2026\n1. Stížnost na zápach z čistírny odpadních vod – VaK provede '
    'měření.\n2. Zástupce občanů pan Oldřich Matys požádal o zasílání výsledků na svůj e-mail '
    f'oldrich.matys{rnd(2, DG)}@seznam.cz.\n3. Další jednání v únoru.\n')

# ---- infrastructure
add('en', 'warn', ['infrastructure'], 'a UK council audit report (~1 KB) naming the internal backup server deep inside.',
    'ICT Backup and Recovery — Internal Audit 2026/27\n\nAssurance: Limited\n\n1. Backups of the revenues system run '
    'nightly to bkp01.tvdc.local (10.8.2.5) and weekly to tape.\n2. No restore test has been performed since March.\n'
    '3. The tape library is in the same server room as the production servers.\n\nRecommendations: quarterly restore '
    'tests; off-site copies.\n')

# ---- hard negatives (batch 5)
neg('en', 'terraform output hiding a sensitive value.',
    '$ terraform output\ndb_admin_password = <sensitive>\ndb_fqdn = "psql-lab.postgres.database.azure.com"\n')
neg('en', 'an audit recommendation about passwords without any value.',
    'Recommendation 3: shared mailbox passwords should be retired; where a shared account is unavoidable, its password '
    'must be held in the password manager and rotated every 90 days.')
neg('en', 'a pentest summary with the recovered credential redacted.',
    'Credentials recovered: CARPATHIA\\svc_backup / [REDACTED — supplied separately to the client]\n')
neg('cs', 'a Czech resolution\'s attachment list of public documents.',
    'Přílohy:\nPříloha č. 1 – Rozpočet města na rok 2027\nPříloha č. 2 – Střednědobý výhled rozpočtu 2028–2029\n')
neg('cs', 'a Czech annual report on freedom-of-information requests.',
    'Výroční zpráva o poskytování informací podle zákona č. 106/1999 Sb. za rok 2026: počet podaných žádostí 41, '
    'počet rozhodnutí o odmítnutí 3, počet odvolání 1.')
neg('en', 'guidance on the NHS number format with an invalid example.',
    'An NHS number has 10 digits, e.g. 999 999 9999 (not a valid number); the last digit is a check digit.')
neg('cs', 'a Czech booking JSON without a passport number.',
    '{"rezervace": "ZC-2027-0032", "cestujici": [{"jmeno": "Hana Lhotská", "cisloPasu": null}], "let": "PRG-HAN"}', 'json')
neg('en', 'a GitHub Actions log with the secrets masked.',
    'Run ./deploy.sh\n  env:\n    DEPLOY_USER: ***\n    DEPLOY_PASSWORD: ***\nDeploying to production... done\n')
vineg('a Vietnamese SQL schema with a bank-account column and no data.',
      'CREATE TABLE `nhan_vien` (\n  `ma_nv` VARCHAR(10) PRIMARY KEY,\n  `ho_ten` VARCHAR(100) NOT NULL,\n'
      '  `so_tai_khoan` VARCHAR(20) COMMENT \'số tài khoản nhận lương\'\n);')
neg('en', 'a council publication scheme listing classes of information.',
    'Publication scheme: 1. Who we are and what we do. 2. What we spend and how we spend it. 3. Our priorities. '
    '4. How we make decisions (minutes, agendas). 5. Our policies and procedures. 6. Lists and registers.')
neg('cs', 'a Czech IT ticket about a forgotten password without the password.',
    'Požadavek #8812: MUDr. Šolcová zapomněla heslo do NIS, prosím o reset. Nové heslo jí sdělíme telefonicky.')
neg('en', 'an EU agency job advert mentioning the clearance level.',
    'Seconded national expert, Security Unit. Applicants must hold or be able to obtain a personnel security '
    'clearance at EU SECRET level.')

# ================================================================ batch 6 (written after batch 5's fixes, scored blind)

# ---- credential
add('en', 'block', ['credential'], 'a council\'s Windows unattend.xml with the local administrator password in plain text.',
    '<UserAccounts>\n  <AdministratorPassword>\n' f'    <Value>{pw(13)}</Value>\n    <PlainText>true</PlainText>\n'
    '  </AdministratorPassword>\n</UserAccounts>\n', 'xml')
add('en', 'block', ['credential'], 'a water board\'s cloud-init user-data setting the root password.',
    '#cloud-config\nhostname: rtu-gw03\nchpasswd:\n  expire: false\n  list: |\n' f'    root:{pw(12)}\n'
    'ssh_pwauth: true\npackages: [modbus-gateway]\n', 'yaml')
add('en', 'block', ['credential'], 'a hospital Grafana datasource provisioning file with the database password.',
    'apiVersion: 1\ndatasources:\n  - name: NIS-reporting\n    type: postgres\n    url: nis-db01:5432\n    user: grafana_ro\n'
    '    jsonData:\n      database: nis\n      sslmode: disable\n    secureJsonData:\n' f'      password: "{pw(13)}"\n', 'yaml')
add('cs', 'block', ['credential'], 'Czech IT meeting minutes (~1.5 KB) giving the temporary password for new staff deep inside.',
    'Zápis z porady oddělení IT, Nemocnice Horní Polabí, 4. 12. 2026\nPřítomni: Ryba, Kolman, Šťastná, Vojtek\n\n'
    '1. Migrace poštovního serveru – dokončena 30. 11., bez výpadku.\n2. Obnova stanic na interně – 14 z 20 hotovo.\n'
    '3. Nástupy nových zaměstnanců v lednu: účty založí Šťastná do 20. 12.; dočasné heslo pro nové zaměstnance je '
    f'{pw(10)}, při prvním přihlášení se vynutí změna.\n4. Záložní zdroj serverovny – objednávka UPS schválena.\n'
    '5. Různé: školení phishing 12. 1. 2027.\n\nZapsal: Vojtek\n')
add('en', 'block', ['credential'], 'a Kubernetes ConfigMap holding the database password.',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: wms-config\n  namespace: wms\ndata:\n  DB_HOST: wms-db01\n'
    f'  DB_USER: wms_app\n  DB_PASSWORD: "{pw(13)}"\n  LOG_LEVEL: info\n', 'yaml')
vi('block', ['credential'], 'a Vietnamese logistics firm\'s docker-compose with the MySQL root password written in.',
   'services:\n  db:\n    image: mysql:8.0\n    environment:\n' f'      MYSQL_ROOT_PASSWORD: "{pw(12)}"   # mật khẩu root, đổi sau\n'
   '      MYSQL_DATABASE: kho\n', 'yaml')

# ---- classified-marking
add('cs', 'block', ['classified-marking'], 'a Czech Jira issue JSON export whose level field says "Vyhrazené".',
    '{"key": "KRIZ-118", "fields": {"summary": "Aktualizace plánu fyzické ostrahy ÚV Dolany", "stupenUtajeni": '
    '"Vyhrazené", "assignee": "Petr Šimek", "status": "V řešení"}}', 'json')
add('en', 'block', ['classified-marking'], 'a UK council e-mail with a "Protective Marking:" line written without the hyphen.',
    'From: Ruth Oakley\nTo: Safeguarding Adults Board\nSubject: Kelbrook review — draft terms of reference\n'
    'Protective Marking: OFFICIAL SENSITIVE\n\nDear Board members,\n\nplease find the draft terms of reference below. '
    'Comments by 12 December.\n')
add('cs', 'block', ['classified-marking'], 'a Czech OCR cover whose level lost one diacritic mark.',
    'HASIČSKÝ ZÁCHRANNÝ SBOR STŘEDOČESKÉHO KRAJE\nDŮVĚRNE\nVýtisk č. 2\n\nHAVARIJNÍ PLÁN – ÚPRAVNA VODY DOLANY\n')

# ---- national-id
s4 = ssn()
add('en', 'block', ['national-id'], 'a logistics firm\'s CI job log whose failing test prints a driver record with an SSN.',
    '$ npm test\n FAIL  test/onboarding.test.ts\n  ● applicant import › maps a payroll row\n    expect(received).toEqual(expected)\n'
    f'    - {{"name": "Marcus Odell", "ssn": "{s4}", "state": "PA"}}\n    + {{"name": "Marcus Odell", "ssn": null, "state": "PA"}}\n'
    'Tests: 1 failed, 57 passed\n')

# ---- financial
ib4 = iban('CZ', '0100' + '000000' + cza('20'))
add('cs', 'block', ['financial'], 'a Czech university\'s CSV of scholarship recipients with their IBANs.',
    'osobni_cislo;jmeno;stipendium;IBAN\nA21B0412P;Klára Benešová;12000;' + ib4 + '\n')

# ---- hard negatives (batch 6)
neg('en', 'a sysprep unattend.xml whose password was removed.',
    '<AdministratorPassword>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>\n', 'xml')
neg('en', 'cloud-init with keys only and the password locked.',
    '#cloud-config\nusers:\n  - name: ops\n    lock_passwd: true\n    ssh_authorized_keys:\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 ops@laptop\n', 'yaml')
neg('en', 'a Grafana datasource reading the password from the environment.',
    'secureJsonData:\n  password: $__env{NIS_DB_PASSWORD}\n', 'yaml')
neg('cs', 'Czech minutes about the password policy without any value.',
    'Zápis z porady IT: od ledna platí nová pravidla hesel – minimálně 14 znaků, změna jednou ročně, zákaz sdílení '
    'hesel mezi zaměstnanci. Dočasná hesla se předávají pouze osobně.')
neg('cs', 'a Czech Jira JSON with an unclassified level field.',
    '{"key": "KRIZ-119", "fields": {"summary": "Objednávka cisteren", "stupenUtajeni": "Neutajované"}}', 'json')
neg('en', 'an e-mail marked OFFICIAL only.',
    'Protective Marking: OFFICIAL\n\nDear colleagues, the bin collection calendar for 2027 is attached for publication.')
neg('en', 'a ConfigMap of ordinary settings.',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: wms-config\ndata:\n  LOG_LEVEL: info\n  CACHE_TTL: "300"\n', 'yaml')
neg('cs', 'a Czech book title "DŮVĚRNÉ ROZHOVORY".',
    'DŮVĚRNÉ ROZHOVORY S RODIČI\nPříručka pro třídní učitele, 2. vydání, Praha 2026')
neg('en', 'a CI log whose fixture uses the documentation SSN.',
    '    - {"name": "Test User", "ssn": "123-45-6789"}\n    + {"name": "Test User", "ssn": null}\n')
vineg('a Vietnamese docker-compose reading the password from the environment.',
      'services:\n  db:\n    image: mysql:8.0\n    environment:\n      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}   # lấy từ file .env trên máy chủ\n')
neg('cs', 'a Czech published list of scholarship holders without accounts.',
    'Prospěchové stipendium za ZS 2026/27 získali: Klára Benešová, Ondřej Pokorný, Tereza Vaňková (FAV).')

# ================================================================ batch 7 (written after batch 6's fix, scored blind)

add('cs', 'block', ['classified-marking'], 'a Czech wiki page in markdown with the level as a bold label in a blockquote.',
    '# Plán obnovy NIS po kybernetickém incidentu\n\n> **Stupeň utajení:** Vyhrazené  \n> **Vlastník:** vedoucí IT\n\n'
    '## 1. Priority obnovy\n1. Laboratorní systém\n2. Objednávky a příjem\n3. Ekonomika\n')
add('en', 'block', ['classified-marking'], 'a council notebook JSON whose first markdown cell is a bold OFFICIAL-SENSITIVE banner.',
    notebook([('markdown', '**OFFICIAL-SENSITIVE**\n# Council tax reduction — fraud risk scoring', None),
              ('code', 'scores.describe()', 'count    1142.0\nmean        0.18')]), 'ipynb')
add('en', 'block', ['classified-marking'], 'a logistics firm\'s SQL dump whose header comment carries a CUI banner.',
    '-- CUI//SP-EXPT\n-- Export of shipment manifests for the defence contract, 2026-12-03\nINSERT INTO manifests (id, item, nsn, qty) '
    'VALUES (1, \'Transmission assembly\', \'2520-01-588-4123\', 4);\n', 'sql')
r7 = rc(80, 5, 12, 404)
add('cs', 'block', ['national-id'], 'a Czech developer\'s shell history querying the patient API by birth number without the slash.',
    f'  611  curl -s "http://nis-api.nhp.local/api/pacient?rc={r7.replace("/", "")}" | jq .\n  612  history | tail -3\n')
add('en', 'block', ['credential'], 'shell history mounting a share with the password in the mount options.',
    f'  301  sudo mount -t cifs //10.30.5.40/archiv /mnt/archiv -o username=svc_archiv,password={pw(12)},vers=3.0\n  302  ls /mnt/archiv\n')
add('en', 'block', ['credential'], 'shell history passing the database password through PGPASSWORD inline.',
    f'  402  PGPASSWORD=\'{pw(13)}\' psql -h wms-db01 -U wms_app -d wms -c "select count(*) from orders"\n')
add('en', 'block', ['financial'], 'a logistics vendor form with a US driver\'s routing and account numbers.',
    'Direct deposit authorization — Carpathia Freight US LLC\nEmployee: Marcus Odell\nBank: PNC Bank\n'
    f'Routing number (ABA): 043000096\nAccount number: {rnd(10, DG)}\nAccount type: Checking\n')
add('cs', 'block', ['credential'], 'a Czech Ansible playbook run with the DB password in extra vars.',
    f'ansible-playbook nasazeni.yml -i inventory/prod --extra-vars "db_uzivatel=lab db_heslo={pw(12)}"\n')

neg('en', 'a cifs mount reading a credentials file.',
    'sudo mount -t cifs //fileserver/archive /mnt/archive -o credentials=/root/.smbcred,vers=3.0\n')
neg('en', 'PGPASSWORD read from a secret file.',
    'PGPASSWORD="$(cat /run/secrets/pg_password)" psql -h db -U app -c "select 1"\n')
neg('cs', 'a Czech training wiki explaining the levels.',
    '## Stupně utajení (školení)\n**Vyhrazené** – nevýhodné pro zájmy ČR; **Důvěrné** – prostá újma; **Tajné** – vážná újma.')
neg('en', 'a notebook guide listing the UK marking.', notebook([
    ('markdown', '## Data handling guide\nMost council data is OFFICIAL; use the OFFICIAL-SENSITIVE caveat sparingly.', None)]), 'ipynb')
neg('en', 'an SQL reference table of CUI category codes.',
    '-- reference: CUI categories\nINSERT INTO cui_categories (code, name) VALUES (\'EXPT\', \'Export Controlled\'), (\'PRVCY\', \'Privacy\');\n', 'sql')
neg('cs', 'a Czech API example with a placeholder birth number.',
    'Příklad volání: curl "http://localhost:8080/api/pacient?rc=XXXXXXXXXX" (rodné číslo bez lomítka)\n')
neg('en', 'a bank\'s public routing number on its help page.',
    'PNC Bank\'s routing number for direct deposits in Pennsylvania is 043000096; find your account number in online banking.')
neg('en', 'a curl with the API key from the environment.',
    'curl -H "X-API-Key: $TRACKING_API_KEY" https://api.carpathia-freight.example/v1/shipments/CF2612048837\n')
neg('cs', 'an Ansible run with vault-provided vars.',
    'ansible-playbook nasazeni.yml -i inventory/prod --ask-vault-pass -e @vault/prod.yml\n')

write_round(S, 'round50', 'p50')
