/**
 * Text from inputs (file names, document lines, locations) shown on a terminal: control characters are written as
 * visible escapes, so that a file cannot move the cursor, recolour or erase the verdict, and a line break in a file
 * name cannot start a line of the report that looks like promptgate's own. Covered: C0 and C1 controls, DEL, line
 * and paragraph separators, and the bidirectional marks and overrides that reorder what is shown.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControls(s: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(s)) return s;
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
