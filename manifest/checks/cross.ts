/**
 * Cross-checks: the XML and unified manifests must describe the same add-in. Each manifest is
 * reduced to the same set of facts, read from the files (not from the config), and compared.
 */
import type { SurfaceId } from '../addin.config';
import type { UnifiedManifest } from '../json-manifest';
import {
  PERMISSION_XML_TO_JSON,
  SURFACE_EXTENSION_POINT,
  SURFACE_RIBBON_CONTEXT,
} from '../office-schema';
import { ribbonControls } from './json-package';
import { result } from './result';
import type { CheckResult } from './result';
import { overridesBlocks, ownElements, visibleResources } from './xml-overrides';
import { taskpaneUrls } from './xml-references';
import { mailboxMinVersion } from './xml-structure';
import { descendants, firstChild } from './xml-tree';
import type { XmlElement } from './xml-tree';

interface SurfaceFacts {
  readonly present: boolean;
  readonly pinnable: boolean;
}

interface ManifestFacts {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly description: string;
  readonly provider: string;
  readonly taskpaneUrls: readonly string[];
  /** size -> sorted distinct URLs used on ribbon buttons. */
  readonly buttonIcons: ReadonlyMap<number, readonly string[]>;
  readonly permissions: readonly string[];
  readonly mailboxVersion: string | undefined;
  readonly surfaces: Readonly<Record<SurfaceId, SurfaceFacts>>;
}

function collect(pairs: Iterable<[number, string]>): Map<number, string[]> {
  const map = new Map<number, Set<string>>();
  for (const [size, url] of pairs) map.set(size, (map.get(size) ?? new Set()).add(url));
  return new Map([...map].map(([size, urls]) => [size, [...urls].sort()]));
}

export function xmlFacts(root: XmlElement): ManifestFacts {
  const blocks = overridesBlocks(root);
  const icons: [number, string][] = [];
  for (const block of blocks) {
    const visible = visibleResources(blocks, block);
    for (const image of ownElements(
      block,
      (element) => element.name === 'bt:Image' && element.attrs.resid !== undefined,
    )) {
      const url = visible.get(image.attrs.resid ?? '')?.value;
      if (url !== undefined) icons.push([Number(image.attrs.size), url]);
    }
  }
  // The V1_1 block is what modern Outlook uses, so it decides what each surface does.
  const effective = blocks.find((block) => block.version === 'V1_1') ?? blocks[0];
  const surface = (id: SurfaceId): SurfaceFacts => {
    const points = effective
      ? ownElements(
          effective,
          (element) => element.attrs['xsi:type'] === SURFACE_EXTENSION_POINT[id],
        )
      : [];
    const actions = points.flatMap((point) =>
      descendants(
        point,
        (element) => element.name === 'Action' && element.attrs['xsi:type'] === 'ShowTaskpane',
      ),
    );
    return {
      present: actions.length > 0,
      pinnable:
        actions.length > 0 &&
        actions.every((action) => firstChild(action, 'SupportsPinning')?.text === 'true'),
    };
  };
  return {
    id: firstChild(root, 'Id')?.text ?? '',
    version: firstChild(root, 'Version')?.text ?? '',
    name: firstChild(root, 'DisplayName')?.attrs.DefaultValue ?? '',
    description: firstChild(root, 'Description')?.attrs.DefaultValue ?? '',
    provider: firstChild(root, 'ProviderName')?.text ?? '',
    taskpaneUrls: [...new Set(taskpaneUrls(root))].sort(),
    buttonIcons: collect(icons),
    permissions: [firstChild(root, 'Permissions')?.text ?? ''],
    mailboxVersion: mailboxMinVersion(firstChild(firstChild(root, 'Requirements') ?? root, 'Sets')),
    surfaces: {
      messageRead: surface('messageRead'),
      appointmentAttendee: surface('appointmentAttendee'),
      appointmentOrganizer: surface('appointmentOrganizer'),
    },
  };
}

