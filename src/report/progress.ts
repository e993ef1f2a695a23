import type { StageCall } from '../engine/scanner.js';
import { fill, messages, plural } from '../i18n/index.js';
import type { Lang } from '../types.js';

/** A scan shorter than this shows no progress at all. */
const QUIET_MS = 1000;
const EVERY_MS = 100;

/**
 * A progress line on a terminal's stderr for scans that take more than a second: counts the texts checked and the
 * seconds spent, redrawn in place, erased at the end. The caller decides when it applies (pretty output, stderr a
 * TTY); it never touches stdout. It is the outermost scanner stage and counts the texts it is given, so one long
 * text shows no progress until done.
 */
export function trackProgress(stderr: NodeJS.WritableStream, lang: Lang): { stage: StageCall; stop(): void } {
  const t0 = Date.now();
  let n = 0;
  let last = 0;
  let shown = false;
  let stopped = false;
  const stage: StageCall = (inner, text, source, o) => {
    const r = inner.scanText(text, source, o);
    if (stopped) return r;
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
    stage,
    stop() {
      stopped = true;
      if (shown) stderr.write('\r\x1b[K');
    },
  };
}
