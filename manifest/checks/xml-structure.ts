/**
 * Structural checks on the XML manifest's shape: root and namespaces, element presence and
 * order, identity fields, string lengths, requirement sets and permissions. These approximate
 * the official XSD validation; they do not replace it (see manifest/README.md).
 */
import { MAIL_APP_PERMISSIONS, XML_NS } from '../office-schema';
import { result } from './result';
import type { CheckResult } from './result';
import {
  CASELINE_REQUIRED_CHILDREN,
  MAIL_APP_SEQUENCE,
  NESTED_SEQUENCES,
  sequenceKey,
  sequenceProblems,
} from './xml-sequences';
import { overridesBlocks, ownElements } from './xml-overrides';
import { childrenNamed, firstChild, walk } from './xml-tree';
import type { XmlElement } from './xml-tree';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// OfficeAppManifestV1_1.xsd "Version" and "CultureName" patterns.
const XML_VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const CULTURE_NAME =
  /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;

export function checkRoot(root: XmlElement): CheckResult {
  const problems: string[] = [];
  if (root.name !== 'OfficeApp')
    problems.push(`document element is <${root.name}>, expected <OfficeApp>`);
  if (root.attrs.xmlns !== XML_NS.officeApp)
    problems.push(
      `OfficeApp xmlns is ${JSON.stringify(root.attrs.xmlns)}, expected ${XML_NS.officeApp}`,
    );
  if (root.attrs['xmlns:xsi'] !== XML_NS.xsi) problems.push('OfficeApp does not declare xmlns:xsi');
  if (root.attrs['xmlns:bt'] !== XML_NS.basicTypes)
    problems.push(`OfficeApp xmlns:bt must be ${XML_NS.basicTypes}`);
  if (root.attrs['xsi:type'] !== 'MailApp')
    problems.push(
      `OfficeApp xsi:type is ${JSON.stringify(root.attrs['xsi:type'])}, expected "MailApp"`,
    );
  const blocks = overridesBlocks(root);
  const expectedNs = {
    V1_0: XML_NS.versionOverridesV1_0,
    V1_1: XML_NS.versionOverridesV1_1,
  } as const;
  for (const block of blocks) {
    if (block.element.attrs.xmlns !== expectedNs[block.version]) {
      problems.push(`VersionOverrides${block.version} xmlns must be ${expectedNs[block.version]}`);
    }
  }
  if (!blocks.some((block) => block.version === 'V1_0'))
    problems.push('no VersionOverrides xsi:type="VersionOverridesV1_0" under OfficeApp');
  if (!blocks.some((block) => block.version === 'V1_1'))
    problems.push('no VersionOverrides xsi:type="VersionOverridesV1_1" inside the V1_0 block');
  return result(
    'XML structure: root is OfficeApp xsi:type="MailApp" with VersionOverrides V1_0 and V1_1 namespaces',
    problems,
  );
}

export function checkOfficeAppChildren(root: XmlElement): CheckResult {
  return result(
    'XML structure: OfficeApp children present (schema + Caseline-required) and in MailApp schema order',
    sequenceProblems(root, MAIL_APP_SEQUENCE, CASELINE_REQUIRED_CHILDREN),
  );
}

export function checkNestedOrder(root: XmlElement): CheckResult {
  const problems: string[] = [];
  for (const block of overridesBlocks(root)) {
    for (const element of [block.element, ...ownElements(block, () => true)]) {
      const sequence = NESTED_SEQUENCES[sequenceKey(element)];
      if (sequence) problems.push(...sequenceProblems(element, sequence));
    }
  }
  return result(
    'XML structure: VersionOverrides, Resources, Group, Control, Supertip and Action children in schema order',
    problems,
  );
}

export function checkIdentity(root: XmlElement): CheckResult {
  const problems: string[] = [];
  const id = firstChild(root, 'Id')?.text ?? '';
  if (!GUID.test(id)) problems.push(`<Id> ${JSON.stringify(id)} is not a GUID (8-4-4-4-12 hex)`);
  const version = firstChild(root, 'Version')?.text ?? '';
  if (!XML_VERSION.test(version))
    problems.push(`<Version> ${JSON.stringify(version)} is not n[.n[.n[.n]]]`);
  const locale = firstChild(root, 'DefaultLocale')?.text ?? '';
  if (!CULTURE_NAME.test(locale))
    problems.push(`<DefaultLocale> ${JSON.stringify(locale)} is not a culture name`);
  return result(
    'XML structure: Id is a GUID, Version and DefaultLocale match their schema patterns',
    problems,
  );
}

