import { decode } from '../../decode/decode.js';
import { documentKind } from './detect.js';
import type { TextBuilder } from './text-builder.js';
import { DocString, type ExtractContext, fixed, loc, type Loc, Unreadable, withBudget } from './types.js';
import { DEFAULT_ZIP_LIMITS, entryName, ZipArchive } from './zip.js';

/**
 * Files inside files: a workbook embedded in a Word document, a zip among its media, the object data of an RTF
 * object, a PDF attachment, an entry of such a zip. Each is read as what its bytes say it is (documents through
 * their extractor, plain text as text, a zip entry by entry), one level deeper and on the same inflation budget
 * as the file that holds it. Pictures are not text and are passed over; anything else is listed as not scanned —
 * never dropped in silence.
 */
export async function embedded(b: TextBuilder, where: Loc, name: string, bytes: Uint8Array, ctx: ExtractContext): Promise<void> {
  if (isPicture(bytes)) return;
  const inner = { ...withBudget(ctx), depth: ctx.depth + 1 };
  if (inner.depth > ctx.maxDepth) return b.problem(where, `embedded documents nested deeper than ${ctx.maxDepth} levels; not scanned`);
  try {
    const kind = documentKind(name, bytes);
    if (kind) {
      const { extractDocument } = await import('./index.js');
      b.nested(where, await extractDocument(kind, bytes, inner));
    } else if (isZip(bytes)) await zipEntries(b, where, bytes, inner);
    else {
      const d = decode(bytes);
      if (!d.ok) return b.problem(where, `embedded content of an unknown type (${d.reason.replace(/; not scanned$/, '')}); not scanned`);
      b.block(where, d.text);
      if (d.problem) b.problem(where, loc`${fixed(d.problem)} (the rest was scanned)`);
    }
  } catch (e) {
    b.problem(where, e instanceof Unreadable ? e.reason : `could not be read (${e instanceof Error ? e.name : 'error'}); not scanned`);
  }
}

/** A plain zip (not a package): every entry, as an embedded file of its own. */
async function zipEntries(b: TextBuilder, where: Loc, bytes: Uint8Array, ctx: ExtractContext): Promise<void> {
  const zip = new ZipArchive(bytes, DEFAULT_ZIP_LIMITS, withBudget(ctx).budget);
  for (const name of zip.names()) {
    if (name.endsWith('/') || pictureEntry(zip, name)) continue;
    await embedded(b, loc`${where} › ${entryName(name)}`, name, zip.read(name)!, { ...ctx, depth: ctx.depth - 1 });
  }
}

/** The name of an embedded document as the package or the PDF stores it. */
export function embeddedName(name: string): DocString {
  return new DocString(name, 'name of an embedded document');
}

function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

const PICTURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x42, 0x4d], // BMP
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a],
  [0xd7, 0xcd, 0xc6, 0x9a], // placeable WMF
  [0x01, 0x00, 0x09, 0x00], // WMF
];

/** An entry that is a picture, told from its first bytes (the media of a large document are not inflated for it). */
export function pictureEntry(zip: ZipArchive, name: string): boolean {
  const head = zip.head(name);
  return head !== undefined && isPicture(head);
}

/** Raster and metafile pictures by their magic bytes (a name says nothing: a zip may be called image1.png). */
function isPicture(b: Uint8Array): boolean {
  if (PICTURES.some((sig) => sig.every((x, i) => b[i] === x))) return true;
  // EMF: record type 1, " EMF" at offset 40. WebP: RIFF….WEBP.
  if (b[0] === 0x01 && b[1] === 0 && b[2] === 0 && b[3] === 0 && b[40] === 0x20 && b[41] === 0x45 && b[42] === 0x4d && b[43] === 0x46) return true;
  return b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50;
}
