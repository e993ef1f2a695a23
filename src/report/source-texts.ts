import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decode } from '../decode/decode.js';
import { documentKind } from '../input/extract/detect.js';

/** Files larger than this are not read again: their findings show the masked excerpt alone. */
const MAX_BYTES = 8 * 1024 * 1024;

/**
 * The decoded text of each scanned source, read again only for the findings a person is shown (the scan itself
 * keeps no texts). Bytes already in memory (standard input, staged blobs) are used as they are; files are read
 * from `cwd`. Documents (Office, PDF, e-mail…) give none: their findings point into extracted parts.
 */
export function sourceTexts(cwd: string, inMemory: Map<string, Uint8Array>): (source: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (source) => {
    if (cache.has(source)) return cache.get(source);
    let text: string | undefined;
    try {
      const path = resolve(cwd, source);
      const bytes = inMemory.get(source) ?? (statSync(path).size <= MAX_BYTES ? readFileSync(path) : undefined);
      if (bytes && !documentKind(source, bytes)) {
        const d = decode(bytes);
        if (d.ok) text = d.text;
      }
    } catch {
      text = undefined; // gone or unreadable since the scan: the masked excerpt alone is shown
    }
    cache.set(source, text);
    return text;
  };
}
