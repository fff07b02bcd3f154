import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UnifiedManifest } from '../json-manifest';
import type { ResolvedAddin } from '../resolve';
import { crossCheck } from './cross';
import { checkJsonPackage } from './json-package';
import type { JsonCheckContext } from './json-package';
import { checkJsonSchema } from './json-schema';
import { result } from './result';
import type { CheckResult } from './result';
import { checkXmlManifest } from './xml';
import type { XmlCheckContext } from './xml';
import { parseXmlTree, wellFormedProblem } from './xml-tree';

export type ManifestCheckContext = XmlCheckContext & JsonCheckContext;

export function contextFor(outRoot: string, addin: ResolvedAddin): ManifestCheckContext {
  return {
    baseUrl: addin.baseUrl,
    assetsRoot: outRoot,
    packageDir: join(outRoot, 'manifest'),
    minMailboxVersion: addin.config.minMailboxVersion,
  };
}

/** Every check on a pair of manifest texts. Takes texts, so tests can feed in broken ones. */
export async function checkManifests(
  xml: string,
  jsonText: string,
  ctx: ManifestCheckContext,
): Promise<CheckResult[]> {
  const results = checkXmlManifest(xml, ctx);
  let json: UnifiedManifest;
  try {
    json = JSON.parse(jsonText) as UnifiedManifest;
  } catch (error) {
    return [...results, result('JSON: manifest.json parses', [(error as Error).message])];
  }
  results.push(await checkJsonSchema(json), ...checkJsonPackage(json, ctx));
  if (wellFormedProblem(xml) === undefined) results.push(...crossCheck(parseXmlTree(xml), json));
  else
    results.push(
      result('Cross-check: XML and JSON agree', ['not run: the XML is not well-formed']),
    );
  return results;
}

/** Checks the manifests written under `outRoot` (as laid out by writeManifests). */
export async function runAllChecks(outRoot: string, addin: ResolvedAddin): Promise<CheckResult[]> {
  const ctx = contextFor(outRoot, addin);
  const xmlPath = join(ctx.packageDir, 'manifest.xml');
  const jsonPath = join(ctx.packageDir, 'manifest.json');
  const missing = [xmlPath, jsonPath].filter((path) => !existsSync(path));
  if (missing.length > 0)
    return [
      result(
        'Manifests exist',
        missing.map((path) => `${path} not found`),
      ),
    ];
  return checkManifests(readFileSync(xmlPath, 'utf8'), readFileSync(jsonPath, 'utf8'), ctx);
}
