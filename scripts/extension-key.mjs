#!/usr/bin/env node
// The Chromium extension's id comes from the public key in its manifest (`key`) or, for a packed .crx, from the key
// that signed it: the first 128 bits of the SHA-256 of the key's DER bytes, as 32 letters a–p.
//   node scripts/extension-key.mjs new org.pem   makes an RSA key pair: the private key into org.pem (keep it
//                                                 offline: it signs the organisation's .crx), prints `key` and the id
//   node scripts/extension-key.mjs org.pem       prints the `key` and the id of an existing private key
//   node scripts/extension-key.mjs               prints the id of src/extension/manifest.json's `key`
// The committed `key` (manifest.json) was made once with `new`; its private half was not kept (see the README's
// extension section: an organisation packs the .crx with its own key, whose id this script prints).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The extension id of a public key given as base64 DER (SubjectPublicKeyInfo), as in a manifest's `key`. */
export function extensionId(key) {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function publicKeyOf(pem) {
  return createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' }).toString('base64');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [a, b] = process.argv.slice(2);
  let key;
  if (a === 'new') {
    if (!b) throw new Error('usage: extension-key.mjs new <private key file>');
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(b, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  } else if (a) key = publicKeyOf(readFileSync(a));
  else key = JSON.parse(readFileSync(join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'src', 'extension', 'manifest.json'), 'utf8')).key;
  process.stdout.write(`key: ${key}\nid:  ${extensionId(key)}\n`);
}
