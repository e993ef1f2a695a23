import { Unreadable } from './types.js';

/**
 * Compound File Binary containers: an encrypted Word/Excel/PowerPoint file is one (its real package sits in an
 * "EncryptedPackage" stream), and so are the legacy .doc/.xls/.ppt formats. Neither can be read here: say which.
 */
export function explainOle(bytes: Uint8Array): never {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Directory entry names are UTF-16LE.
  if (b.includes(Buffer.from('EncryptedPackage', 'utf16le'))) throw new Unreadable('encrypted (password-protected) Office document; cannot be checked without the password');
  throw new Unreadable('legacy binary Office format (.doc/.xls/.ppt/.msg) is not supported; save it as .docx/.xlsx/.pptx to scan it');
}
