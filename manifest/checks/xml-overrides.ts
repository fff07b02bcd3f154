/**
 * Helpers for the two VersionOverrides blocks. V1_1 sits inside V1_0; a client that understands
 * V1_1 uses it instead of V1_0, and V1_1's Resources are merged over V1_0's (MailAppVersionOverridesV1_1.xsd),
 * so references are resolved per block with that scoping.
 */
import { firstChild, walk } from './xml-tree';
import type { XmlElement } from './xml-tree';

export interface OverridesBlock {
  readonly version: 'V1_0' | 'V1_1';
  readonly element: XmlElement;
}

export type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings';

export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'bt:Images',
  'bt:Urls',
  'bt:ShortStrings',
  'bt:LongStrings',
];

export interface ResourceEntry {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly value: string;
  readonly element: XmlElement;
}

function isOverrides(element: XmlElement, version: 'V1_0' | 'V1_1'): boolean {
  return (
    element.name === 'VersionOverrides' &&
    element.attrs['xsi:type'] === `VersionOverrides${version}`
  );
}

export function overridesBlocks(root: XmlElement): OverridesBlock[] {
  const blocks: OverridesBlock[] = [];
  const v10 = root.children.find((child) => isOverrides(child, 'V1_0'));
  if (v10) {
    blocks.push({ version: 'V1_0', element: v10 });
    const v11 = v10.children.find((child) => isOverrides(child, 'V1_1'));
    if (v11) blocks.push({ version: 'V1_1', element: v11 });
  }
  return blocks;
}

/** Elements inside `block` that belong to it, i.e. not inside a nested VersionOverrides. */
export function ownElements(
  block: OverridesBlock,
  predicate: (element: XmlElement) => boolean,
): XmlElement[] {
  const found: XmlElement[] = [];
  walk(block.element, (element) => {
    if (element !== block.element && element.name === 'VersionOverrides') return false;
    if (element !== block.element && predicate(element)) found.push(element);
    return true;
  });
  return found;
}

export function declaredResources(block: OverridesBlock): ResourceEntry[] {
  const resources = firstChild(block.element, 'Resources');
  if (!resources) return [];
  const entries: ResourceEntry[] = [];
  for (const kind of RESOURCE_KINDS) {
    for (const element of firstChild(resources, kind)?.children ?? []) {
      entries.push({
        id: element.attrs.id ?? '',
        kind,
        value: element.attrs.DefaultValue ?? '',
        element,
      });
    }
  }
  return entries;
}

/** Resources visible from `block`: its own, merged over V1_0's when it is the V1_1 block. */
export function visibleResources(
  blocks: readonly OverridesBlock[],
  block: OverridesBlock,
): Map<string, ResourceEntry> {
  const visible = new Map<string, ResourceEntry>();
  const chain =
    block.version === 'V1_1' ? blocks.filter((candidate) => candidate.version === 'V1_0') : [];
  for (const source of [...chain, block]) {
    for (const entry of declaredResources(source)) visible.set(entry.id, entry);
  }
  return visible;
}
