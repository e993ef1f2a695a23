import { mask } from '../../util/mask.js';

/**
 * A string taken from inside a document — a sheet name, an attachment's file name or MIME type, a comment or
 * change author, a zip entry name, a relationship target. It is content, not description: it renders masked
 * (like a value in an excerpt) wherever it is shown, and a TextBuilder that places it in a location also scans it
 * (`what` is where that finding is then said to be: "sheet name", "comment author"…).
 */
export class DocString {
  constructor(readonly raw: string, readonly what: string) {}
  toString(): string {
    return `“${mask(this.raw, 24)}”`;
  }
}

/**
 * A location or a reason built only from fixed text, numbers and DocStrings (see `loc`). Extractors take no
 * other kind of location, so a name from the document cannot reach an output in clear by being interpolated.
 */
export class Loc {
  constructor(readonly text: string, readonly names: readonly DocString[]) {}
  toString(): string {
    return this.text;
  }
}

/** `loc\`sheet ${n} ${name}, cell ${ref}\``: strings in the template are fixed text; every value must be a number,
 * a DocString (rendered masked) or another Loc. */
export function loc(strings: TemplateStringsArray, ...values: (number | DocString | Loc)[]): Loc {
  let text = strings[0];
  const names: DocString[] = [];
  values.forEach((v, i) => {
    if (v instanceof DocString) names.push(v);
    else if (v instanceof Loc) names.push(...v.names);
    text += String(v) + strings[i + 1];
  });
  return new Loc(text, names);
}

/** A location or reason that is fixed text chosen by the code, e.g. a reason handed back by the decoder. */
export function fixed(text: string): Loc {
  return new Loc(text, []);
}

/**
 * What an extractor hands back: the text a person would read in the document, and a table that says where
 * each range of that text came from ("header of section 1", "sheet Lương, cell D14", "page 3").
 */
export interface Segment {
  start: number;
  end: number;
  location: string;
  /** Set when the segment's text is the file's own text, line for line, from this 1-based line and column on (a
   * plain e-mail body or header): findings in it then point at the file, not at the extracted text. */
  origin?: { line: number; column: number };
  /** Findings starting in this segment count only for these categories (an e-mail's transport headers: the hosts
   * and addresses of its mail servers are infrastructure; their ids and dates are nothing). */
  only?: readonly string[];
}

export interface Extracted {
  text: string;
  segments: Segment[];
  /** Parts that could not be read (an image-only page, an unsupported attachment): each becomes a `skipped` entry. */
  problems: { location: string; reason: string }[];
}

/** The whole document cannot be read (encrypted, a zip bomb, corrupt): the scan lists it in `skipped`. The reason
 * is fixed text, or a Loc when it names something from inside the document (then masked). */
export class Unreadable extends Error {
  readonly reason: string;
  constructor(reason: string | Loc) {
    super(String(reason));
    this.reason = String(reason);
  }
}

/** Limits shared by every extractor; attachments inherit the remaining depth. */
export interface ExtractContext {
  /** How many documents deep we are (an e-mail attachment is depth 1). */
  depth: number;
  maxDepth: number;
  /** Bytes that may still be inflated for this file, shared by every document nested in it (zip entries, PDF
   * streams, embedded packages). Made by `withBudget` when absent. */
  budget?: { left: number };
}

/** Bytes inflated from one file at most, across all its nested documents (zip entries and PDF streams alike). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

export const DEFAULT_CONTEXT: ExtractContext = { depth: 0, maxDepth: 3 };

/** The context with its shared inflation budget (a fresh one for a top-level file). */
export function withBudget(ctx: ExtractContext): Required<ExtractContext> {
  return { ...ctx, budget: ctx.budget ?? { left: MAX_INFLATED_BYTES } };
}