export function jsonFacts(manifest: UnifiedManifest): ManifestFacts {
  const controls = ribbonControls(manifest);
  const surface = (id: SurfaceId): SurfaceFacts => {
    const mine = controls.filter(
      (entry) =>
        entry.contexts.includes(SURFACE_RIBBON_CONTEXT[id]) && entry.action?.type === 'openPage',
    );
    return {
      present: mine.length > 0,
      pinnable: mine.length > 0 && mine.every((entry) => entry.action?.pinnable === true),
    };
  };
  const capabilities = manifest.extensions?.[0]?.requirements?.capabilities ?? [];
  return {
    id: manifest.id ?? '',
    version: manifest.version ?? '',
    name: manifest.name?.short ?? '',
    description: manifest.description?.full ?? '',
    provider: manifest.developer?.name ?? '',
    taskpaneUrls: [
      ...new Set(controls.flatMap((entry) => (entry.page ? [entry.page] : []))),
    ].sort(),
    buttonIcons: collect(
      controls.flatMap((entry) =>
        (entry.control.icons ?? []).map((icon): [number, string] => [icon.size, icon.url]),
      ),
    ),
    permissions: (manifest.authorization?.permissions?.resourceSpecific ?? []).map(
      (permission) => permission.name,
    ),
    mailboxVersion: capabilities.find((capability) => capability.name.toLowerCase() === 'mailbox')
      ?.minVersion,
    surfaces: {
      messageRead: surface('messageRead'),
      appointmentAttendee: surface('appointmentAttendee'),
      appointmentOrganizer: surface('appointmentOrganizer'),
    },
  };
}

function same(name: string, xml: unknown, json: unknown): CheckResult {
  const a = JSON.stringify(xml);
  const b = JSON.stringify(json);
  return result(`Cross-check: ${name}`, a === b ? [] : [`XML has ${a}, JSON has ${b}`]);
}

function iconsRecord(
  icons: ReadonlyMap<number, readonly string[]>,
): Record<string, readonly string[]> {
  return Object.fromEntries(
    [...icons].sort(([a], [b]) => a - b).map(([size, urls]) => [String(size), urls]),
  );
}

export function crossCheck(root: XmlElement, manifest: UnifiedManifest): CheckResult[] {
  const xml = xmlFacts(root);
  const json = jsonFacts(manifest);
  // XML versions have up to four parts; the unified manifest is semver. 1.2.3.0 <-> 1.2.3.
  const xmlVersion = xml.version.split('.');
  const versionOk =
    xmlVersion.slice(0, 3).join('.') === json.version && (xmlVersion[3] ?? '0') === '0';
  const mappedPermission = PERMISSION_XML_TO_JSON[xml.permissions[0] ?? ''];
  return [
    same('id', xml.id.toLowerCase(), json.id.toLowerCase()),
    result(
      'Cross-check: version (XML n.n.n.0 <-> JSON n.n.n)',
      versionOk ? [] : [`XML has ${xml.version}, JSON has ${json.version}`],
    ),
    same('name (DisplayName <-> name.short)', xml.name, json.name),
    same('description (Description <-> description.full)', xml.description, json.description),
    same('provider (ProviderName <-> developer.name)', xml.provider, json.provider),
    result(
      'Cross-check: task pane URL',
      xml.taskpaneUrls.length === 1 &&
        JSON.stringify(xml.taskpaneUrls) === JSON.stringify(json.taskpaneUrls)
        ? []
        : [
            `XML opens ${JSON.stringify(xml.taskpaneUrls)}, JSON opens ${JSON.stringify(json.taskpaneUrls)}`,
          ],
    ),
    same('button icons (size -> URL)', iconsRecord(xml.buttonIcons), iconsRecord(json.buttonIcons)),
    result(
      'Cross-check: permissions (XML level <-> resource-specific permission)',
      mappedPermission !== undefined &&
        json.permissions.length === 1 &&
        json.permissions[0] === mappedPermission
        ? []
        : [
            `XML ${JSON.stringify(xml.permissions[0])} maps to ${JSON.stringify(mappedPermission)}, JSON has ${JSON.stringify(json.permissions)}`,
          ],
    ),
    same('Mailbox minimum version', xml.mailboxVersion, json.mailboxVersion),
    same('surfaces and pinning (ExtensionPoint <-> ribbon context)', xml.surfaces, json.surfaces),
  ];
}
