import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkJsonSchema } from '../../manifest/checks/json-schema';
import type { CheckResult } from '../../manifest/checks/result';
import { checkManifests, contextFor, runAllChecks } from '../../manifest/checks/run-all';
import { checkXmlManifest } from '../../manifest/checks/xml';
import type { UnifiedManifest } from '../../manifest/json-manifest';
import { baseUrlFromEnv, resolveAddin } from '../../manifest/resolve';
import { writeManifests } from '../../manifest/write';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tempDirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseline-manifest-test-'));
  tempDirs.push(dir);
  return dir;
}

function problemsOf(results: readonly CheckResult[]): string[] {
  return results
    .filter((check) => !check.ok)
    .flatMap((check) => check.problems.map((problem) => `${check.name}: ${problem}`));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every URL in the XML: URL-valued attributes plus AppDomain text (namespace declarations excluded). */
function xmlUrls(xml: string): string[] {
  const attributes = [...xml.matchAll(/\s(?!xmlns)[\w:]+="([a-z][a-z0-9+.-]*:\/\/[^"]*)"/gi)].map(
    (match) => match[1] ?? '',
  );
  const domains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map(
    (match) => match[1] ?? '',
  );
  return [...attributes, ...domains];
}

function jsonUrls(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key !== '$schema' && value.includes('://') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => jsonUrls(item, key));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => jsonUrls(v, k));
  return [];
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('generated manifests (default base URL)', () => {
  const addin = resolveAddin(baseUrlFromEnv({}));
  let outRoot = '';
  let xml = '';
  let json = {} as UnifiedManifest;

  beforeAll(() => {
    outRoot = tempDir();
    const written = writeManifests(outRoot, addin);
    xml = readFileSync(written.xmlPath, 'utf8');
    json = JSON.parse(readFileSync(written.jsonPath, 'utf8')) as UnifiedManifest;
  });

  it('validate clean: XML structure, JSON schema, JSON package and cross-checks', async () => {
    const results = await runAllChecks(outRoot, addin);
    expect(problemsOf(results)).toEqual([]);
    expect(results.some((check) => check.name.startsWith('XML structure'))).toBe(true);
    expect(results.some((check) => check.name.startsWith('JSON schema'))).toBe(true);
    expect(results.some((check) => check.name.startsWith('Cross-check'))).toBe(true);
  }, 30_000);

  it('carry the same id and task pane URL', () => {
    const xmlId = /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
    const xmlTaskpane = /<bt:Url id="Taskpane.Url" DefaultValue="([^"]+)"/.exec(xml)?.[1];
    expect(xmlId).toBe(addin.config.id);
    expect(json.id).toBe(xmlId);
    expect(xmlTaskpane).toBe('https://localhost:3000/taskpane.html');
    expect(json.extensions?.[0]?.runtimes?.[0]?.code.page).toBe(xmlTaskpane);
  });

  it('writes the icons the server and the unified package need', () => {
    const files = filesUnder(outRoot)
      .map((file) => relative(outRoot, file).split('\\').join('/'))
      .sort();
    expect(files).toEqual(
      [
        'assets/icon-128.png',
        'assets/icon-16.png',
        'assets/icon-32.png',
        'assets/icon-64.png',
        'assets/icon-80.png',
        'manifest/color.png',
        'manifest/manifest.json',
        'manifest/manifest.xml',
        'manifest/outline.png',
      ].sort(),
    );
  });

  it('is deterministic', () => {
    const again = tempDir();
    writeManifests(again, addin);
    for (const file of filesUnder(outRoot)) {
      expect(
        readFileSync(join(again, relative(outRoot, file))).equals(readFileSync(file)),
        relative(outRoot, file),
      ).toBe(true);
    }
  });

  describe('XML structural checks reject broken manifests', () => {
    const failures = (broken: string): string[] => {
      expect(broken).not.toBe(xml); // the mutation must have applied
      return problemsOf(checkXmlManifest(broken, contextFor(outRoot, addin)));
    };

    it('names a missing required element', () => {
      const broken = xml.replace(/\s*<FormSettings>[\s\S]*?<\/FormSettings>/, '');
      expect(failures(broken)).toContainEqual(
        expect.stringContaining('missing required element <FormSettings>'),
      );
    });

    it('names an http:// URL', () => {
      const broken = xml.replace(
        '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<bt:Url id="Taskpane.Url" DefaultValue="http://localhost:3000/taskpane.html"/>',
      );
      expect(failures(broken)).toContainEqual(
        expect.stringMatching(
          /Taskpane\.Url.*"http:\/\/localhost:3000\/taskpane\.html" is not https/,
        ),
      );
    });

    it('names a URL on another origin', () => {
      const broken = xml.replace(
        'https://localhost:3000/assets/icon-64.png',
        'https://cdn.example.com/icon-64.png',
      );
      expect(failures(broken)).toContainEqual(
        expect.stringMatching(/IconUrl.*is not on https:\/\/localhost:3000/),
      );
    });

    it('names an unknown resid', () => {
      const broken = xml.replace(
        '<SourceLocation resid="Taskpane.Url"/>',
        '<SourceLocation resid="Missing.Url"/>',
      );
      expect(failures(broken)).toContainEqual(expect.stringContaining("resid 'Missing.Url'"));
      expect(failures(broken)).toContainEqual(
        expect.stringContaining('is not defined in Resources'),
      );
    });

    it('names elements out of schema order', () => {
      const broken = xml.replace(/(\s*<Id>[^<]*<\/Id>)(\s*<Version>[^<]*<\/Version>)/, '$2$1');
      expect(failures(broken)).toContainEqual(
        expect.stringContaining('<Id> must come before <Version>'),
      );
    });

    it('notices missing pinning on the message-read pane', () => {
      const broken = xml.replace('<SupportsPinning>true</SupportsPinning>', '');
      expect(failures(broken)).toContainEqual(
        expect.stringContaining('lacks <SupportsPinning>true</SupportsPinning>'),
      );
    });

    it('notices an icon size that does not match its PNG', () => {
      const broken = xml.replace(
        '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
        '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
      );
      expect(failures(broken)).toContainEqual(expect.stringContaining('is declared 32x32 but'));
    });

    it('reports malformed XML instead of crashing', () => {
      const results = checkXmlManifest(xml.replace('</OfficeApp>', ''), contextFor(outRoot, addin));
      expect(results[0]?.ok).toBe(false);
      expect(results[0]?.name).toContain('well-formed');
    });
  });

  describe('JSON schema check', () => {
    it('fails when a required field is removed', async () => {
      const broken: Record<string, unknown> = structuredClone(json) as unknown as Record<
        string,
        unknown
      >;
      delete broken.developer;
      const check = await checkJsonSchema(broken);
      expect(check.ok).toBe(false);
      expect(check.problems.join('\n')).toContain("must have required property 'developer'");
    }, 30_000);

    it('refuses a $schema it has no bundled copy of rather than fetching it', async () => {
      const check = await checkJsonSchema({
        ...json,
        $schema: 'https://example.com/MicrosoftTeams.schema.json',
      });
      expect(check.ok).toBe(false);
      expect(check.problems.join('\n')).toContain('refusing to fetch');
    });
  });

  it('cross-checks catch manifests that disagree', async () => {
    const drifted = { ...json, id: '00000000-0000-0000-0000-000000000000', version: '2.0.0' };
    const problems = problemsOf(
      await checkManifests(xml, JSON.stringify(drifted), contextFor(outRoot, addin)),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^Cross-check: id:/));
    expect(problems).toContainEqual(expect.stringMatching(/^Cross-check: version/));
  }, 30_000);
});

