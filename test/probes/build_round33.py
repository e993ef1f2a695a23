#!/usr/bin/env python3
"""Builds test/probes/round33.jsonl: round 33 of the held-out-style probes, Czech staff pastes of every category,
written blind (batch 1 scored on main 5d9706f before any rule was changed for it, each later batch after the earlier
fixes). Czech is a quarter of the dev corpus; this round writes the Czech document conventions no round held, with
and without diacritics and some mixed with English:
- markings: the level as a short field of a document's header block beside "Počet listů", "Výtisk č.", "Ev. č.",
  "Č. j." / "Sp. zn." ("Stupeň: Důvěrné"), "Vyhrazené" in a cell of a pipe-table register, a level in title case in an
  e-mail's subject or a datová schránka message's "Věc", a level said in a sentence of a memo ("má stupeň utajení",
  "ve stupni utajení … přikládám"), NATO/EU levels written in Czech ("NATO VYHRAZENÉ", "stupně NATO Důvěrné"),
  the sensitivity labels "Citlivé" / "Interní" / "Neveřejné" / "Pouze pro služební potřebu" as an office's label
  line reads them;
- official documents: č. j. headers in new layouts, a "ROZDĚLOVNÍK" heading without its colon, a letter's "Vyřizuje:"
  block, a draft "ROZHODNUTÍ" / "USNESENÍ" of an office with its parties;
- personal data: a birth number written with a dash or after "rodné č.", ID card and passport numbers after
  "cestovní doklad č." or a bare "OP", an insured person's health insurer and diagnosis, "uznán vinným",
  conversion, union dues;
- financial: an account and its bank code in separate words or columns, a payroll with prefixes, an IBAN in the Czech
  display grouping (bank, prefix, number);
- credentials: "přihlašovačky", "PINka", a gate code, a Wi-Fi "klíč WPA2:";
- contacts and infrastructure: a mobile with dashes, a home address in a sentence, a UNC path;
beside Czech hard negatives: the law that defines the levels, its implementing decree on marking, news, fiction,
"tajemník", "Vyhrazené parkování", "tajné hlasování", an office's public contacts and data box, companies' IČO/DIČ,
an office's account for fees, a tax office's account, recipes, school texts.
Identifiers come from probe_ids.py's checked makers, secrets from one seeded generator, so the file rebuilds byte for
byte. Stdlib only."""
from probe_ids import DG, LO, UP, collector, czacct, iban, rc, seeded, strip, write_round

R, rnd = seeded(33033)
S, add, neg = collector()
CM, OD, NID, FIN, CRED, CON, SP, INF = ('classified-marking', 'official-document', 'national-id', 'financial', 'credential',
                                       'contact', 'sensitive-personal', 'infrastructure')


def cs(expect, cats, note, text):
    """A Czech sample with diacritics and the same typed without them."""
    add('cs', expect, cats, note, text)
    add('cs', expect, cats, note + ' (typed without diacritics)', strip(text))


def csneg(note, text):
    neg('cs', note, text)
    neg('cs', note + ' (typed without diacritics)', strip(text))


def pw(n=10):
    """A password as people make them: a word-like head, a symbol and digits."""
    return rnd(1, UP) + rnd(n - 5, LO) + R.choice('#!.*') + rnd(3, DG)


def acct(stem):
    """A domestic account number (10 digits) that passes the CNB weights."""
    return czacct(stem)


# ================================================================ batch 1 (blind on main 5d9706f)
# ---- markings: header blocks, tables, subjects, sentences, NATO/EU in Czech, sensitivity labels
cs('block', [CM, OD], 'A header block whose level is a short "Stupeň:" field among "Č. j.", "Výtisk č." and "Počet listů".',
   'Krajské ředitelství policie Zlínského kraje\nOdbor služby pořádkové policie\n\n'
   'Č. j.: KRPZ-48812-3/ČJ-2026-1500OP\nVýtisk č.: 2\nPočet listů: 4\nPřílohy: 1/2\nStupeň: Důvěrné\n\n'
   'Věc: Plán zajištění veřejného pořádku při utkání FC Zlín – Baník Ostrava\n\n'
   'K zajištění utkání bude nasazeno 140 policistů, z toho 2 jednotky pořádkové služby.')
add('cs', 'block', [CM], 'A cover sheet with "Ev. č." and "Sp. zn." whose level field is abbreviated "Utaj.:".',
    'Sp. zn.: S-MV-4412/2026\nEv. č.: 0318/26\nUtaj.: Vyhrazené\nPočet listů: 6\n\n'
    'Seznam chráněných objektů v kraji a jejich fyzická ostraha – aktualizace k 1. 10.')
add('cs', 'block', [CM], 'A register copied as a markdown pipe table: "Vyhrazené" in the level cell of one row.',
    'Udělej mi z té evidence přehled podle odborů:\n\n'
    '| Ev. č. | Věc | Stupeň utajení | Zpracoval |\n|---|---|---|---|\n'
    '| 0312/26 | Plán svozu odpadu | neutajované | Ing. Malý |\n'
    '| 0313/26 | Plán ochrany serverovny | Vyhrazené | Bc. Horák |\n'
    '| 0314/26 | Rozpis služeb na říjen | neutajované | p. Dvořák |')
add('cs', 'block', [CM], 'A spreadsheet export (pipe table) whose level column is headed "Utajení".',
    'Datum | Dokument | Utajení | Počet výtisků\n12.10. | Harmonogram přesunu techniky | Důvěrné | 3\n'
    '13.10. | Pozvánka na poradu | – | 12')
