import type { DocumentKind } from './detect.js';
import { DEFAULT_CONTEXT, type ExtractContext, type Extracted, Unreadable } from './types.js';

/**
 * Extracts the text of a document of a known kind. Each format's module (and its library) is imported only
 * here, when a file of that kind is scanned. Throws Unreadable for a document that cannot be checked.
 */
export async function extractDocument(kind: DocumentKind, bytes: Uint8Array, ctx: ExtractContext = DEFAULT_CONTEXT): Promise<Extracted> {
  switch (kind) {
    case 'ooxml':
      return (await import('./ooxml.js')).extractOoxml(bytes, ctx);
    case 'odf':
      return (await import('./odf.js')).extractOdf(bytes, ctx);
    case 'pdf':
      return (await import('./pdf.js')).extractPdf(bytes, ctx);
    case 'eml':
      return (await import('./eml.js')).extractEml(bytes, ctx);
    case 'html':
      return (await import('./html.js')).extractHtml(bytes);
    case 'rtf':
      return (await import('./rtf.js')).extractRtf(bytes, ctx);
    case 'csv':
      return (await import('./csv.js')).extractCsv(bytes);
    case 'ole':
      return (await import('./ole.js')).explainOle(bytes);
  }
}

export { Unreadable };
