// The byte kernel's inner loop in AssemblyScript (compiled by scripts/build-kernel.mjs to src/normalize/kernel.wasm).
// It is the WebAssembly twin of `fastRun` in src/normalize/kernel.ts, the reference: same tables, same state, same
// outputs; test/kernel.test.ts runs both on every rule example and on random text and compares every array.
//
// Memory is the host's (imported): the host lays out the tables and buffers and writes their byte offsets and the
// loop state into the header at address 0 (i32 words, see the H_* indices below and in kernel.ts). `run` reads the
// state, consumes units while each one is "fast" (a unit the tables say stands for itself and folds to ASCII, or a
// white space, not followed by a possible combining mark), writes the view, the offset map, the
// digit offsets and the automaton hits, and writes the state back. The host's general path takes the unit it stops
// at, then calls again.

// Header words: loop state.
const H_I = 0; // next unit of the input
const H_N = 1; // input length
const H_LEN = 2; // view units written
const H_S = 3; // automaton state
const H_ND = 4; // digit offsets written
const H_NH = 5; // hit words written (2 per hit: state, end)
const H_IDENTITY = 6; // 1 while the view is the input unit for unit
const H_WIDE = 7; // 1 once a view unit is above U+00FF
const H_CAP = 8; // capacity of the output buffers, in units
const H_MLEN = 9; // `marks`: view units to read
const H_NM = 10; // `marks`: marks written
const H_NO = 11; // `marks`: openings written (-1: more than the buffer holds)
// Header words: where things are (byte offsets), and the automaton's row width.
const H_KIND = 16; // u8 per BMP unit: bit 0 fast letter, bit 1 known not a combining mark, bit 2 white space, bit 3 line break
const H_FOLD = 17; // u16 per BMP unit: its folded unit
const H_IN = 18; // u16 input
const H_TEXT = 19; // u16 view
const H_BYTES = 20; // u8 folded view
const H_START = 21; // i32 offset map
const H_END = 22; // i32
const H_DIGITS = 23; // i32 digit offsets
const H_HITS = 24; // i32 pairs (state, end)
const H_ASCII = 25; // u16 automaton transitions: state * stride + class
const H_CLASS = 26; // u8 class of each ASCII unit
const H_EMITS = 27; // u8 per state: 1 where some pattern ends
const H_STRIDE = 28;
const H_MARKS = 29; // i32 marks (view offset << 5 | kinds)
const H_OTAB = 30; // u64 per unit 0-255: the opening bits it may stand in; then the bits of units above 255, the
// bits that start an opening, the bits that end one (see `marks`)
const H_OPENS = 31; // i32 openings (view offset of an opening's last unit << 6 | its last bit)

@inline function word(k: i32): i32 {
  return load<i32>(<usize>(k << 2));
}

export function run(): void {
  let i = word(H_I);
  const n = word(H_N);
  let len = word(H_LEN);
  let s = word(H_S);
  let nd = word(H_ND);
  let nh = word(H_NH);
  let identity = word(H_IDENTITY);
  let wide = word(H_WIDE);
  const kind = <usize>word(H_KIND);
  const fold = <usize>word(H_FOLD);
  const input = <usize>word(H_IN);
  const text = <usize>word(H_TEXT);
  const bytes = <usize>word(H_BYTES);
  const start = <usize>word(H_START);
  const end = <usize>word(H_END);
  const digits = <usize>word(H_DIGITS);
  const hits = <usize>word(H_HITS);
  const ascii = <usize>word(H_ASCII);
  const cls = <usize>word(H_CLASS);
  const emits = <usize>word(H_EMITS);
  const stride = word(H_STRIDE);
  // The last unit is left to the host (it has no next unit to look at), and 16 units of room stay free.
  let limit = i + word(H_CAP) - len - 16;
  if (limit > n - 1) limit = n - 1;
  while (i < limit) {
    const c = <i32>load<u16>(input + (<usize>i << 1));
    const next = <i32>load<u16>(input + (<usize>(i + 1) << 1));
    if ((load<u8>(kind + <usize>next) & 2) == 0) break;
    const k = <i32>load<u8>(kind + <usize>c);
    let u = c; // the view's unit
    let f: i32 = 0; // the folded view's
    if ((k & 1) != 0) {
      f = <i32>load<u16>(fold + (<usize>c << 1));
      if (c > 255) wide = 1;
    } else if ((k & 12) != 0) {
      // White space: a run is one unit, "\n" if it holds a line break.
      const prev = len > 0 ? <i32>load<u16>(text + (<usize>(len - 1) << 1)) : 0;
      if (prev == 32 || prev == 10) {
        if ((k & 8) != 0) {
          store<u16>(text + (<usize>(len - 1) << 1), 10);
          store<u8>(bytes + <usize>(len - 1), 10);
        }
        store<i32>(end + (<usize>(len - 1) << 2), i + 1);
        identity = 0;
        i++;
        continue;
      }
      f = (k & 8) != 0 ? 10 : 32;
      u = f;
    } else break;
    if (f >= 48 && f <= 57) {
      store<i32>(digits + (<usize>nd << 2), len);
      nd++;
    }
    store<u16>(text + (<usize>len << 1), <u16>u);
    store<u8>(bytes + <usize>len, <u8>f);
    store<i32>(start + (<usize>len << 2), i);
    store<i32>(end + (<usize>len << 2), i + 1);
    if (len != i || u != c) identity = 0;
    len++;
    i++;
    s = <i32>load<u16>(ascii + (<usize>(s * stride + <i32>load<u8>(cls + <usize>f)) << 1));
    if (load<u8>(emits + <usize>s) != 0) {
      store<i32>(hits + (<usize>nh << 2), s);
      store<i32>(hits + (<usize>(nh + 1) << 2), len);
      nh += 2;
    }
  }
  store<i32>(<usize>(H_I << 2), i);
  store<i32>(<usize>(H_LEN << 2), len);
  store<i32>(<usize>(H_S << 2), s);
  store<i32>(<usize>(H_ND << 2), nd);
  store<i32>(<usize>(H_NH << 2), nh);
  store<i32>(<usize>(H_IDENTITY << 2), identity);
  store<i32>(<usize>(H_WIDE << 2), wide);
}

