import type { Engine } from '../engine/engine.js';
import { fill, messages, plural } from '../i18n/index.js';
import type { Lang } from '../types.js';

/** A scan shorter than this shows no progress at all. */
const QUIET_MS = 1000;
const EVERY_MS = 100;

/**
 * A progress line on a terminal's stderr for scans that take more than a second: counts the texts checked and the
 * seconds spent, redrawn in place, erased at the end. The caller decides when it applies (pretty output, stderr a
 * TTY); it never touches stdout. It counts calls of the engine, so one long text shows no progress until done.
 */
export function trackProgress(engine: Engine, stderr: NodeJS.WritableStream, lang: Lang): { stop(): void } {
  const t0 = Date.now();
  let n = 0;
  let last = 0;
  let shown = false;
  const original = engine.scanText;
  engine.scanText = function (this: Engine, ...args: Parameters<Engine['scanText']>) {
    const r = original.apply(this, args);
    n++;
    const now = Date.now();
    if (now - t0 >= QUIET_MS && now - last >= EVERY_MS) {
      last = now;
      shown = true;
      stderr.write(`\r\x1b[K${fill(plural(lang, messages(lang).progress, n), { s: ((now - t0) / 1000).toFixed(1) })}`);
    }
    return r;
  };
  return {
    stop() {
      engine.scanText = original;
      if (shown) stderr.write('\r\x1b[K');
    },
  };
}
