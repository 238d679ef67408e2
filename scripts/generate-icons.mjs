// `node scripts/generate-icons.mjs`: draws the app's icons into public/ (committed; run again only
// when the drawing below changes). One description of the shapes gives the SVG and the PNGs, so they
// match; the PNGs are rasterised here (4×4 samples a pixel) and encoded with node's own zlib.
//
//   public/icon.svg              any size, rounded square
//   public/icon-192.png, -512    rounded square, transparent corners
//   public/icon-maskable-512.png full-bleed square, the drawing inside the 80 % safe zone
//
// The drawing: the favicon's three dots (header, payload, signature) under an inspector's lens.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const PUBLIC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'public');

const BACKGROUND = '#1f2937';
const LENS = '#e5e7eb';
const DOTS = [
  { cx: 128, color: '#f87171' },
  { cx: 256, color: '#c084fc' },
  { cx: 384, color: '#38bdf8' },
];

/** The shapes on a 512 × 512 canvas, painted in order; `bleed` fills the whole square (maskable). */
function shapes({ bleed }) {
  const scale = bleed ? 0.8 : 1;
  const at = (v) => 256 + (v - 256) * scale;
  const size = (v) => v * scale;
  return [
    { kind: 'rect', x: 0, y: 0, w: 512, h: 512, r: bleed ? 0 : 96, color: BACKGROUND },
    ...DOTS.map((dot) => ({ kind: 'circle', cx: at(dot.cx), cy: at(256), r: size(36), color: dot.color })),
    { kind: 'ring', cx: at(256), cy: at(256), r: size(70), width: size(18), color: LENS },
    { kind: 'capsule', x1: at(314), y1: at(314), x2: at(392), y2: at(392), width: size(34), color: LENS },
  ];
}

function svgOf(list) {
  const body = list.map((s) => {
    switch (s.kind) {
      case 'rect':
        return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${s.color}"/>`;
      case 'circle':
        return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.color}"/>`;
      case 'ring':
        return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="none" stroke="${s.color}" stroke-width="${s.width}"/>`;
      case 'capsule':
        return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${s.color}" stroke-width="${s.width}" stroke-linecap="round"/>`;
      default:
        throw new Error(`unknown shape ${s.kind}`);
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${body.join('')}</svg>\n`;
}

/** Whether the point (x, y) of the 512 canvas lies inside the shape. */
function inside(s, x, y) {
  switch (s.kind) {
    case 'rect': {
      const qx = Math.max(Math.abs(x - (s.x + s.w / 2)) - (s.w / 2 - s.r), 0);
      const qy = Math.max(Math.abs(y - (s.y + s.h / 2)) - (s.h / 2 - s.r), 0);
      return x >= s.x && x <= s.x + s.w && y >= s.y && y <= s.y + s.h && Math.hypot(qx, qy) <= s.r;
    }
    case 'circle':
      return Math.hypot(x - s.cx, y - s.cy) <= s.r;
    case 'ring':
      return Math.abs(Math.hypot(x - s.cx, y - s.cy) - s.r) <= s.width / 2;
    case 'capsule': {
      const dx = s.x2 - s.x1;
      const dy = s.y2 - s.y1;
      const t = Math.min(1, Math.max(0, ((x - s.x1) * dx + (y - s.y1) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(x - (s.x1 + t * dx), y - (s.y1 + t * dy)) <= s.width / 2;
    }
    default:
      throw new Error(`unknown shape ${s.kind}`);
  }
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** RGBA pixels of the shapes at `px` × `px`, each pixel the average of 4 × 4 samples. */
function rasterise(list, px) {
  const colors = list.map((s) => rgb(s.color));
  const pixels = Buffer.alloc(px * px * 4);
  const n = 4;
  for (let py = 0; py < px; py += 1) {
    for (let pxX = 0; pxX < px; pxX += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const x = ((pxX + (sx + 0.5) / n) * 512) / px;
          const y = ((py + (sy + 0.5) / n) * 512) / px;
          let top = -1;
          for (let i = 0; i < list.length; i += 1) if (inside(list[i], x, y)) top = i;
          if (top < 0) continue;
          const [r, g, b] = colors[top];
          sum[0] += r;
          sum[1] += g;
          sum[2] += b;
          sum[3] += 1;
        }
      }
      const offset = (py * px + pxX) * 4;
      // Colours averaged over the covered samples only, so edges do not darken towards black.
      for (let c = 0; c < 3; c += 1) pixels[offset + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      pixels[offset + 3] = Math.round((sum[3] / (n * n)) * 255);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG (8-bit RGBA, no filter) of `px` × `px` pixels. */
function encodePng(pixels, px) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(px, 0);
  header.writeUInt32BE(px, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(px * (px * 4 + 1));
  for (let y = 0; y < px; y += 1) pixels.copy(rows, y * (px * 4 + 1) + 1, y * px * 4, (y + 1) * px * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const plain = shapes({ bleed: false });
const bleed = shapes({ bleed: true });
writeFileSync(join(PUBLIC_DIR, 'icon.svg'), svgOf(plain));
for (const [name, list, px] of [
  ['icon-192.png', plain, 192],
  ['icon-512.png', plain, 512],
  ['icon-maskable-512.png', bleed, 512],
]) {
  writeFileSync(join(PUBLIC_DIR, name), encodePng(rasterise(list, px), px));
}
console.log(`icons written to ${PUBLIC_DIR}`);