cs('block', [CM], 'An e-mail whose subject opens with the level in title case before a dash.',
   'Od: Mgr. Lenka Horká\nKomu: Krizový štáb kraje\nPředmět: Vyhrazené – aktualizace plánu evakuace nemocnice\n\n'
   'Dobrý den, posílám aktualizovaný plán, změny jsou v kapitole 3.\nS pozdravem L. Horká')
add('cs', 'block', [CM], 'A datová schránka message export whose "Věc" carries the level after the title.',
    'ID zprávy: 1188321\nOdesílatel: Ministerstvo obrany\nDodáno: 14.10.2026 09:12\n'
    'Věc: Harmonogram cvičení aktivních záloh 2027 – Důvěrné\nPříloha: harmonogram_2027.pdf\n\n'
    'Potřebuju z toho vytáhnout jen termíny, můžeš?')
cs('block', [CM], 'A memo telling in a sentence that the material sent has a level ("má stupeň utajení Důvěrné").',
   'Vážení kolegové,\nmateriál, který vám zasílám, má stupeň utajení Důvěrné, a proto s ním nakládejte podle pokynu '
   'ředitele.\nObsahuje rozpis hlídek u vodního díla na listopad.')
add('cs', 'block', [CM], 'A memo attaching minutes "ve stupni utajení Vyhrazené".',
    'Na základě porady ze dne 3. 11. přikládám zápis ve stupni utajení Vyhrazené, prosím o připomínky do pátku.\n'
    '1. Stav přípravy cvičení\n2. Úkoly pro jednotky')
add('cs', 'block', [CM], 'NATO level written in Czech on a line of its own ("NATO VYHRAZENÉ").',
    'NATO VYHRAZENÉ\n\nZáznam z jednání pracovní skupiny k logistice, Brusel 4. 11. 2026\nÚčastníci se shodli na '
    'harmonogramu přesunu.')
add('cs', 'block', [CM], 'A request naming the pasted text\'s NATO level in Czech ("je to utajovaná informace NATO stupně Důvěrné").',
    'Přelož mi to do angličtiny, je to utajovaná informace NATO stupně Důvěrné, tak to nikam neukládej:\n'
    '„Velitelství předá plán posílení do 15. prosince.“')
add('cs', 'block', [CM], 'An EU level in Czech as the header of a Council working paper ("EU VYHRAZENÉ").',
    'EU VYHRAZENÉ\nPracovní dokument Rady – návrh závěrů k sankcím, verze 3\n\n1. Rada vyzývá členské státy …')
cs('block', [CM], 'An office\'s sensitivity label line "Klasifikace: Citlivé" at the top of a note.',
   'Klasifikace: Citlivé\nPro: vedení odboru\n\nNávrh na snížení počtu míst v oddělení podatelny o tři, seznam dotčených '
   'zaměstnanců je v příloze.')
add('cs', 'block', [CM], 'A sensitivity label added by the mail client at the foot of the message ("Označení: Interní").',
    'Dobrý den,\nv příloze je návrh rozpočtu odboru na rok 2027, prosím o kontrolu čísel v tabulce 2.\n\nDěkuji, Petra\n\n'
    'Označení: Interní')
add('cs', 'block', [CM], '"Pouze pro služební potřebu" as a bracketed running header of a pasted document.',
    '[Pouze pro služební potřebu]\nMetodika kontroly výdejen léků – postup kontrolora krok za krokem\n1. Ohlášení kontroly')
# ---- official documents
add('cs', 'warn', [OD], 'A letter\'s header with "Vyřizuje:" and "Spisová značka" but the number after the line break.',
    'Městský úřad Vizovice\nodbor výstavby\n\nSpisová značka:\nSÚ/2231/2026/Ka\nVyřizuje: Ing. Kalina\n'
    'Ve Vizovicích dne 2. 11. 2026\n\nVěc: Výzva k doplnění žádosti o stavební povolení')
cs('warn', [OD], 'A "ROZDĚLOVNÍK" heading on its own line without a colon, above the list of recipients.',
   'Porada vedení – úkoly na listopad\n1. Připravit rozpočtové opatření\n2. Dokončit výběrové řízení\n\n'
   'ROZDĚLOVNÍK\n1x ředitel krajského úřadu\n1x vedoucí odboru ekonomického\n1x spis')
add('cs', 'warn', [OD], 'A draft decision of an office in an administrative proceeding, with its operative part and parties.',
    'Zkontroluj mi stylistiku návrhu:\n\nROZHODNUTÍ\nMagistrát města Kladna, odbor dopravy, jako příslušný správní orgán '
    'podle § 124 zákona č. 361/2000 Sb., rozhodl takto:\nŽádosti účastníka řízení Jana Kubíčka, nar. 12. 5. 1981, se '
    'nevyhovuje.\nOdůvodnění:\nŽadatel nedoložil …\nPoučení:\nProti tomuto rozhodnutí lze podat odvolání do 15 dnů.')
add('cs', 'warn', [OD], 'A draft resolution of a town council board marked as a draft, with its numbered points.',
    'NÁVRH USNESENÍ RADY MĚSTA č. RM/45/12/2026\nRada města Třebíče po projednání\nI. schvaluje uzavření smlouvy '
    'o nájmu bytu č. 12 v domě Husova 8 s paní Marií Vlkovou\nII. ukládá odboru správy majetku připravit smlouvu.\n'
    'Zpracovala: Bc. Tichá, odbor správy majetku')
