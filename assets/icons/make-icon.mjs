#!/usr/bin/env node
// Draws Yardstick's 512x512 app icon (assets/icons/icon.png) with nothing but Node: a blue
// rounded square, three rising bars, and a yardstick with tick marks under them. electron-builder
// makes the .icns and .ico from this PNG. Run it again after changing the drawing:
//   node assets/icons/make-icon.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 512;
const samples = 4; // 4x4 supersampling for smooth edges

const blue = [31, 78, 121];
const white = [255, 255, 255];
const gold = [242, 183, 5];
const ink = [60, 45, 10];

/** The colour at a point (in 0..512 units), or null for transparent. */
function paint(x, y) {
  // Rounded square, corner radius 96, inset 16.
  const inset = 16;
  const radius = 96;
  const cx = Math.min(Math.max(x, inset + radius), size - inset - radius);
  const cy = Math.min(Math.max(y, inset + radius), size - inset - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return null;

  // The yardstick: a gold band with ink tick marks every 24 units, taller every 96.
  const top = 340;
  const bottom = 410;
  if (x >= 72 && x <= 440 && y >= top && y <= bottom) {
    const offset = x - 80;
    const tick = offset >= 0 && offset % 24 < 4 && x <= 436;
    const long = offset % 96 < 4;
    if (tick && y <= top + (long ? 38 : 22)) return ink;
    return gold;
  }

  // Three rising bars standing on the yardstick.
  const bars = [
    [104, 100],
    [212, 172],
    [320, 236],
  ];
  for (const [left, height] of bars) {
    if (x >= left && x <= left + 80 && y >= 320 - height && y <= 320) return white;
  }
  return blue;
}

const rows = [];
for (let y = 0; y < size; y += 1) {
  const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
  for (let x = 0; x < size; x += 1) {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let sy = 0; sy < samples; sy += 1) {
      for (let sx = 0; sx < samples; sx += 1) {
        const colour = paint(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
        if (colour) {
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
    }
    const at = 1 + x * 4;
    if (a > 0) {
      row[at] = Math.round(r / a);
      row[at + 1] = Math.round(g / a);
      row[at + 2] = Math.round(b / a);
    }
    row[at + 3] = Math.round((255 * a) / samples ** 2);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`wrote assets/icons/icon.png (${png.length} bytes)`);