function lengthProblem(what: string, value: string | undefined, max: number): string | undefined {
  if (value === undefined || value.length === 0) return `${what} is empty`;
  if (value.length > max) return `${what} is ${value.length} characters, max ${max}`;
  return undefined;
}

export function checkLengths(root: XmlElement): CheckResult {
  const problems: (string | undefined)[] = [
    lengthProblem(
      '<DisplayName> DefaultValue',
      firstChild(root, 'DisplayName')?.attrs.DefaultValue,
      125,
    ),
    lengthProblem('<ProviderName>', firstChild(root, 'ProviderName')?.text, 125),
    lengthProblem(
      '<Description> DefaultValue',
      firstChild(root, 'Description')?.attrs.DefaultValue,
      250,
    ),
  ];
  walk(root, (element) => {
    if (element.name === 'bt:ShortStrings' || element.name === 'bt:LongStrings') {
      const max = element.name === 'bt:ShortStrings' ? 125 : 250;
      for (const entry of element.children) {
        problems.push(lengthProblem(`${entry.path} DefaultValue`, entry.attrs.DefaultValue, max));
      }
    }
    // Resource ids are capped at 32 characters; group/control ids are bt:ShortString (125).
    if (element.attrs.id !== undefined) {
      const isResource = element.path.includes('/Resources/');
      problems.push(lengthProblem(`${element.path} id`, element.attrs.id, isResource ? 32 : 125));
    }
  });
  return result(
    'XML structure: strings and ids within schema length limits',
    problems.filter((p): p is string => p !== undefined),
  );
}

function versionAtLeast(actual: string, minimum: string): boolean {
  const a = actual.split('.').map(Number);
  const m = minimum.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, m.length); i += 1) {
    const diff = (a[i] ?? 0) - (m[i] ?? 0);
    if (Number.isNaN(diff)) return false;
    if (diff !== 0) return diff > 0;
  }
  return true;
}

/** Mailbox MinVersion from a <Sets>/<bt:Sets> element (Set MinVersion, else Sets DefaultMinVersion, else 1.1). */
export function mailboxMinVersion(sets: XmlElement | undefined): string | undefined {
  if (!sets) return undefined;
  const set = sets.children.find((child) => child.attrs.Name?.toLowerCase() === 'mailbox');
  if (!set) return undefined;
  return set.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? '1.1';
}

export function checkRequirements(root: XmlElement, minMailboxVersion: string): CheckResult {
  const problems: string[] = [];
  const hosts = childrenNamed(firstChild(root, 'Hosts') ?? root, 'Host');
  if (!hosts.some((host) => host.attrs.Name === 'Mailbox'))
    problems.push('<Hosts> has no <Host Name="Mailbox"/>');
  const topLevel = mailboxMinVersion(firstChild(firstChild(root, 'Requirements') ?? root, 'Sets'));
  if (topLevel === undefined) problems.push('<Requirements><Sets> has no Mailbox set');
  else if (!versionAtLeast(topLevel, minMailboxVersion))
    problems.push(`<Requirements> Mailbox MinVersion ${topLevel} is below ${minMailboxVersion}`);
  for (const block of overridesBlocks(root)) {
    const requirements = firstChild(block.element, 'Requirements');
    if (!requirements) continue;
    const version = mailboxMinVersion(firstChild(requirements, 'bt:Sets'));
    if (version === undefined) problems.push(`${requirements.path} has no Mailbox set`);
    else if (!versionAtLeast(version, minMailboxVersion))
      problems.push(
        `${requirements.path} Mailbox version ${version} is below ${minMailboxVersion}`,
      );
  }
  return result(
    `XML structure: Host is Mailbox and every Mailbox requirement is >= ${minMailboxVersion}`,
    problems,
  );
}

export function checkPermissions(root: XmlElement): CheckResult {
  const value = firstChild(root, 'Permissions')?.text;
  const problems =
    value === undefined
      ? ['<Permissions> is missing']
      : MAIL_APP_PERMISSIONS.includes(value)
        ? []
        : [
            `<Permissions> ${JSON.stringify(value)} is not one of ${MAIL_APP_PERMISSIONS.join(', ')}`,
          ];
  return result('XML structure: Permissions is a MailApp permission level', problems);
}
