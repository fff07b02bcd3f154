/**
 * npm run validate:manifest
 * Generates both manifests into a temporary directory (so it works on a fresh checkout) and
 * checks them offline: XML structure, JSON schema, JSON package and XML<->JSON agreement.
 * `--dir <dir>` checks an existing output directory (e.g. dist) instead of regenerating.
 * Base URL: $ADDIN_BASE_URL or the config default, as for the generator. Exits 1 on any failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { argValue } from './cli-args';
import { formatResult } from './checks/result';
import { runAllChecks } from './checks/run-all';
import { baseUrlFromEnv, resolveAddin } from './resolve';
import type { ResolvedAddin } from './resolve';
import { writeManifests } from './write';

const existing = argValue(process.argv.slice(2), '--dir');
let addin: ResolvedAddin;
try {
  addin = resolveAddin(baseUrlFromEnv(process.env));
} catch (error) {
  console.error(`validate:manifest failed: ${(error as Error).message}`);
  process.exit(1);
}
const outRoot = existing ? resolve(existing) : mkdtempSync(join(tmpdir(), 'caseline-manifest-'));

try {
  if (!existing) writeManifests(outRoot, addin);
  console.log(
    `Validating Caseline manifests for ${addin.baseUrl} in ${outRoot}${existing ? '' : ' (freshly generated)'}`,
  );
  const results = await runAllChecks(outRoot, addin);
  for (const check of results) console.log(formatResult(check));
  const failed = results.filter((check) => !check.ok).length;
  console.log(`${results.length - failed}/${results.length} checks passed`);
  process.exitCode = failed > 0 ? 1 : 0;
} finally {
  if (!existing) rmSync(outRoot, { recursive: true, force: true });
}