add('cs', 'warn', [OD], 'A č. j. header with the file number split over the label\'s columns, as a PDF copy gives it.',
    'Naše čj.\tVyřizuje/linka\tDatum\nMSMT-31415/2026-3\tMgr. Bílá/2214\t5. 11. 2026\n\nVěc: Změna rozpisu dotace')
# ---- personal data
r1 = rc(85, 6, 12, 101, female=True)
add('cs', 'block', [NID], 'A birth number written with a dash instead of the slash, in a chat.',
    f'[10:12] Jana: potřebuju rodné číslo té nové kolegyně na přihlášku k pojištění\n[10:14] Petr: {r1.replace("/", "-")}')
r2 = rc(79, 3, 21, 220)
cs('block', [NID], 'A birth number without its slash after the abbreviated label "rodné č.".',
   f'Žadatel: Tomáš Kubát, rodné č. {r2.replace("/", "")}, trvalý pobyt Kyjov.')
add('cs', 'block', [NID], 'A passport number after "cestovní doklad č.".',
    'Cestující na služební cestu do Hanoje: Ing. Pavel Šíma, cestovní doklad č. 45871236, platný do 03/2031.')
add('cs', 'block', [NID], 'An ID card number after a bare "OP" in a visitors\' list line.',
    'Seznam návštěv 12. 11.: 9:10 Petra Vlčková, OP 218734561, vstup do 2. patra; 9:40 kurýr bez dokladu.')
add('cs', 'warn', [SP], 'A named insured person with a health insurer and an ICD code and diagnosis.',
    'Pojištěnec: Jaroslava Pokorná, ZP 211 (ZPMV)\nDg.: F32.1 středně těžká depresivní fáze\nDoporučení: pracovní '
    'neschopnost do 30. 11.')
cs('warn', [SP], 'A colleague "pravomocně uznán vinným" of an offence, told in an e-mail.',
   'Ahoj, jen pro info: pan Radek Machala byl loni pravomocně uznán vinným z přečinu zpronevěry, tak ho prosím '
   'nedávej na pokladnu.')
add('cs', 'warn', [SP], 'A colleague\'s conversion to Islam told in a note to HR.',
    'Kolegyně Lucie Benešová konvertovala k islámu, bude potřebovat volno na svátky a na pátek kratší směnu.')
add('cs', 'warn', [SP], 'A named employee\'s union dues deducted from the salary (union membership).',
    'Mzdová účtárna: panu Josefu Kratochvílovi strhávat od listopadu odborové příspěvky 1 % ze mzdy (ZO OS KOVO).')
# ---- financial
a1 = acct('200014539')
add('cs', 'block', [FIN], 'An account number and its bank code in separate words in a chat ("kód banky 0800").',
    f'[14:02] Martin: pošli mi tu zálohu na účet {a1}, kód banky 0800, díky\n[14:03] Eva: jo, odpoledne')
a2, a3 = acct('123456789'), acct('987654321')
add('cs', 'block', [FIN], 'A payroll export with prefix, number and bank code in separate CSV columns.',
    'Osobní číslo;Příjmení;Jméno;Předčíslí;Číslo účtu;Kód banky;Částka\n'
    f'1042;Dvořák;Radek;19;{a2};0100;38 450\n1043;Malá;Ivana;;{a3};2010;41 200\n', )
S[-1]['ext'] = 'csv'
ib = iban('CZ', '0800' + '000019' + acct('200014539'))
add('cs', 'block', [FIN], 'A Czech IBAN in the bank\'s display grouping: bank code, prefix, number.',
    f'Dobrý den, přeplatek prosím vraťte na můj účet IBAN {ib[:4]} {ib[4:8]} {ib[8:14]} {ib[14:]}, děkuji. Jana Krejčí')
a4 = acct('555012345')
add('mixed', 'block', [FIN], 'A mixed cs/en chat giving an account "číslo účtu" with the bank as a name and code in brackets.',
    f'Hi Tom, the deposit for the flat goes to my účet {a4} (Česká spořitelna, 0800). Díky!')
# ---- credentials
p = pw(11)
add('cs', 'block', [CRED], 'Login details called "přihlašovačky" in a chat, user and password after a slash.',
    f'[8:55] Karel: přihlašovačky do docházky pro brigádníka: brigadnik3 / {p}\n[8:56] Jitka: díky')
pin = rnd(4, DG)
add('cs', 'block', [CRED], 'A card PIN called "PINka" in a message.',
    f'Tu služební kartu nechávám v šuplíku, PINka je {pin}, účtenky dej Janě.')
add('cs', 'block', [CRED], 'A gate code in a chat ("kód na bránu").',
    f'Zítra přijede servis, kód na bránu je {rnd(4, DG)}#, klíče od kotelny jsou na vrátnici.')
p = pw(12)
cs('block', [CRED], 'A Wi-Fi key after "klíč WPA2:" in a note on the meeting room.',
   f'Zasedačka 2. patro – síť Urad-Porady, klíč WPA2: {p}, projektor se zapíná ovladačem.')
# ---- contact and infrastructure
add('cs', 'warn', [CON], 'A colleague\'s mobile written with dashes.',
    'Kdyby něco, volej Tondovi Kovaříkovi na mobil 731-402-118, je dnes na home office.')
add('cs', 'warn', [CON], 'A home address told in a sentence with the PSČ after the town.',
    'Nový kolega Jakub Sýkora se přestěhoval, bydlí teď v ulici Palackého 1254/17 v Přerově, PSČ 750 02, pošli mu '
    'tam smlouvu.')
