#!/usr/bin/env node
// Draws the AI Factory Finance icons (a GPU rack beside a power bolt over a rising
// bar chart) and writes them as PNGs into assets/. The committed PNGs are the
// artefacts the manifest points at; this script exists so they can be regenerated
// or restyled, not to run at build time.
//
//   node scripts/make-icons.mjs            # writes assets/icon-{16,32,64,80}.png
//
// No image library: shapes are described in a unit square, sampled 8x8 per pixel
// for anti-aliasing, and encoded as 8-bit RGBA PNG with node's zlib (PNG spec,
// ISO/IEC 15948: signature, IHDR, IDAT, IEND, CRC-32 over type + data).
import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Sizes the manifest declares: 16/32/80 for ribbon buttons, 32/64 for the add-in icon. */
export const ICON_SIZES = [16, 32, 64, 80];

// Brand palette: deep navy ground, steel rack, signal green LEDs / chart, amber bolt.
const NAVY = [16, 33, 61, 255];
const STEEL = [52, 86, 138, 255];
const SLOT = [30, 52, 92, 255];
const GREEN = [118, 185, 0, 255];
const AMBER = [255, 183, 3, 255];

const crcTable = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes width x height RGBA pixels (row-major, 4 bytes each) as a PNG file. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  // Filter type 0 (None) on every scanline: icons are tiny, simplicity wins.
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0;
    rgba.copy(raw, y * (1 + width * 4) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const polygon = (pts) => (x, y) => {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

/**
 * The scene as painter's-order layers [shape, colour] in a unit square (y down).
 * Small sizes drop detail that would only turn into mud: at 16 px the rack keeps
 * two slots and no chart.
 */
function scene(size) {
  const small = size <= 16;
  const layers = [[roundRect(0, 0, 1, 1, 0.2), NAVY]];
  // Rack: a steel cabinet with server slots, each with a green status LED.
  const rack = small ? [0.12, 0.14, 0.56, 0.86] : [0.1, 0.1, 0.54, 0.72];
  layers.push([roundRect(...rack, 0.06), STEEL]);
  const slots = small ? 2 : 3;
  const inset = small ? 0.07 : 0.055;
  const slotH = (rack[3] - rack[1] - inset * (slots + 1)) / slots;
  for (let i = 0; i < slots; i++) {
    const y0 = rack[1] + inset + i * (slotH + inset);
    layers.push([roundRect(rack[0] + inset, y0, rack[2] - inset, y0 + slotH, 0.025), SLOT]);
    const ledR = small ? 0.06 : 0.04;
    layers.push([circle(rack[2] - inset - ledR - 0.03, y0 + slotH / 2, ledR), GREEN]);
  }
  if (!small) {
    // Rising bars under the rack: the finance half of the name.
    const base = 0.91;
    const bars = [
      [0.12, 0.07],
      [0.255, 0.11],
      [0.39, 0.15],
    ];
    for (const [x, h] of bars) layers.push([roundRect(x, base - h, x + 0.1, base, 0.02), GREEN]);
  }
  // Power bolt on the right, overlapping the rack edge a little.
  const bolt = small
    ? [[0.7, 0.06], [0.5, 0.54], [0.66, 0.54], [0.58, 0.94], [0.92, 0.4], [0.75, 0.4], [0.9, 0.06]]
    : [[0.68, 0.08], [0.5, 0.52], [0.66, 0.52], [0.58, 0.92], [0.9, 0.4], [0.74, 0.4], [0.88, 0.08]];
  layers.push([polygon(bolt), AMBER]);
  return layers;
}

/** Renders the icon at size x size pixels: 8x8 supersampling, straight (non-premultiplied) alpha. */
export function renderIcon(size) {
  const layers = scene(size);
  const ss = 8;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let colour = null;
          for (const [shape, c] of layers) if (shape(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 255;
          }
        }
      }
      const o = (py * size + px) * 4;
      const n = ss * ss;
      const covered = a / 255;
      out[o] = covered ? Math.round(r / covered) : 0;
      out[o + 1] = covered ? Math.round(g / covered) : 0;
      out[o + 2] = covered ? Math.round(b / covered) : 0;
      out[o + 3] = Math.round(a / n);
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(root, "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}
