/**
 * npm run build:manifest
 * Writes dist/manifest/manifest.xml, dist/manifest/manifest.json (+ package icons) and
 * dist/assets/icon-*.png from manifest/addin.config.ts. Base URL: $ADDIN_BASE_URL or the
 * config default. `--out <dir>` writes somewhere other than dist/.
 */
import { relative, resolve } from 'node:path';
import { argValue } from './cli-args';
import { baseUrlFromEnv, resolveAddin } from './resolve';
import { writeManifests } from './write';

try {
  const outRoot = resolve(argValue(process.argv.slice(2), '--out') ?? 'dist');
  const addin = resolveAddin(baseUrlFromEnv(process.env));
  const written = writeManifests(outRoot, addin);
  console.log(`Manifests for ${addin.baseUrl}:`);
  for (const file of written.files) console.log(`  ${relative(process.cwd(), file)}`);
} catch (error) {
  // Config mistakes (bad ADDIN_BASE_URL, missing icons) are user errors: one line, no stack.
  console.error(`build:manifest failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