add('cs', 'warn', [INF], 'A UNC path to an internal file server in a help-desk ticket.',
    'Nejde mi otevřít složka \\\\fs02.kuzlk.local\\odbor-skolstvi\\2026, hlásí to „přístup odepřen“.')

# ---- hard negatives
csneg('the law that defines the levels, quoted in a lesson.',
      'Podle § 4 zákona č. 412/2005 Sb. se utajovaná informace klasifikuje stupněm utajení Přísně tajné, Tajné, '
      'Důvěrné nebo Vyhrazené. Vysvětli žákům, čím se stupně liší.')
neg('cs', 'the implementing decree\'s marking rule, with "Počet listů" and "Výtisk č." as terms.',
    'Vyhláška o administrativní bezpečnosti stanoví, že na první straně utajovaného dokumentu se uvádí stupeň '
    'utajení, číslo výtisku („Výtisk č.“) a počet listů („Počet listů“). Jak to nastavit v šabloně Wordu?')
neg('cs', 'a table of NATO levels and their Czech equivalents in a training slide.',
    '| NATO | Česká republika |\n|---|---|\n| COSMIC TOP SECRET | Přísně tajné |\n| NATO SECRET | Tajné |\n'
    '| NATO CONFIDENTIAL | Důvěrné |\n| NATO RESTRICTED | Vyhrazené |')
neg('cs', 'news about a NATO summit and an EU council, no level.',
    'Summit NATO ve Vilniusu schválil nové obranné plány. Rada EU mezitím projednala sankce; podrobnosti jsou '
    'podle mluvčího neveřejné až do jejich zveřejnění v Úředním věstníku.')
csneg('municipal minutes with a secret ballot and the town secretary.',
      'Zápis ze zasedání zastupitelstva města\nBod 3: Volba místostarosty proběhla tajným hlasováním. Tajemník '
      'úřadu Ing. Kalous seznámil přítomné s výsledkem: 11 hlasů pro.')
neg('cs', 'a parking notice: "Vyhrazené parkování" as a subject and a sign.',
    'Předmět: Vyhrazené – parkování pro návštěvy od 1. 12.\n\nOd prosince bude u hlavního vchodu VYHRAZENÉ PARKOVÁNÍ '
    'pro návštěvy úřadu, zaměstnanci parkují ve dvoře.')
neg('cs', 'fiction: a grandfather\'s secret, "tajné" and "důvěrné" in dialogue.',
    '„Tohle je tajné,“ zašeptal děda a podal mi klíček. „Důvěrné věci se neříkají ani sousedům.“ Pak se zasmál a '
    'odešel do sklepa pro jablka.')
neg('cs', 'an office\'s public contacts with its data box ID and registry mailbox.',
    'Kontakty: Městský úřad Vizovice, Masarykovo nám. 1007, 763 12 Vizovice\nPodatelna: +420 577 599 111\n'
    'ID datové schránky: 3zxbf7a\nÚřední hodiny: Po, St 8–17 h')
neg('cs', 'an invoice header with a company\'s IČO and DIČ.',
    'Dodavatel: STAVBY VALAŠSKO s.r.o., IČO: 25512897, DIČ: CZ25512897\nOdběratel: Obec Lhota\n'
    'Fakturujeme Vám opravu chodníku dle smlouvy.')
fee = acct('100061288')
neg('cs', 'an office\'s public account for administrative fees, with a variable symbol.',
    f'Správní poplatek 500 Kč uhraďte na účet Městského úřadu Vizovice č. 19-{fee}/0800, variabilní symbol 1361.')
neg('cs', 'a tax office\'s published account for property tax.',
    f'Daň z nemovitých věcí zaplaťte na účet finančního úřadu 7755-{acct("776280315")}/0710, jako variabilní symbol '
    'uveďte rodné číslo nebo DIČ.')
csneg('a recipe with a "secret ingredient".',
      'Babiččin guláš: tajnou přísadou je lžička kmínu a kostička hořké čokolády. Vařte dvě hodiny a podávejte s '
      'knedlíkem.')
neg('cs', 'a school text about the Czech national anthem and a grammar exercise with "tajné".',
    'Cvičení 4: Doplň i/y: Tajn_ chodba vedla pod hradem. Důvěrn_ rozhovor kamarádek. Vyhrazen_ místo v '
    'autobusu. Pak vysvětli, proč píšeme tvrdé y.')
neg('cs', 'a password policy in Czech with an example of a bad password.',
    'Heslo musí mít alespoň 12 znaků a nesmí obsahovat jméno. Špatné heslo je například Heslo123. PIN ke kartě si '
    'zvolíte sami v bankomatu.')
neg('cs', 'a masked birth number and account in a form instruction.',
    'Do kolonky rodné číslo vyplňte jen prvních šest číslic a lomítko (např. 850612/XXXX); číslo účtu uveďte ve '
    'tvaru předčíslí-číslo/kód banky.')
neg('cs', 'a disclaimer at the foot of a company e-mail.',
    'Dobrý den, posílám nabídku.\n\nTato zpráva může obsahovat důvěrné informace určené pouze adresátovi. Pokud '
    'jste ji obdrželi omylem, informujte odesílatele.')
neg('cs', 'a public decision of an office quoted from its official board, the party anonymised.',
    'Veřejná vyhláška: Městský úřad oznamuje, že rozhodnutí ve věci umístění stavby bylo vydáno; účastník řízení '
    'J. K. se může seznámit s podklady v kanceláři č. 12.')
neg('cs', 'a history lesson about declassified StB files.',
    'Dějepis, 9. třída: Archiv bezpečnostních složek dnes zpřístupňuje spisy StB, které byly kdysi přísně tajné. '
    'Žáci vyhledají jeden spis z roku 1968 a popíšou ho.')
