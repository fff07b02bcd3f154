import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJsonManifest } from './json-manifest';
import type { ResolvedAddin } from './resolve';
import { buildXmlManifest } from './xml-manifest';

/** Committed source PNGs, produced by scripts/make-icons.ts. */
export const ICONS_DIR = fileURLToPath(new URL('./icons/', import.meta.url));

export interface WrittenManifests {
  readonly manifestDir: string;
  readonly xmlPath: string;
  readonly jsonPath: string;
  readonly files: readonly string[];
}

function copyIcon(file: string, destination: string): void {
  const source = join(ICONS_DIR, file);
  if (!existsSync(source)) {
    throw new Error(`Missing ${source}; run \`npx tsx scripts/make-icons.ts\` to draw the icons`);
  }
  mkdirSync(dirname(destination), { recursive: true });
  copyFileSync(source, destination);
}

/**
 * Writes both manifests and the icons they reference under `outRoot` (normally dist/):
 * - manifest/manifest.xml, manifest/manifest.json and the unified package icons next to it;
 * - the web icons at the paths the server serves them from (e.g. assets/icon-32.png).
 * Output depends only on the inputs, so repeated runs are byte-identical.
 */
export function writeManifests(outRoot: string, addin: ResolvedAddin): WrittenManifests {
  const manifestDir = join(outRoot, 'manifest');
  // The generator owns dist/manifest entirely; clearing it stops renamed icons lingering.
  // dist/assets is shared with the web build, so only our files there are overwritten.
  rmSync(manifestDir, { recursive: true, force: true });
  mkdirSync(manifestDir, { recursive: true });
  const xmlPath = join(manifestDir, 'manifest.xml');
  const jsonPath = join(manifestDir, 'manifest.json');
  writeFileSync(xmlPath, buildXmlManifest(addin));
  writeFileSync(jsonPath, `${JSON.stringify(buildJsonManifest(addin), null, 2)}\n`);
  const files = [xmlPath, jsonPath];
  for (const { file } of Object.values(addin.config.icons.package)) {
    const destination = join(manifestDir, file);
    copyIcon(file, destination);
    files.push(destination);
  }
  for (const path of Object.values(addin.config.icons.web)) {
    const destination = join(outRoot, path);
    copyIcon(basename(path), destination);
    files.push(destination);
  }
  return { manifestDir, xmlPath, jsonPath, files };
}
