// Draws the app icon (resources/icon.png, 1024×1024) from code, so it can be regenerated and
// reviewed like any source: a blue rounded square with a journey curve through three waymarks.
// electron-builder derives the Windows .ico and macOS .icns from it.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 1024;
const px = new Float32Array(N * N * 4);

function blend(x, y, [r, g, b], a) {
  if (x < 0 || y < 0 || x >= N || y >= N || a <= 0) return;
  const i = (y * N + x) * 4;
  const k = Math.min(1, a);
  px[i] = px[i] * (1 - k) + r * k;
  px[i + 1] = px[i + 1] * (1 - k) + g * k;
  px[i + 2] = px[i + 2] * (1 - k) + b * k;
  px[i + 3] = px[i + 3] + (1 - px[i + 3]) * k;
}

// Anti-aliased shapes by signed distance: coverage = clamp(0.5 - distance).
const cover = (d) => Math.max(0, Math.min(1, 0.5 - d));
function roundedSquare(margin, radius, colour) {
  for (let y = 0; y < N; y++)
    for (let x = 0; x < N; x++) {
      const qx = Math.max(Math.abs(x + 0.5 - N / 2) - (N / 2 - margin - radius), 0);
      const qy = Math.max(Math.abs(y + 0.5 - N / 2) - (N / 2 - margin - radius), 0);
      const t = y / N;
      const c = [colour[0] * (1 - t) + 24 * t, colour[1] * (1 - t) + 56 * t, colour[2] * (1 - t) + 150 * t];
      blend(x, y, c, cover(Math.hypot(qx, qy) - radius));
    }
}
function segment(ax, ay, bx, by, width, colour) {
  const minX = Math.floor(Math.min(ax, bx) - width),
    maxX = Math.ceil(Math.max(ax, bx) + width);
  const minY = Math.floor(Math.min(ay, by) - width),
    maxY = Math.ceil(Math.max(ay, by) + width);
  for (let y = minY; y <= maxY; y++)
    for (let x = minX; x <= maxX; x++) {
      const px_ = x + 0.5 - ax,
        py = y + 0.5 - ay,
        dx = bx - ax,
        dy = by - ay;
      const t = Math.max(0, Math.min(1, (px_ * dx + py * dy) / (dx * dx + dy * dy)));
      blend(x, y, colour, cover(Math.hypot(px_ - t * dx, py - t * dy) - width / 2));
    }
}
function disc(cx, cy, r, colour) {
  for (let y = Math.floor(cy - r - 1); y <= cy + r + 1; y++)
    for (let x = Math.floor(cx - r - 1); x <= cx + r + 1; x++)
      blend(x, y, colour, cover(Math.hypot(x + 0.5 - cx, y + 0.5 - cy) - r));
}

roundedSquare(64, 180, [52, 110, 235]);
// The journey: a smooth curve (a cubic Bézier as short segments) rising and dipping like an emotion line.
const P = [
  [210, 690],
  [400, 330],
  [620, 820],
  [814, 400],
];
const at = (t) => {
  const u = 1 - t;
  return [0, 1].map(
    (k) => u * u * u * P[0][k] + 3 * u * u * t * P[1][k] + 3 * u * t * t * P[2][k] + t * t * t * P[3][k],
  );
};
let prev = at(0);
for (let i = 1; i <= 200; i++) {
  const next = at(i / 200);
  segment(prev[0], prev[1], next[0], next[1], 46, [255, 255, 255]);
  prev = next;
}
for (const t of [0, 0.5, 1]) {
  const [x, y] = at(t);
  disc(x, y, 78, [255, 255, 255]);
  disc(x, y, 44, [255, 196, 61]);
}

// PNG: 8-bit RGBA, filter 0 per row.
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  for (let x = 0; x < N; x++) {
    const i = (y * N + x) * 4;
    const a = px[i + 3];
    const o = y * (N * 4 + 1) + 1 + x * 4;
    raw[o] = Math.round(a ? px[i] / a : 0);
    raw[o + 1] = Math.round(a ? px[i + 1] / a : 0);
    raw[o + 2] = Math.round(a ? px[i + 2] / a : 0);
    raw[o + 3] = Math.round(a * 255);
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(N, 0);
header.writeUInt32BE(N, 4);
header.set([8, 6, 0, 0, 0], 8);
writeFileSync(
  'resources/icon.png',
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);
console.log('[icon] wrote resources/icon.png (1024×1024)');