neg('cs', 'a sensitivity-label menu in a mail client\'s help page.',
    'Štítky citlivosti v Outlooku: Veřejné, Interní, Citlivé, Vysoce citlivé. Štítek vyberete v menu Soubor → '
    'Informace → Citlivost.')
neg('cs', 'GDPR training text about special categories ("citlivé údaje").',
    'Citlivé údaje podle GDPR zahrnují zdravotní stav, náboženské vyznání nebo členství v odborech. Takové údaje '
    'zpracováváme jen se souhlasem.')

neg('cs', 'a book\'s colophon with a numbered copy of a limited edition.',
    'Vydalo nakladatelství Host v Brně roku 2026. Náklad 800 výtisků.\nVýtisk č. 112 z limitované edice s podpisem '
    'autora.\nISBN je uvedeno na zadní straně obálky.')
neg('cs', 'a chat saying the password is kept in the team\'s password manager.',
    '[9:02] Eva: jaké je heslo do sdílené schránky podatelny?\n[9:03] Ondra: je v KeePassu ve složce Podatelna, '
    'nepíšu ho sem')
neg('cs', 'the children\'s helpline and a crisis line, public numbers.',
    'Na nástěnku ve škole: Linka bezpečí 116 111 (nonstop, zdarma), Linka první psychické pomoci 116 123. Pomoc je '
    'anonymní.')
neg('cs', 'news on NBÚ clearance statistics naming the levels.',
    'Národní bezpečnostní úřad loni vydal přes 3 200 osvědčení fyzické osoby pro stupeň Vyhrazené a 1 900 pro stupeň '
    'Důvěrné, uvedla mluvčí úřadu.')
neg('cs', 'a colleague asking in a chat whether a file number was found, no header.',
    '[11:20] Jitka: našla jsi ten spis č. j. MV-1234/2026? potřebuju ho na poradu\n[11:21] Lenka: jo, leží u '
    'vedoucí')
neg('cs', 'news about the intelligence services ("tajné služby", "důvěrné zdroje").',
    'Podle výroční zprávy BIS se ruské tajné služby zaměřovaly na energetiku. Novináři citovali důvěrné zdroje z '
    'ministerstva, které však odmítlo cokoli komentovat.')
neg('cs', 'an e-shop\'s payment details: the shop\'s account and the order number as variable symbol.',
    f'Platební údaje e-shopu KnihyPolná s.r.o.: firemní účet {acct("401234568")}/2010, variabilní symbol = číslo '
    'objednávky 2026118.')
neg('mixed', 'a contract clause on confidential information in Czech and English.',
    'Smluvní strany zachovají mlčenlivost o důvěrných informacích / The Parties shall keep all Confidential '
    'Information secret for 5 years after termination.')

# ================================================================ batch 2 (blind, after batch 1's fixes)
# ---- markings
cs('block', [CM, OD], 'A header whose level field gives only the letter of the level ("Stupeň utajení: D").',
   'Č. j.: MO 51277/2026-1320\nVýtisk č. 1\nStupeň utajení: D\nPočet listů: 2\n\nVěc: Přesun vozidel do VVP Libavá')
add('cs', 'block', [CM], 'A register number whose suffix is the level letter ("Ev. č.: 0045/2026-V").',
    'Ev. č.: 0045/2026-V\nZáznam o kontrole režimových opatření v objektu 12, listopad 2026')
add('cs', 'block', [CM], 'A tab-separated register pasted from Excel whose level column is headed "Utajení".',
    'Datum\tDokument\tUtajení\tPočet listů\n4.11.\tPlán přesunu techniky\tDůvěrné\t3\n5.11.\tPozvánka na poradu\t–\t1')
add('cs', 'block', [CM], 'An e-mail subject with the level in title case in brackets.',
    'Předmět: [Vyhrazené] Podklady k poradě krizového štábu\n\nDobrý den, v příloze zasílám podklady.')
add('cs', 'block', [CM], 'An e-mail subject typed all in small letters with the level before a dash.',
    'predmet: fw: duverne - rozpis smen ostrahy na prosinec\n\nahoj, posilam dal, at to mas.')
cs('block', [CM], 'A memo saying the annexes are classified at a level ("jsou utajované ve stupni Důvěrné").',
   'Přílohy č. 1 a 2 jsou utajované ve stupni Důvěrné a předávají se jen proti podpisu.\nPříloha 1: rozpis hlídek')
add('cs', 'block', [CM], 'A letter stating its own level in its first sentence ("Tento dopis obsahuje informace ve stupni utajení Vyhrazené").',
    'Tento dopis obsahuje informace ve stupni utajení Vyhrazené.\nVážený pane řediteli, k zajištění objektu sdělujeme …')
add('cs', 'block', [CM], 'A chat naming a NATO level in title case for what it passes on.',
    '[10:02] Pavel: posílám výtah z plánu, je to NATO Vyhrazené, tak opatrně\n[10:02] Pavel: přesun 2. roty proběhne 14. 12.')
add('cs', 'block', [CM], 'A footer combining a sensitivity label with the restriction: "Citlivé – pouze pro služební potřebu".',
    'Seznam zaměstnanců navržených ke snížení stavu\n1. odbor dopravy – 2 místa\n2. odbor ŽP – 1 místo\n\n'
    'Citlivé – pouze pro služební potřebu')