describe('ADDIN_BASE_URL', () => {
  const base = 'https://cases.example.com/caseline';

  it('changes every URL in both manifests', async () => {
    const outRoot = tempDir();
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'manifest/generate.ts', '--out', outRoot],
      {
        cwd: repoRoot,
        env: { ...process.env, ADDIN_BASE_URL: `${base}/` },
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);

    const xml = readFileSync(join(outRoot, 'manifest', 'manifest.xml'), 'utf8');
    const json = JSON.parse(
      readFileSync(join(outRoot, 'manifest', 'manifest.json'), 'utf8'),
    ) as UnifiedManifest;
    const urls = [...xmlUrls(xml), ...jsonUrls(json)];
    expect(urls.length).toBeGreaterThan(10);
    expect(`${xml}${JSON.stringify(json)}`).not.toContain('localhost');
    for (const url of urls) {
      expect(url === 'https://cases.example.com' || url.startsWith(`${base}/`), url).toBe(true);
    }
    expect(json.validDomains).toEqual(['cases.example.com']);

    const results = await runAllChecks(outRoot, resolveAddin(base));
    expect(problemsOf(results)).toEqual([]);
  }, 60_000);

  it('must be https', () => {
    expect(() => baseUrlFromEnv({ ADDIN_BASE_URL: 'http://cases.example.com' })).toThrow(/https/);
  });
});
