/**
 * The values on a shown line that no finding covers but that look like a secret or an identifier, so that the
 * report's line context masks them too (never leak: a second password the pattern consumed, a card a validator
 * doubted, a token no rule knows). Over-masking context costs a reader a few characters; showing a value in full
 * cannot be taken back. What is masked, each for its reason:
 *   - the value after a credential word ("password=", "DB_PASS:", `"token": "…"`, "mật khẩu là", "heslo je",
 *     "-p", "--password", "Bearer"): whatever it is, it is the secret's place;
 *   - a one-time code or PIN told in a sentence ("OTP của em là 123456"): the first 4–8 digit number after the word;
 *   - a URL's password (`scheme://user:pass@host`, or a lone name or token before the @), a Wi-Fi QR string's `P:` field and an e-mail address's mailbox
 *     (the domain stays);
 *   - a run of letters and digits mixed (tokens, keys, passwords such as "Hunter22"): 8 or more characters with a
 *     digit and a letter, or 6–7 with at least two of each;
 *   - a run of 16 or more letters with many capitals spread through it (base64 with no digit), unlike camelCase;
 *   - digit groups of ID, phone, account or card length: 9 or more digits joined by single spaces, dots, dashes or
 *     slashes (a date on its own stays: it never reaches 9 digits).
 * Plain words, short numbers, dates and times are left as written.
 * Spans are [start, end) offsets into the line. Pure (no Node imports); made on first use, only for shown lines.
 */
let RES: { key: RegExp; pin: RegExp; wifi: RegExp; url: RegExp; mail: RegExp; alnum: RegExp; digits: RegExp; vi: RegExp } | undefined;

function res() {
  return (RES ??= {
    // An identifier holding a credential word, then an assignment or "is/là/je"; group `v` is the value (quoted or
    // up to a space, comma, semicolon or ampersand). `-p`/`--password` style flags and HTTP auth schemes too.
    key: /(?:(?<![\p{L}\p{N}])[\p{L}\p{N}_.-]*(?:pass|pwd|secret|token|apikey|api_key|api-key|private_key|privatekey|access_key|accesskey|credential|cookie|auth|sessionid|session_id|heslo)[\p{L}\p{N}_.-]*["']?\s*(?::=|=>|[:=]|\s(?:is|là|la|je|=|:)\s)\s*|(?<![\p{L}\p{N}-])(?:-p|-P|--pass|--password|--passphrase|--token|--secret|-pw|-w)(?:=|\s+)|(?<![\p{L}\p{N}])(?:bearer|basic|digest)\s+)(?:(?:bearer|basic|digest|token)\s+)?(?<v>"[^"\n]*"|'[^'\n]*'|[^\s,;&"'<>)\]}]+)/dgiu,
    // "mật khẩu", "mat khau", "mk" (the chat short form) before a colon, "là", "=" or a space.
    vi: /(?<![\p{L}\p{N}])(?:m[ậa]t\s?kh[ẩa]u|mk)(?:\s*(?:[:=]|\s(?:là|la|mới|moi|của\s+\S+\s+là|la)\s))\s*(?<v>"[^"\n]*"|'[^'\n]*'|[^\s,;&"'<>)\]}]+)/dgiu,
    // A one-time code or PIN in a sentence: the first number of 4–8 digits within a few words after the word.
    pin: /(?<![\p{L}\p{N}])(?:otp|pin|mã\s+xác\s+(?:thực|nhận)|ma\s+xac\s+(?:thuc|nhan)|kód|kod|passcode|verification\s+code|one-time\s+code)(?![\p{L}\p{N}])[^\d\n]{0,40}?(?<v>(?<!\d)\d{4,8}(?!\d))/dgiu,
    // A Wi-Fi QR string's password field: WIFI:T:WPA;S:name;P:secret;;
    wifi: /WIFI:(?:[^;\n]*;)*?P:(?<v>(?:\\.|[^;\\\n])+)/dgi,
    url: /[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/(?:[^\s/@:]+:)?(?<v>[^\s/@:]+)@/dg,
    mail: /(?<v>[A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/dg,
    alnum: /[A-Za-z0-9]+/g,
    // (A space joins groups, but not a date to the time after it: "2025-11-18 10:14".)
    digits: /\d+(?:(?:[.\/-]|\s(?!\d{1,2}:))\d+)*/g,
  });
}

/** Offsets [start, end) of the values on `line` to mask beside the findings. */
export function looseValueSpans(line: string): [number, number][] {
  const out: [number, number][] = [];
  const r = res();
  for (const re of [r.key, r.vi, r.pin, r.wifi, r.url, r.mail]) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const [start, end] = m.indices!.groups!.v!;
      if (end > start) out.push([start, end]);
    }
  }
  r.alnum.lastIndex = 0;
  for (let m = r.alnum.exec(line); m; m = r.alnum.exec(line)) if (looksLikeToken(m[0])) out.push([m.index, m.index + m[0].length]);
  r.digits.lastIndex = 0;
  for (let m = r.digits.exec(line); m; m = r.digits.exec(line)) {
    let n = 0;
    for (let i = 0; i < m[0].length; i++) if (m[0].charCodeAt(i) <= 57 && m[0].charCodeAt(i) >= 48) n++;
    if (n >= 9) out.push([m.index, m.index + m[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** A run of ASCII letters and digits that reads as a key, token or password rather than a word or a number. */
function looksLikeToken(s: string): boolean {
  let digits = 0;
  let upper = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 57) digits++;
    else if (c <= 90) upper++;
  }
  const letters = s.length - digits;
  if (digits > 0 && letters > 0) return s.length >= 8 || (s.length >= 6 && digits >= 2 && letters >= 2);
  // Letters only: base64 with no digit has capitals all through it; a camelCase name has one a word.
  return digits === 0 && s.length >= 16 && upper * 4 >= s.length && s.length - upper >= 4;
}
