import { readFileSync } from 'node:fs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or an error message if the file is not a PNG. */
export function readPngSize(path: string): { width: number; height: number } | string {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    return `${path} does not exist`;
  }
  // IHDR is always the first chunk: 8-byte signature, 4-byte length, "IHDR", width, height.
  if (
    data.length < 24 ||
    !data.subarray(0, 8).equals(SIGNATURE) ||
    data.toString('ascii', 12, 16) !== 'IHDR'
  ) {
    return `${path} is not a PNG`;
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Problem text if the PNG at `path` is not `size`x`size`, otherwise undefined. */
export function pngSizeProblem(path: string, size: number, what: string): string | undefined {
  const found = readPngSize(path);
  if (typeof found === 'string') return `${what}: ${found}`;
  if (found.width !== size || found.height !== size) {
    return `${what} is declared ${size}x${size} but ${path} is ${found.width}x${found.height}`;
  }
  return undefined;
}