add('cs', 'block', [CM], 'A header "INTERNÍ – pouze pro zaměstnance úřadu".',
    'INTERNÍ – pouze pro zaměstnance úřadu\nPostup při výpadku elektronické spisové služby')
add('cs', 'block', [CM], 'A stamp-like line "Neveřejná informace podle § 11 zákona č. 106/1999 Sb." heading a note.',
    'Neveřejná informace podle § 11 odst. 1 zákona č. 106/1999 Sb.\n\nNávrh rozpočtového opatření – výdaje na ostrahu budov.')
# ---- official documents
add('cs', 'warn', [OD], 'A document\'s registry metadata: "Spisový a skartační znak", "Počet listů", "Počet příloh", no č. j.',
    'Spisový a skartační znak: 101.2 A/10\nPočet listů: 3\nPočet příloh: 1\n\nPokyn ředitele k inventarizaci majetku 2026')
add('cs', 'warn', [OD], 'A draft penalty order of an office ("PŘÍKAZ … Poučení:").',
    'PŘÍKAZ\nMěstský úřad Hranice jako správní orgán příslušný podle § 60 zákona o odpovědnosti za přestupky vydává tento '
    'příkaz:\nObviněná Ivana Brzobohatá se uznává vinnou z přestupku proti občanskému soužití.\nPoučení:\nProti příkazu '
    'lze podat odpor do 8 dnů.')
add('cs', 'warn', [OD], 'A police resolution with its number line "ČTS:" and "Poučení:".',
    'POLICIE ČESKÉ REPUBLIKY\nObvodní oddělení Zlín-střed\nČTS: KRPZ-99123/TČ-2026-150511\n\nUSNESENÍ\n'
    'Policejní orgán rozhodl o odložení věci.\nPoučení: Proti tomuto usnesení lze podat stížnost.')
# ---- personal data
r3 = rc(79, 3, 21, 200)
add('cs', 'block', [NID], 'A birth number read by OCR with O for 0.',
    f'OCR z kopie žádosti:\nŽadatel: Karel Bureš\nRČ: {r3.replace("0", "O")}\nBydliště: Hranice')
add('cs', 'block', [NID], 'A driving licence number after "řidičský průkaz č.".',
    'Řidič služebního vozu: Jan Polák, řidičský průkaz č. EL 482913, skupina B.')
cs('warn', [SP], 'A named colleague taking antidepressants, told in a chat.',
   '[13:10] Jitka: Martin Dvořák teď bere antidepresiva, tak ho prosím netlačte s termínem')
add('cs', 'warn', [SP], 'A colleague\'s criminal record abbreviated "RT" ("má záznam v RT").',
    'Uchazeč Petr Hrubý má záznam v RT za krádež z roku 2019, výběrová komise o tom ví.')
add('cs', 'warn', [SP], 'A named employee keeping Ramadan, in a note to the shift planner.',
    'Pozor na rozpis: kolega Amir Haddad drží ramadán, od 8. 3. potřebuje ranní směny bez oběda.')
add('cs', 'warn', [SP], 'A colleague\'s registered partnership with a man, in an HR note.',
    'Pan Tomáš Řezníček uzavřel registrované partnerství s panem Janem Volfem, upravte prosím údaje pro daňové zvýhodnění.')
# ---- financial
a5 = acct('331122009')
add('cs', 'block', [FIN], 'An account with the bank named after "u" and the code in brackets.',
    f'Cestovné mi pošlete na účet {a5} u Fio banky (2010), díky. Hana Kučerová')
ib2 = iban('CZ', '2010' + '000000' + a5)
add('cs', 'block', [FIN], 'A payroll list with IBANs in a pipe table.',
    f'| Jméno | IBAN | Čistá mzda |\n|---|---|---|\n| Hana Kučerová | {ib2} | 31 240 |\n| Jan Polák | viz karta | 28 900 |')
# ---- credentials
p = pw(11)
add('cs', 'block', [CRED], 'Login and password joined by slashes in pairs ("login/heslo: novakova/…").',
    f'Do nové docházky: login/heslo: novakova/{p} — po prvním přihlášení změnit.')
add('cs', 'block', [CRED], 'A SIM card\'s PUK in a message.',
    f'Služební telefon se zablokoval, PUK je {rnd(8, DG)}, PIN si pak nastav nový.')
p = pw(12)
add('cs', 'block', [CRED], 'A Wi-Fi given as "SSID / key" with no word for the key.',
    f'Wi-Fi pro školení: Urad-Skoleni / {p}\nProjektor je v šuplíku.')

# ---- hard negatives
neg('cs', 'the decree\'s marking rule: the level letter in the reference number, as a lesson.',
    'Na utajovaném dokumentu se vyznačí stupeň utajení a v čísle jednacím se za lomítkem uvede zkratka stupně, '
    'například V pro Vyhrazené nebo D pro Důvěrné.')
neg('cs', 'a quiz question on the levels with answer options.',
    'Kvíz: Který stupeň utajení je nejnižší?\na) Vyhrazené\nb) Důvěrné\nc) Tajné\nSprávná odpověď: a)')
neg('cs', 'an e-mail subject "Tajné přání" about a Christmas party.',
    'Předmět: Tajné přání – losování na vánoční večírek\n\nAhoj všichni, losování proběhne v pátek v kuchyňce.')
neg('cs', 'a subject closing with a parking place.',
    'Věc: Žádost o parkovací místo – Vyhrazené stání u vchodu B\n\nDobrý den, žádám o přidělení místa.')
