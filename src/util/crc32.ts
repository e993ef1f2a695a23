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
  else for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