// `marks`: after a view is built (the general path and the tone placement included), one pass over its units writes,
// each offset where one of the second readings' scanners may start (view offset << 5 | the kinds there; each kind's
// offsets in order), so that they run at those offsets instead of searching the whole window (#21). The kinds, each checked by the
// TypeScript twin `markRun` in src/normalize/kernel.ts and by test/kernel.test.ts against the scanner's own regex:
const M_HINT = 1; // spacing.ts HINT_RE matches here (on the folded bytes; exact)
const M_SEPARATOR = 2; // disguise.ts SEPARATOR_RE may match here (the test of `firstSeparator`; a superset)
const M_MIXED = 4; // disguise.ts MIXED_RE may match here (a stand-in digit, "@" or "$" beside a possible capital)
const M_SIGNAL = 8; // telex.ts SIGNAL_RE matches here (exact)
const M_GROUPS = 16; // spacing.ts DIGIT_GROUPS_RE may match here (a digit run opening, a gap and a digit after it)
// The KIND table's upper bits, set by the host once: what `marks` asks of a unit (the kernel's loop masks them out).
const K_SPACER = 16; // a separator of spacing.ts (HINT_RE's class), asked of a folded byte
const K_PUNCT = 32; // a unit of SEPARATOR_RE's first class
const K_DIGITISH = 64; // 0-9 @ $
const K_SIGNAL = 128; // A E I O U Y D: what a match of SIGNAL_RE opens with

@inline function digit(c: i32): bool {
  return c >= 48 && c <= 57;
}

