/**
 * Child-element sequences transcribed from the published XSDs (OfficeAppManifestV1_1 MailApp,
 * MailAppVersionOverrides V1_0/V1_1, OfficeAppBasicTypes) and the MS-OWEMXML spec. These are
 * hand-copied; there is no XSD validation offline, so this table is what "schema order" means here.
 */
import type { XmlElement } from './xml-tree';

export interface Sequence {
  /** Every allowed child, in the order the xs:sequence requires. */
  readonly order: readonly string[];
  /** Children with minOccurs >= 1. */
  readonly required: readonly string[];
  /** Children with maxOccurs > 1; all others may appear at most once. */
  readonly repeatable?: readonly string[];
}

/** OfficeApp base sequence followed by the MailApp extension (OfficeAppManifestV1_1.xsd). */
export const MAIL_APP_SEQUENCE: Sequence = {
  order: [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'FormSettings',
    'Permissions',
    'Rule',
    'DisableEntityHighlighting',
    'VersionOverrides',
  ],
  required: [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'Requirements',
    'FormSettings',
    'Rule',
  ],
};

/** Optional in the schema, but Caseline's manifest is broken without them (icons, commands, least privilege). */
export const CASELINE_REQUIRED_CHILDREN: readonly string[] = [
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'Hosts',
  'Permissions',
  'VersionOverrides',
];

/**
 * Sequences for nested elements, keyed by element name plus xsi:type where the type decides
 * the content model. Applied wherever such an element occurs inside VersionOverrides.
 */
export const NESTED_SEQUENCES: Readonly<Record<string, Sequence>> = {
  'VersionOverrides[VersionOverridesV1_0]': {
    order: ['Description', 'Requirements', 'Hosts', 'Resources', 'VersionOverrides'],
    required: ['Hosts', 'Resources'],
  },
  'VersionOverrides[VersionOverridesV1_1]': {
    order: [
      'Description',
      'Requirements',
      'Hosts',
      'Resources',
      'WebApplicationInfo',
      'EquivalentAddins',
      'VersionOverrides',
    ],
    required: ['Hosts', 'Resources'],
  },
  Resources: { order: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'], required: [] },
  DesktopFormFactor: {
    order: ['FunctionFile', 'ExtensionPoint'],
    required: ['ExtensionPoint'],
    repeatable: ['ExtensionPoint'],
  },
  Group: { order: ['Label', 'Control'], required: ['Label', 'Control'], repeatable: ['Control'] },
  'Control[Button]': {
    order: ['Label', 'Supertip', 'Icon', 'Action'],
    required: ['Label', 'Supertip', 'Icon', 'Action'],
  },
  Supertip: { order: ['Title', 'Description'], required: ['Title', 'Description'] },
  'Action[ShowTaskpane]': {
    order: ['SourceLocation', 'SupportsPinning', 'SupportsNoItemContext', 'SupportsMultiSelect'],
    required: ['SourceLocation'],
  },
};

export function sequenceKey(element: XmlElement): string {
  const type = element.attrs['xsi:type'];
  return type ? `${element.name}[${type}]` : element.name;
}

/** Missing, unknown, duplicated and out-of-order children of `parent` against `sequence`. */
export function sequenceProblems(
  parent: XmlElement,
  sequence: Sequence,
  alsoRequired: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const names = parent.children.map((child) => child.name);
  for (const name of [...sequence.required, ...alsoRequired]) {
    if (!names.includes(name))
      problems.push(`missing required element <${name}> in ${parent.path}`);
  }
  const seen = new Set<string>();
  let furthest = -1;
  let furthestName = '';
  for (const name of names) {
    const index = sequence.order.indexOf(name);
    if (index === -1) {
      problems.push(`<${name}> is not a valid child of ${parent.path}`);
      continue;
    }
    if (seen.has(name) && !sequence.repeatable?.includes(name)) {
      problems.push(`<${name}> appears more than once in ${parent.path}`);
    }
    seen.add(name);
    if (index < furthest) {
      problems.push(`<${name}> must come before <${furthestName}> in ${parent.path}`);
    } else {
      furthest = index;
      furthestName = name;
    }
  }
  return problems;
}
