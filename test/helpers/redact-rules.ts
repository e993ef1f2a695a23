/**
 * A small, stable rule set for the redact/restore tests: the built-in packs grow while we work, these rules do not.
 * One rule per behaviour that matters to redaction.
 */
export const REDACT_TEST_RULES = `
rules:
  - id: t.cccd
    title: Citizen ID
    rationale: test
    category: national-id
    placeholder: CCCD
    patterns: ['(?<![\\p{L}\\p{N}])\\d{3}[ .]?\\d{3}[ .]?\\d{6}(?![\\p{L}\\p{N}])']
  - id: t.phone
    title: Phone
    rationale: test
    category: contact
    placeholder: PHONE
    patterns: ['(?<![\\p{L}\\p{N}+])(?:\\+84[ .-]?|0)9\\d(?:[ .-]?\\d){7}(?![\\p{L}\\p{N}])']
  - id: t.phone-line
    title: Phone with its label
    rationale: overlaps t.phone on purpose
    category: sensitive-personal
    placeholder: HOTLINE
    severity: info
    patterns: [{regex: 'hotline:? 09\\d(?:[ .-]?\\d){7}', on: lower}]
  - id: t.email
    title: E-mail
    rationale: test
    category: contact
    placeholder: EMAIL
    patterns: ['[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[a-zA-Z]{2,}']
  - id: t.stamp
    title: Stamp
    rationale: test
    category: classified-marking
    keywords: {terms: [tối mật], case: upper}
  - id: t.master-key
    title: Master key
    rationale: cannot be cut out
    category: credential
    redact: false
    patterns: ['MASTERKEY-[A-Z0-9]{8}']
  - id: t.internal-note
    title: Internal note marker
    rationale: a warning that cannot be cut out
    category: official-document
    severity: warn
    redact: false
    keywords: [nội bộ]
`;