neg('cs', 'a training sentence on the Czech name of a NATO level.',
    'Na školení jsme probírali, že stupeň NATO RESTRICTED se v českých předpisech překládá jako Vyhrazené a '
    'COSMIC TOP SECRET jako Přísně tajné.')
neg('cs', 'the registry terms explained in a training text.',
    'Spisový a skartační znak přiděluje dokumentu spisová služba podle spisového plánu; skartační znak A znamená, že '
    'se dokument po lhůtě předá do archivu.')
neg('cs', 'a company\'s IBAN on an invoice footer.',
    f'STAVBY VALAŠSKO s.r.o., IČO 25512897, bankovní spojení: IBAN {iban("CZ", "0800" + "000000" + acct("123123123"))}, '
    'zapsáno v OR u KS v Brně.')
neg('cs', 'an office\'s IBAN for payments from abroad.',
    f'Platby ze zahraničí: IBAN úřadu {iban("CZ", "0710" + "000094" + acct("123456780"))}, BIC CNBACZPP, do zprávy '
    'uveďte jméno.')
neg('cs', 'a connector\'s pin table in a hardware manual.',
    'Zapojení konektoru: pin 1 je napájení 5 V, pin 2 je zem, piny 3 a 4 jsou data. PINy číslujeme zleva.')
csneg('a Sokol slogan called "heslo".',
      'Heslo Sokola zní „Tužme se!“ a na sletu ho skandovalo dvacet tisíc cvičenců.')
neg('cs', 'a notice that login details come by e-mail.',
    'Přihlašovací údaje do nové docházky vám přijdou e-mailem; heslo si při prvním přihlášení změníte.')
neg('cs', 'a gate code notice without the code.',
    'Kód na bránu se mění každý měsíc, aktuální vám sdělí vrátnice na lince 214.')
neg('cs', 'a maths exercise on divisibility by eleven with a ten-digit number.',
    'Úloha 7: Rozhodni, zda je číslo 7903212207 dělitelné jedenácti. Použij pravidlo o střídavém součtu číslic.')
neg('cs', 'a recipe with a "secret" family cake.',
    'Tajný recept na babiččinu vánočku: 1 kg mouky, 2 kostky droždí, půl litru mléka a hodně trpělivosti.')
neg('cs', 'news about a court case with an anonymised defendant.',
    'Krajský soud potvrdil trest pro muže (45) z Hranic, který byl uznán vinným z podvodu na seniorech.')
neg('cs', 'a wiki text about Ramadan and Islam in Czechia.',
    'Ramadán je devátý měsíc islámského kalendáře; muslimové v Česku ho drží postem od úsvitu do západu slunce.')
neg('cs', 'a colophon of a school magazine with a copy count.',
    'Školní časopis Sovička, ročník 12, číslo 3. Náklad 150 výtisků, výtisk č. 1 dostává ředitelka školy.')
neg('cs', 'where to find a SIM card\'s PUK, no number.',
    'PUK najdete na plastové kartě, ze které jste SIM vylomili; když ho nemáte, zavolejte operátorovi.')
neg('cs', 'a mention of an internal directive on the intranet.',
    'Interní směrnice č. 5/2026 o cestovních náhradách je na intranetu v sekci Předpisy, platí od ledna.')

# ================================================================ batch 3 (blind, after batch 2's fixes)
cs('block', [CM], 'A closing line saying the document is kept at a level ("Dokument je veden jako Vyhrazené").',
   'Rozpis hlídek u objektu vodárny na prosinec je v tabulce níže.\n1. týden – hlídka A\n2. týden – hlídka B\n\n'
   'Dokument je veden jako Vyhrazené.')
add('cs', 'block', [CM], 'An Office sensitivity label in Czech ("Citlivost: Vysoce důvěrné") at the head of a pasted document.',
    'Citlivost: Vysoce důvěrné\nNávrh personálních změn v sekci informatiky – seznam dotčených pozic')
add('cs', 'block', [CM], 'A chat passing on a Word file whose name carries the level in capitals.',
    '[15:20] Lenka: posílám ti Rozpis_hlidek_VYHRAZENE.docx, shrneš mi to do tří bodů?')
add('cs', 'warn', [OD], 'A letter header with "Naše značka" and "Vyřizuje" in columns, no authority named.',
    'Vaše značka: –\nNaše značka: OŠ/1123/2026/Ku\nVyřizuje: Mgr. Kubová\nDatum: 12. 11. 2026\n\n'
    'Věc: Oznámení o zahájení kontroly')
cs('warn', [SP], 'A named colleague in an oncologist\'s care, told in an e-mail.',
   'Ahoj, Jana Kolářová je teď v péči onkologa, tak jí prosím neplánuj služby na pondělí.')
add('cs', 'warn', [SP], 'A named employee with a wage garnishment ("má exekuci").',
    'Mzdová: pan Petr Vlček má od listopadu exekuci, srážky posílejte exekutorskému úřadu.')
a6 = acct('440055661')
add('cs', 'block', [FIN], 'An account after "účet u ČSOB:" with the bank code after "banka".',
    f'Zálohu na školení mi pošlete na účet u ČSOB: {a6}, banka 0300. Díky, Eva Malá')
p = pw(11)
cs('block', [CRED], 'A password in brackets after the word, no colon ("(heslo …)").',
   f'Sdílený účet podatelny je podatelna2 (heslo {p}), po směně se odhlaš.')
neg('cs', 'an Office sensitivity label "Citlivost: Veřejné".',
    'Citlivost: Veřejné\nTisková zpráva: Knihovna rozšiřuje otevírací dobu')
