import { createHash, randomBytes } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Where one stored file lives: `<dataDir>/evidence/ab/cd/<sha256>`, named by its content. */
export function evidenceFilePath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a SHA-256 digest: ${sha256}`);
  return join(dataDir, 'evidence', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function sizeOnDisk(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

// A rename is only durable once the folder that holds it is on disk too.
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Stores the bytes under their SHA-256 and answers the digest. The bytes go to a
 * temporary file in the same folder, are synced, then renamed into place, so a
 * crash never leaves a half-written file under the final name. Bytes already
 * stored are not written again.
 */
export async function storeEvidenceFile(
  dataDir: string,
  bytes: Buffer,
): Promise<{ sha256: string; size: number }> {
  const sha256 = sha256Of(bytes);
  const finalPath = evidenceFilePath(dataDir, sha256);
  if ((await sizeOnDisk(finalPath)) === bytes.length) return { sha256, size: bytes.length };

  const folder = join(finalPath, '..');
  await mkdir(folder, { recursive: true });
  const tempPath = join(folder, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(tempPath, 'wx', 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Two uploads of the same bytes may race here; both renames put identical content in place.
    await rename(tempPath, finalPath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncFolder(folder);
  return { sha256, size: bytes.length };
}

/** Opens a stored file for reading; the stream closes the file when it ends. */
export async function openEvidenceFile(
  dataDir: string,
  sha256: string,
): Promise<{ stream: ReadStream; size: number }> {
  const handle = await open(evidenceFilePath(dataDir, sha256), 'r');
  try {
    const { size } = await handle.stat();
    return { stream: handle.createReadStream(), size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