@inline function alnum(c: i32): bool {
  return digit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A separator of DIGIT_GROUPS_RE's class: . - / – — _ : , · • | + * ~ */
@inline function groupSeparator(c: i32): bool {
  return c == 46 || c == 45 || c == 47 || c == 0x2013 || c == 0x2014 || c == 95 || c == 58 || c == 44 || c == 0xb7 || c == 0x2022 || c == 124 || c == 43 || c == 42 || c == 126;
}

@inline function capitalish(c: i32): bool {
  return c >= 128 || (c >= 65 && c <= 90);
}

// The openings of the patterns without a trigger or digit group (analyze/opening.ts; the host lays out their bits):
// shift-and over the view's units with a 64-bit state, each pattern's opening a run of bits — the unit before it (not
// in its lookbehind's class, or the window's start), then one bit per unit. An opening ends where its last bit is set.
export function marks(): void {
  const n = word(H_MLEN);
  const kind = <usize>word(H_KIND);
  const text = <usize>word(H_TEXT);
  const bytes = <usize>word(H_BYTES);
  const out = <usize>word(H_MARKS);
  const otab = <usize>word(H_OTAB);
  const opens = <usize>word(H_OPENS);
  const ocap = word(H_CAP);
  const oOther = load<u64>(otab + 256 * 8);
  const oInit = load<u64>(otab + 257 * 8);
  const oAcc = load<u64>(otab + 258 * 8);
  let d: u64 = oInit;
  let no = 0;
  let nm = 0;
  // HINT_RE (separator, one non-separator, one to three separators, one non-separator, separator) is read off the
  // separator bits of the last seven units, without a branch per unit: after unit k, its three shapes end at k and
  // their matches start at k - 4, k - 5 or k - 6 (one match at most ends at k; the starts come out in order).
  let sp = 0;
  for (let k = 0; k < n; k++) {
    const c = <i32>load<u16>(text + (<usize>k << 1));
    const kc = <i32>load<u8>(kind + <usize>c);
    d = ((d << 1) | oInit) & (c < 256 ? load<u64>(otab + (<usize>c << 3)) : oOther);
    let ends = d & oAcc;
    while (ends != 0) {
      if (no < ocap) store<i32>(opens + (<usize>no << 2), (k << 6) | <i32>ctz(ends));
      no++;
      ends &= ends - 1;
    }
    sp = ((sp << 1) | ((<i32>load<u8>(kind + <usize>load<u8>(bytes + <usize>k)) >> 4) & 1)) & 0x7f;
    if ((sp & 0x1f) == 0x15 || (sp & 0x3f) == 0x2d || sp == 0x5d) {
      const at = k - ((sp & 0x1f) == 0x15 ? 4 : (sp & 0x3f) == 0x2d ? 5 : 6);
      store<i32>(out + (<usize>nm << 2), (at << 5) | M_HINT);
      nm++;
    }
    if ((kc & (K_PUNCT | K_DIGITISH | K_SIGNAL)) == 0) continue;
    let m = 0;
    const next: i32 = k + 1 < n ? <i32>load<u16>(text + (<usize>(k + 1) << 1)) : -1;
    if ((kc & K_PUNCT) != 0 && k >= 1 && next >= 0) {
      const prev = <i32>load<u16>(text + (<usize>(k - 1) << 1));
      const capitalAfter = next >= 0xc0 || (next >= 65 && next <= 90);
      if (capitalish(prev) ? capitalAfter || (next >= 48 && next <= 57) || next == 64 || next == 36 : ((prev >= 48 && prev <= 57) || prev == 64 || prev == 36) && capitalAfter) m |= M_SEPARATOR;
    }
    if ((kc & K_DIGITISH) != 0) {
      const prev: i32 = k > 0 ? <i32>load<u16>(text + (<usize>(k - 1) << 1)) : 32;
      if (c != 50 && c != 54 && c != 56 && c != 57 && (capitalish(prev) || (next >= 0 && capitalish(next)))) m |= M_MIXED;
      if (c >= 48 && c <= 57 && !alnum(prev)) {
        // A digit run opening (nothing of [0-9A-Za-z] before it): a gap of "\n", or " "? separator? " "?, then a digit.
        let q = k + 1;
        while (q < n && digit(<i32>load<u16>(text + (<usize>q << 1)))) q++;
        let r = q;
        if (r < n && load<u16>(text + (<usize>r << 1)) == 10) r++;
        else {
          if (r < n && load<u16>(text + (<usize>r << 1)) == 32) r++;
          if (r < n && groupSeparator(<i32>load<u16>(text + (<usize>r << 1)))) {
            r++;
            if (r < n && load<u16>(text + (<usize>r << 1)) == 32) r++;
          }
        }
        if (r > q && r < n && digit(<i32>load<u16>(text + (<usize>r << 1)))) m |= M_GROUPS;
      }
    }
    if ((kc & K_SIGNAL) != 0 && next >= 0) {
      if (next == c && c != 73 && c != 85 && c != 89) m |= M_SIGNAL; // AA EE OO DD
      else if (next == 87 && (c == 65 || c == 79 || c == 85)) m |= M_SIGNAL; // AW OW UW
      else if (c != 68) {
        // [AEIOUY][1-9] and [AEIOUY][A-Z]{0,3}[FJ]
        if (next >= 49 && next <= 57) m |= M_SIGNAL;
        else {
          for (let q = k + 1; q < n && q <= k + 4; q++) {
            const u = <i32>load<u16>(text + (<usize>q << 1));
            if (u == 70 || u == 74) {
              m |= M_SIGNAL;
              break;
            }
            if (u < 65 || u > 90) break;
          }
        }
      }
    }
    if (m != 0) {
      store<i32>(out + (<usize>nm << 2), (k << 5) | m);
      nm++;
    }
  }
  store<i32>(<usize>(H_NM << 2), nm);
  store<i32>(<usize>(H_NO << 2), no <= ocap ? no : -1);
}