neg('cs', 'help text on where sensitivity labels are set.',
    'Popisek citlivosti (Veřejné, Obecné, Důvěrné, Vysoce důvěrné) nastavíte v Office v menu Domů → Citlivost.')
neg('cs', 'a file name with "Vyhrazene_parkovani" in a chat.',
    '[9:10] Jana: nahrála jsem Vyhrazene_parkovani_2026.xlsx na sdílený disk, doplňte SPZ')
neg('cs', 'a blank letter-header template.',
    'Šablona dopisu:\nVaše značka:\nNaše značka:\nVyřizuje:\nDatum:\n\nVěc:')
neg('cs', 'news on an oncology ward.',
    'Onkologické oddělení krajské nemocnice přijímá nové pacienty; v péči onkologa je v kraji přes 9 000 lidí.')
neg('cs', 'an article on garnishment in general.',
    'Co dělat, když má zaměstnanec exekuci? Zaměstnavatel musí srážet ze mzdy podle pořadí a posílat je exekutorovi.')
neg('cs', 'the bank code of ČSOB in a help text.',
    'Kód banky ČSOB je 0300, Komerční banky 0100 a Fio banky 2010; kód se píše za lomítko čísla účtu.')
neg('cs', 'a login form\'s help text about the password.',
    'Zadejte uživatelské jméno a heslo (minimálně 12 znaků, alespoň jedna číslice). Heslo (znovu) zadejte pro kontrolu.')
neg('cs', 'fiction with "vysoce důvěrné" talks.',
    'Vedli spolu vysoce důvěrné rozhovory až do rána, ale o penězích nepadlo ani slovo, vzpomínal děda.')

# ================================================================ batch 4 (blind, after batch 3's fixes)
add('cs', 'block', [CM], 'A Teams message forwarding a paragraph with the level after a colon at its start ("Důvěrné: …").',
    '[11:04] Radek Hora: přeposílám od ředitele:\n[11:04] Radek Hora: Důvěrné: od ledna se ruší oddělení podatelny v Kroměříži, '
    'lidi zatím neinformovat.')
add('cs', 'block', [CM], 'A document header typed as a table row: "Stupeň utajení | Vyhrazené | Výtisk č. | 1".',
    'Stupeň utajení | Vyhrazené | Výtisk č. | 1\nPočet listů | 3 | Příloh | 0\n\nPlán spojení krizového štábu')
add('cs', 'warn', [OD], 'An internal memo form: "INTERNÍ SDĚLENÍ" with "Od:", "Komu:", "Č. j." on one line with the date.',
    'INTERNÍ SDĚLENÍ\nOd: vedoucí odboru ekonomického   Komu: vedoucí odborů   Č. j.: ME/2231/2026   Datum: 3. 12. 2026\n\n'
    'Věc: Termíny uzávěrky roku')
r4 = rc(88, 11, 2, 330, female=True)
add('cs', 'block', [NID], 'A birth number in a spreadsheet row whose header says "R.Č." with dots.',
    f'Příjmení;Jméno;R.Č.;Oddělení\nNovotná;Eva;{r4.replace("/", "")};podatelna')
a7 = acct('778899001')
add('cs', 'block', [FIN], 'An account in a chat without a label word, the bank code after a slash with spaces around.',
    f'[17:40] Ondra: hoď mi to prosím na 19 - {a7} / 0800, díky moc')
add('cs', 'block', [CRED], 'A data-box login in a chat ("přihlašovací jméno … a heslo je …").',
    f'Do datovky: přihlašovací jméno 7xk2pq, heslo je {pw(11)} — po přihlášení si ho změň.')
add('cs', 'warn', [SP], 'A named colleague\'s miscarriage told in a chat.',
    '[8:30] Iva: Markéta Hrubá včera potratila, je doma, napište jí prosím jen krátce.')
add('cs', 'warn', [CON], 'A private e-mail address of a named person given in a sentence.',
    'Pan Zdeněk Kolář chce smlouvu poslat na svůj soukromý e-mail zdenek.kolar77@seznam.cz, ne do práce.')
neg('cs', 'a chat where "Důvěrné:" heads a training slide title.',
    '[11:10] Radek: na školení byla slajda „Důvěrné: co to znamená a jak s tím zacházet“, máš ji?')
neg('cs', 'a school timetable with "Stupeň" meaning a school level.',
    'Stupeň | 1. stupeň | 2. stupeň\nPočet tříd | 9 | 8\nVýtisk č. | 1 | 1')
neg('cs', 'a memo form template with empty fields.',
    'INTERNÍ SDĚLENÍ\nOd:   Komu:   Č. j.:   Datum:\n\nVěc:')
neg('cs', 'a spreadsheet of invoice numbers with "R.Č." meaning row number.',
    'R.Č.;Faktura;Částka\n1;2026001;12 400\n2;2026002;8 900')
neg('cs', 'a publicly listed account of a charity collection in a chat.',
    '[17:41] Jana: na sbírku pro útulek se posílá na transparentní účet 2000145399/2010, VS 2026')
neg('cs', 'a data-box help text without credentials.',
    'Přihlašovací jméno a heslo do datové schránky přijde poštou do vlastních rukou; heslo si při prvním přihlášení změníte.')
neg('cs', 'health statistics on miscarriages.',
    'Potratem končí podle ÚZIS asi 15 % těhotenství; většina žen pak znovu otěhotní bez komplikací.')
neg('cs', 'an office\'s public e-mail in a sentence.',
    'Žádosti posílejte na podatelnu posta@mesto-kromeriz.example nebo do datové schránky města.')

write_round(S, 'round33', 'p33')
