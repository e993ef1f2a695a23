const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/**
 * CRC-32 (IEEE, as zlib) of bytes, or of a string's UTF-16 units taken as bytes (ASCII text); written out because
 * zlib.crc32 is newer than Node 20.0. Used by token validators and the fingerprint store's block checks.
 */
export function crc32(data: string | Uint8Array): number {
  let c = 0xffffffff;
  if (typeof data === 'string') for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  else if (data.length >= 256) return crc32Wide(data);
  else for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Tables of "slicing by 4": byte k of a 4-byte group through table k (made on the first long input). */
let WIDE: Uint32Array | undefined;

/** The same CRC, four bytes a step (a store's 128 KB word filter and a prompt's few hundred blocks of entries are checked
 * by every prompt that names the store). */
function crc32Wide(data: Uint8Array): number {
  const t = (WIDE ??= (() => {
    const w = new Uint32Array(4 * 256);
    w.set(TABLE);
    for (let k = 1; k < 4; k++) for (let n = 0; n < 256; n++) w[k * 256 + n] = TABLE[w[(k - 1) * 256 + n] & 0xff] ^ (w[(k - 1) * 256 + n] >>> 8);
    return w;
  })());
  let c = 0xffffffff;
  const n = data.length - (data.length & 3);
  let i = 0;
  for (; i < n; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = t[768 + (c & 0xff)] ^ t[512 + ((c >>> 8) & 0xff)] ^ t[256 + ((c >>> 16) & 0xff)] ^ t[c >>> 24];
  }
  for (; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
