/**
 * Draws Caseline's icons (a white briefcase on a Fluent-blue rounded square) and writes them as
 * PNGs into manifest/icons/. Run once and commit the PNGs: `npx tsx scripts/make-icons.ts`.
 *
 * Shapes are signed-distance functions, so every size is rendered from the same geometry with
 * analytic anti-aliasing (no supersampling, no image library). PNG encoding uses only node:zlib,
 * and the output is byte-for-byte deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { addinConfig } from '../manifest/addin.config';

type Variant = 'color' | 'outline';
type Rgb = readonly [number, number, number];

const WHITE: Rgb = [255, 255, 255];

function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Expected #rrggbb, got ${hex}`);
  return [
    parseInt(match[1] ?? '0', 16),
    parseInt(match[2] ?? '0', 16),
    parseInt(match[3] ?? '0', 16),
  ];
}

/** Signed distance (in unit coordinates) from (px, py) to a rounded box; negative inside. */
function roundedBox(
  px: number,
  py: number,
  cx: number,
  cy: number,
  hw: number,
  hh: number,
  r: number,
): number {
  const qx = Math.abs(px - cx) - hw + r;
  const qy = Math.abs(py - cy) - hh + r;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Pixel coverage from a signed distance: a one-pixel-wide linear ramp across the edge. */
function coverage(distanceUnits: number, size: number): number {
  return Math.min(1, Math.max(0, 0.5 - distanceUnits * size));
}

/** Briefcase glyph coverage at the centre of pixel (x, y). */
function glyph(x: number, y: number, size: number): number {
  const px = (x + 0.5) / size;
  const py = (y + 0.5) / size;
  const body = coverage(roundedBox(px, py, 0.5, 0.6, 0.3, 0.2, 0.06), size);
  // Handle: the outline of a smaller rounded box; its lower half hides behind the body.
  const handle = coverage(Math.abs(roundedBox(px, py, 0.5, 0.37, 0.12, 0.09, 0.05)) - 0.045, size);
  if (size < 32) return Math.max(body, handle); // seam and clasp would only blur at 16 px
  const seam = coverage(Math.abs(py - 0.56) - 0.022, size);
  const clasp = coverage(roundedBox(px, py, 0.5, 0.56, 0.06, 0.05, 0.02), size);
  return Math.max(body * (1 - seam), handle, clasp);
}

function drawIcon(size: number, variant: Variant, background: Rgb): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const g = glyph(x, y, size);
      let rgb: Rgb;
      let alpha: number;
      if (variant === 'outline') {
        // Teams/Outlook outline icons: white on transparent.
        rgb = WHITE;
        alpha = g;
      } else {
        const tile = coverage(
          roundedBox((x + 0.5) / size, (y + 0.5) / size, 0.5, 0.5, 0.5, 0.5, 0.2),
          size,
        );
        rgb = [0, 1, 2].map((i) => (background[i] ?? 0) * (1 - g) + 255 * g) as unknown as Rgb;
        alpha = tile;
      }
      const offset = (y * size + x) * 4;
      rgba[offset] = Math.round(rgb[0]);
      rgba[offset + 1] = Math.round(rgb[1]);
      rgba[offset + 2] = Math.round(rgb[2]);
      rgba[offset + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** 8-bit RGBA PNG, filter type 0 on every row. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let row = 0; row < height; row += 1) {
    rgba.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main(): void {
  const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'manifest', 'icons');
  mkdirSync(outDir, { recursive: true });
  const background = hexToRgb(addinConfig.accentColor);
  const { web, package: pkg } = addinConfig.icons;
  const jobs: { file: string; size: number; variant: Variant }[] = [
    ...Object.entries(web).map(([size, path]) => ({
      file: basename(path),
      size: Number(size),
      variant: 'color' as const,
    })),
    { file: pkg.color.file, size: pkg.color.size, variant: 'color' },
    { file: pkg.outline.file, size: pkg.outline.size, variant: 'outline' },
  ];
  for (const job of jobs) {
    const png = encodePng(job.size, job.size, drawIcon(job.size, job.variant, background));
    writeFileSync(join(outDir, job.file), png);
    console.log(`wrote manifest/icons/${job.file} (${job.size}x${job.size}, ${job.variant})`);
  }
}

main();
