/**
 * JSON-schema validation of the unified manifest, strictly offline.
 *
 * AppManifestUtils.validateAgainstSchema(manifest) would look for a bundled copy of the
 * $schema URL but silently fall back to downloading it. We resolve the bundled file ourselves
 * and pass it in, so a $schema the package does not bundle fails loudly instead of hitting the network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { result } from './result';
import type { CheckResult } from './result';

type Validate = typeof AppManifestUtils.validateAgainstSchema;

// Same URL shapes the package maps to its json-schemas/ folder, including localised /en-us/ paths.
const TEAMS_SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[0-9]+\.[0-9]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/i;

export function bundledSchemaPath(schemaUrl: string): string | undefined {
  const folder = TEAMS_SCHEMA_URL.exec(schemaUrl)?.[1];
  if (!folder) return undefined;
  const packageMain = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
  const file = join(
    dirname(packageMain),
    'json-schemas',
    'teams',
    folder,
    'MicrosoftTeams.schema.json',
  );
  return existsSync(file) ? file : undefined;
}

function loadSchema(file: string): unknown {
  // Some published Teams schemas contain "\a" / "\v" escapes, which are not valid JSON; the
  // package applies the same rewrite when it loads its own bundled copies.
  return JSON.parse(
    readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'),
  );
}

export async function checkJsonSchema(manifest: unknown): Promise<CheckResult> {
  const schemaUrl =
    typeof manifest === 'object' &&
    manifest !== null &&
    typeof (manifest as { $schema?: unknown }).$schema === 'string'
      ? (manifest as { $schema: string }).$schema
      : undefined;
  const version = schemaUrl ? (/\/teams\/(v[^/]+)\//.exec(schemaUrl)?.[1] ?? schemaUrl) : 'unknown';
  const name = `JSON schema: valid against MicrosoftTeams.schema.json ${version} bundled in @microsoft/app-manifest (offline)`;
  if (!schemaUrl) return result(name, ['manifest has no $schema']);
  const file = bundledSchemaPath(schemaUrl);
  if (!file)
    return result(name, [
      `@microsoft/app-manifest bundles no copy of ${schemaUrl}; refusing to fetch it`,
    ]);
  const errors = await AppManifestUtils.validateAgainstSchema(
    manifest as Parameters<Validate>[0],
    loadSchema(file) as Parameters<Validate>[1],
  );
  // The package formats errors as `${instancePath} ${message}`; an empty path means the document root.
  return result(
    name,
    errors.map((error) => (error.startsWith(' ') ? `(root)${error}` : error)),
  );
}
