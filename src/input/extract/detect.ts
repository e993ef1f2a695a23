/**
 * Which extractor a file needs, from its name and its first bytes. Cheap and import-free, so that scanning a
 * plain prompt costs one extension check. Magic bytes win over a misleading extension for the binary formats.
 */
export type DocumentKind = 'ooxml' | 'odf' | 'pdf' | 'eml' | 'html' | 'rtf' | 'csv' | 'ole';

const BY_EXTENSION: Record<string, DocumentKind> = {
  docx: 'ooxml', docm: 'ooxml', dotx: 'ooxml', xlsx: 'ooxml', xlsm: 'ooxml', pptx: 'ooxml', pptm: 'ooxml',
  odt: 'odf', ods: 'odf', odp: 'odf', ott: 'odf',
  pdf: 'pdf', eml: 'eml', html: 'html', htm: 'html', xhtml: 'html', rtf: 'rtf', csv: 'csv',
  doc: 'ole', xls: 'ole', ppt: 'ole', msg: 'ole',
};

export function documentKind(name: string, bytes: Uint8Array): DocumentKind | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'; // Compound File (legacy Office, encrypted OOXML)
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // {\rtf
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  const byExt = ext ? BY_EXTENSION[ext] : undefined;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (byExt === 'ooxml' || byExt === 'odf') return byExt;
    // A package without a telling name (e.g. standard input): ODF names its type in an uncompressed first entry.
    if (includesAscii(bytes.subarray(0, 200), 'mimetypeapplication/vnd.oasis.opendocument')) return 'odf';
    // OOXML names its parts in the central directory at the end; any part may come first.
    if (includesAscii(bytes, '[Content_Types].xml')) return 'ooxml';
    return undefined;
  }
  return byExt === 'ole' ? undefined : byExt;
}

function startsWith(b: Uint8Array, sig: number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

function includesAscii(b: Uint8Array, s: string): boolean {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(s, 0, 'latin1');
}
