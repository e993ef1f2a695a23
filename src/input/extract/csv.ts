import { decode } from '../../decode/decode.js';
import { columnName } from './ooxml.js';
import { type Extracted, Unreadable } from './types.js';

/**
 * CSV is scanned as the text it is (positions stay in the original file); each cell gets a location such as
 * "cell D14" so that a finding in a wide table can be followed. Separator: `,` or `;` or tab, by count.
 */
export function extractCsv(bytes: Uint8Array): Extracted {
  const d = decode(bytes);
  if (!d.ok) throw new Unreadable(d.reason);
  const text = d.text;
  const first = text.slice(0, text.search(/\r|\n|$/));
  const sep = [',', ';', '\t'].map((c) => [c, first.split(c).length] as const).sort((a, b) => b[1] - a[1])[0][0];
  const segments: Extracted['segments'] = [];
  let row = 0;
  let col = 0;
  let start = 0;
  let quoted = false;
  const close = (end: number) => {
    if (end > start) segments.push({ start, end, location: `cell ${columnName(col)}${row + 1}` });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (c === '"' && i === start) quoted = true;
    else if (c === sep) {
      close(i);
      col++;
      start = i + 1;
    } else if (c === '\n' || c === '\r') {
      close(i);
      if (c === '\r' && text[i + 1] === '\n') i++;
      row++;
      col = 0;
      start = i + 1;
    }
  }
  close(text.length);
  const problems = d.problem ? [{ location: 'file', reason: `${d.problem} (the rest was scanned)` }] : [];
  return { text, segments, problems };
}
