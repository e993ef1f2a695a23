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

/** The whole document cannot be read (encrypted, a zip bomb, corrupt): the scan lists it in `skipped`. */
export class Unreadable extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Limits shared by every extractor; attachments inherit the remaining depth. */
export interface ExtractContext {
  /** How many documents deep we are (an e-mail attachment is depth 1). */
  depth: number;
  maxDepth: number;
}

export const DEFAULT_CONTEXT: ExtractContext = { depth: 0, maxDepth: 3 };
