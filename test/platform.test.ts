import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portablePlatform } from '../src/engine/platform.js';
import { nodePlatform } from '../src/runtime/node-platform.js';

// The browser runs the engine on the portable platform, the CLI on Node's (Buffer): both must give the same strings.
describe('the portable platform decodes as the Node platform does', () => {
  const b64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_=\n .%é';

  it('base64, either alphabet, with stray characters and padding', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...b64chars), { maxLength: 200 }), (cs) => {
      const s = cs.join('');
      expect([...portablePlatform.base64(s)]).toEqual([...nodePlatform.base64(s)]);
    }), { numRuns: 2000 });
    const text = 'Bí mật: {"alg":"HS256"} ~~~ ÿ';
    for (const enc of ['base64', 'base64url'] as const) {
      const s = Buffer.from(text).toString(enc);
      expect(nodePlatform.utf8(portablePlatform.base64(s))).toBe(text);
    }
  });

  it('Latin-1 bytes, UTF-16 units (lone surrogates kept) and UTF-8 (invalid bytes replaced), past one chunk', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 20_000 }), fc.nat(), (bytes, cut) => {
      const n = bytes.length === 0 ? 0 : cut % (bytes.length + 1);
      expect(portablePlatform.latin1(bytes, n)).toBe(nodePlatform.latin1(bytes, n));
      expect(portablePlatform.utf8(bytes)).toBe(nodePlatform.utf8(bytes));
    }), { numRuns: 200 });
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20_000 }), (codes) => {
      const units = Uint16Array.from(codes);
      expect(portablePlatform.utf16(units, units.length)).toBe(nodePlatform.utf16(units, units.length));
    }), { numRuns: 200 });
    // Past the 8 K chunk of the portable decoders, with a surrogate pair cut at the chunk edge.
    const wide = Uint16Array.from({ length: 3 * 8192 + 5 }, (_, k) => (k === 8191 ? 0xd83d : k === 8192 ? 0xde00 : (k * 7919) & 0xffff));
    expect(portablePlatform.utf16(wide, wide.length)).toBe(nodePlatform.utf16(wide, wide.length));
    const narrow = Uint8Array.from({ length: 2 * 8192 + 3 }, (_, k) => (k * 31) & 0xff);
    expect(portablePlatform.latin1(narrow, narrow.length)).toBe(nodePlatform.latin1(narrow, narrow.length));
  });
});
