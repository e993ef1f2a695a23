/**
 * Start-up phase marks for `PROMPTGATE_TIMING=1` (issue #21): bin/promptgate.js opens the list and writes it to
 * standard error when the process ends (milliseconds since the process began, as `performance.now()` counts them).
 * Without the variable the list does not exist and a mark costs one property read.
 */
export function mark(name: string): void {
  (globalThis as { __promptgateMarks?: [string, number][] }).__promptgateMarks?.push([name, performance.now()]);
}
