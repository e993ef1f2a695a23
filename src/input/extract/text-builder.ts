import { type DocString, type Extracted, Loc, type Segment } from './types.js';

/**
 * Builds the extracted text part by part and records each part's location. Parts are separated by a blank
 * line so that a match never joins the end of one part (a cell, a header) to the start of another.
 * Locations are Locs: the document strings they quote are shown masked, and are scanned at the end (`done`).
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];
  readonly problems: Extracted['problems'] = [];
  /** Document strings used in locations and reasons, to be scanned: `what` → raw strings, each once. */
  private readonly names = new Map<string, Set<string>>();

  private note(l: Loc): string {
    for (const d of l.names) this.name(d);
    return l.text;
  }

  /** Scans a document string (a name nothing else quotes, e.g. a part skipped as unsupported) like content. */
  name(d: DocString): void {
    let set = this.names.get(d.what);
    if (!set) this.names.set(d.what, (set = new Set()));
    set.add(d.raw);
  }

  /** Appends `text` as its own block; empty or whitespace-only blocks are dropped. With `origin`, the text is the
   * file's own from that line and column on (see Segment). */
  block(where: Loc, text: string, separator = '\n\n', origin?: Segment['origin']): void {
    if (!/\S/.test(text)) return;
    if (this.length > 0) this.raw(separator);
    if (origin) {
      this.segments.push({ start: this.length, end: this.length + text.length, location: this.note(where), origin });
      this.raw(text);
    } else this.inline(where, text);
  }

  /** Appends `text` as its own block, read only for the categories `only` (see Segment). */
  restricted(where: Loc, text: string, only: readonly string[], origin?: Segment['origin'], separator = '\n'): void {
    if (!/\S/.test(text)) return;
    if (this.length > 0) this.raw(separator);
    this.segments.push({ start: this.length, end: this.length + text.length, location: this.note(where), only, ...(origin ? { origin } : {}) });
    this.raw(text);
  }

  /** Appends `text` directly after what is there (e.g. the next cell of a row, after a tab). */
  inline(where: Loc, text: string): void {
    if (text.length === 0) return;
    const location = this.note(where);
    const last = this.segments[this.segments.length - 1];
    if (last && last.location === location && last.end === this.length && !last.origin && !last.only) last.end += text.length;
    else this.segments.push({ start: this.length, end: this.length + text.length, location });
    this.raw(text);
  }

  /** Text that belongs to no location (separators). */
  raw(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  get size(): number {
    return this.length;
  }

  /** Includes another document's extraction (an attachment) with its locations prefixed. */
  nested(where: Loc, inner: Extracted): void {
    const prefix = this.note(where);
    if (/\S/.test(inner.text)) {
      if (this.length > 0) this.raw('\n\n');
      const base = this.length;
      let at = 0;
      for (const s of inner.segments) {
        if (s.start > at) this.raw(inner.text.slice(at, s.start));
        // An attachment's own file lines are not this file's: its origin does not carry over.
        this.segments.push({ start: base + s.start, end: base + s.end, location: `${prefix} › ${s.location}`, ...(s.only ? { only: s.only } : {}) });
        this.raw(inner.text.slice(s.start, s.end));
        at = s.end;
      }
      if (at < inner.text.length) this.raw(inner.text.slice(at));
    }
    for (const p of inner.problems) this.problems.push({ location: `${prefix} › ${p.location}`, reason: p.reason });
  }

  problem(where: Loc, reason: string | Loc): void {
    this.problems.push({ location: this.note(where), reason: typeof reason === 'string' ? reason : this.note(reason) });
  }

  /** The text, with every document string seen in a location appended as its own part (so a CCCD in a sheet
   * name is a finding, located by what the string is, never by the string itself). */
  done(): Extracted {
    for (const [what, raws] of this.names) for (const r of raws) this.block(new Loc(what, []), r);
    this.names.clear();
    return { text: this.parts.join(''), segments: this.segments, problems: this.problems };
  }
}

/** The segment that holds `offset` (segments are sorted and do not overlap). */
export function segmentAt(segments: Segment[], offset: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The location of the segment that holds `offset`. */
export function locationAt(segments: Segment[], offset: number): string | undefined {
  return segmentAt(segments, offset)?.location;
}
