import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { luhn } from '../src/validate/validators/checksums.js';
import { cardIssuerKnown } from '../src/validate/validators/intl.js';
import { PUBLISHED_TEST_CARDS } from '../src/validate/validators/test-cards.js';

// Round 32's decision on intl.financial.payment-card: words beside a card ("test card", "sandbox", "thẻ thử nghiệm",
// "testovací karty") no longer silence it, since anyone can write them next to a customer's card; only the numbers the
// payment processors publish pass, wherever they stand.

const scan = (text: string) => {
  const r = cli(['scan', '--no-config', '--format', 'json', '-'], { input: text });
  return { code: r.code, cards: (r.json().findings as { ruleId: string }[]).filter((f) => f.ruleId === 'intl.financial.payment-card').length };
};

describe('a real-looking card blocks whatever words stand beside it; the processors\' published test numbers pass anywhere', () => {
  it.each([
    ['Test card for the refund check: 4213 9463 5518 9928, exp 04/29, CVC 331', 1],
    ['Use this card in test mode: 5456-4158-4376-3770', 1],
    ['In the sandbox, 4862285315121166 is our QA card (it is my own Visa, do not share)', 1],
    ['Thẻ thử nghiệm của chị Lan: 9704 3656 8631 9630, hết hạn 09/28', 1],
    ['Testovací karty do sandboxu: 4063 0221 4137 7200', 1],
    ['My card is 4242 4242 4242 4242, exp 04/29.', 0],
    ['card_number,exp\n5555555555554444,09/28', 0],
    ['Thẻ của khách: 9704-1985-2619-1432-198', 0],
    ['Karta 3782 822463 10005 (Amex)', 0],
  ] as const)('%s → %i card(s)', (text, cards) => {
    const r = scan(text);
    expect(r.cards).toBe(cards);
    expect(r.code).toBe(cards > 0 ? 1 : 0);
  });

  it('every listed number is one the card check would otherwise take (a list entry that is never found is a typo)', () => {
    expect(PUBLISHED_TEST_CARDS.size).toBeGreaterThan(100);
    for (const n of PUBLISHED_TEST_CARDS) {
      expect(n, n).toMatch(/^\d{14,19}$/);
      expect(luhn(n) && cardIssuerKnown(n), n).toBe(true);
    }
  });
});

describe('an inline suppression whose reason says "test card" suppresses the card it names (and nothing silences it before)', () => {
  it('the card is found, then waived by the marker', () => {
    const r = cli(['scan', '--no-config', '--format', 'json', '-'], {
      input: 'promptgate-ignore-next-line intl.financial.payment-card -- test card\nthẻ 4213 9463 5518 9928\n',
    });
    const doc = r.json();
    expect(doc.findings).toEqual([]);
    expect(doc.suppressed?.map((f: { ruleId: string }) => f.ruleId)).toEqual(['intl.financial.payment-card']);
  });
});
