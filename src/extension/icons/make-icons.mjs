#!/usr/bin/env node
// Draws the extension's icons (icon-16/32/48/128.png beside this script): a dark blue rounded square with a white
// gate — two posts, a lintel and a crossbar — drawn from geometry at each size (no artwork copied, no image library: PNG written
// with node:zlib). Run: node src/extension/icons/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x4e, 0x8c];
const WHITE = [0xff, 0xff, 0xff];

/** Coverage of a pixel (0–1) by the shape `inside(x, y)` in unit coordinates, sampled 4×4. */
function cover(inside, px, py, size) {
  let n = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((px + (i + 0.5) / 4) / size, (py + (j + 0.5) / 4) / size)) n++;
  return n / 16;
}

const rounded = (x, y) => {
  const r = 0.18;
  const dx = Math.max(r - x, x - (1 - r), 0);
  const dy = Math.max(r - y, y - (1 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const box = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const parts = [box(0.14, 0.2, 0.86, 0.31), box(0.26, 0.2, 0.38, 0.84), box(0.62, 0.2, 0.74, 0.84), box(0.26, 0.45, 0.74, 0.54)];
const gate = (x, y) => parts.some((p) => p(x, y));

function png(size) {
  const raw = Buffer.alloc(size * (1 + 4 * size));
  for (let y = 0; y < size; y++) {
    raw[y * (1 + 4 * size)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const bg = cover(rounded, x, y, size);
      const fg = cover((u, v) => rounded(u, v) && gate(u, v), x, y, size);
      const at = y * (1 + 4 * size) + 1 + 4 * x;
      const w = bg > 0 ? fg / bg : 0;
      for (let c = 0; c < 3; c++) raw[at + c] = Math.round(BLUE[c] * (1 - w) + WHITE[c] * w);
      raw[at + 3] = Math.round(255 * bg);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const here = dirname(fileURLToPath(import.meta.url));
for (const size of [16, 32, 48, 128]) writeFileSync(join(here, `icon-${size}.png`), png(size));
