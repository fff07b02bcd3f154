/**
 * Builds the add-in-only XML manifest (OfficeApp xsi:type="MailApp").
 *
 * Element order inside every parent follows the xs:sequence of the published
 * OfficeAppManifestV1_1 / MailAppVersionOverrides V1_0 and V1_1 schemas; Outlook
 * rejects a manifest whose children are out of order.
 */
import type { SurfaceConfig } from './addin.config';
import {
  SURFACE_EXTENSION_POINT,
  XML_HIGH_RES_ICON_SIZE,
  XML_ICON_SIZE,
  XML_NS,
} from './office-schema';
import type { ResolvedAddin } from './resolve';
import { el, serializeXml, textEl } from './xml-writer';
import type { XmlNode } from './xml-writer';

/** Resource ids (max 32 characters each, per the basic-types schema). */
export const RES = {
  taskpaneUrl: 'Taskpane.Url',
  groupLabel: 'Group.Label',
  buttonLabel: 'TaskpaneButton.Label',
  buttonTooltip: 'TaskpaneButton.Tooltip',
  icon: (size: number): string => `Icon.${size}x${size}`,
} as const;

type OverridesVersion = 'V1_0' | 'V1_1';

function button(addin: ResolvedAddin, surface: SurfaceConfig, version: OverridesVersion): XmlNode {
  const { buttonSizes } = addin.config.icons;
  const action: XmlNode[] = [el('SourceLocation', { resid: RES.taskpaneUrl })];
  // SupportsPinning only exists in the V1_1 schema; in V1_0 it would make the manifest invalid.
  if (version === 'V1_1' && surface.pinnable) action.push(textEl('SupportsPinning', 'true'));
  return el(
    'Control',
    { 'xsi:type': 'Button', id: `${surface.id}OpenPaneButton` },
    el('Label', { resid: RES.buttonLabel }),
    el(
      'Supertip',
      {},
      el('Title', { resid: RES.buttonLabel }),
      el('Description', { resid: RES.buttonTooltip }),
    ),
    el(
      'Icon',
      {},
      ...buttonSizes.map((size) => el('bt:Image', { size: String(size), resid: RES.icon(size) })),
    ),
    el('Action', { 'xsi:type': 'ShowTaskpane' }, ...action),
  );
}

function extensionPoint(
  addin: ResolvedAddin,
  surface: SurfaceConfig,
  version: OverridesVersion,
): XmlNode {
  return el(
    'ExtensionPoint',
    { 'xsi:type': SURFACE_EXTENSION_POINT[surface.id] },
    el(
      'OfficeTab',
      { id: 'TabDefault' },
      el(
        'Group',
        { id: `${surface.id}Group` },
        el('Label', { resid: RES.groupLabel }),
        button(addin, surface, version),
      ),
    ),
  );
}

function resources(addin: ResolvedAddin): XmlNode {
  const { buttonSizes } = addin.config.icons;
  const { labels } = addin.config;
  return el(
    'Resources',
    {},
    el(
      'bt:Images',
      {},
      ...buttonSizes.map((size) =>
        el('bt:Image', { id: RES.icon(size), DefaultValue: addin.iconUrls[size] }),
      ),
    ),
    el('bt:Urls', {}, el('bt:Url', { id: RES.taskpaneUrl, DefaultValue: addin.taskpaneUrl })),
    el(
      'bt:ShortStrings',
      {},
      el('bt:String', { id: RES.groupLabel, DefaultValue: labels.group }),
      el('bt:String', { id: RES.buttonLabel, DefaultValue: labels.button }),
    ),
    el(
      'bt:LongStrings',
      {},
      el('bt:String', { id: RES.buttonTooltip, DefaultValue: labels.tooltip }),
    ),
  );
}

/**
 * V1_0 is what clients without the 1.1 overrides schema read; V1_1 (nested, last child of V1_0)
 * replaces it wherever it is understood and is the only place pinning can be declared. Both are
 * self-contained, each with its own Resources.
 */
function versionOverrides(
  addin: ResolvedAddin,
  version: OverridesVersion,
  nested?: XmlNode,
): XmlNode {
  const xmlns = version === 'V1_0' ? XML_NS.versionOverridesV1_0 : XML_NS.versionOverridesV1_1;
  const children: XmlNode[] = [
    el(
      'Requirements',
      {},
      el(
        'bt:Sets',
        { DefaultMinVersion: addin.config.minMailboxVersion },
        el('bt:Set', { Name: 'Mailbox' }),
      ),
    ),
    el(
      'Hosts',
      {},
      el(
        'Host',
        { 'xsi:type': 'MailHost' },
        el(
          'DesktopFormFactor',
          {},
          ...addin.config.surfaces.map((surface) => extensionPoint(addin, surface, version)),
        ),
      ),
    ),
    resources(addin),
  ];
  if (nested) children.push(nested);
  return el('VersionOverrides', { xmlns, 'xsi:type': `VersionOverrides${version}` }, ...children);
}

export function buildXmlManifest(addin: ResolvedAddin): string {
  const { config } = addin;
  const root = el(
    'OfficeApp',
    {
      xmlns: XML_NS.officeApp,
      'xmlns:xsi': XML_NS.xsi,
      'xmlns:bt': XML_NS.basicTypes,
      'xmlns:mailappor': XML_NS.mailAppOverrides,
      'xsi:type': 'MailApp',
    },
    textEl('Id', config.id),
    textEl('Version', addin.xmlVersion),
    textEl('ProviderName', config.provider),
    textEl('DefaultLocale', config.defaultLocale),
    el('DisplayName', { DefaultValue: config.name }),
    el('Description', { DefaultValue: config.longDescription }),
    el('IconUrl', { DefaultValue: addin.iconUrls[XML_ICON_SIZE] }),
    el('HighResolutionIconUrl', { DefaultValue: addin.iconUrls[XML_HIGH_RES_ICON_SIZE] }),
    el('SupportUrl', { DefaultValue: addin.supportUrl }),
    el('AppDomains', {}, ...addin.appDomains.map((domain) => textEl('AppDomain', domain))),
    el('Hosts', {}, el('Host', { Name: 'Mailbox' })),
    el(
      'Requirements',
      {},
      el('Sets', {}, el('Set', { Name: 'Mailbox', MinVersion: config.minMailboxVersion })),
    ),
    // FormSettings and Rule only matter to clients without add-in commands; they are
    // schema-required for MailApp, so they point at the same task pane page.
    el(
      'FormSettings',
      {},
      el(
        'Form',
        { 'xsi:type': 'ItemRead' },
        el(
          'DesktopSettings',
          {},
          el('SourceLocation', { DefaultValue: addin.taskpaneUrl }),
          textEl('RequestedHeight', String(config.taskpane.requestedHeight)),
        ),
      ),
    ),
    textEl('Permissions', config.permissions.xml),
    el(
      'Rule',
      { 'xsi:type': 'RuleCollection', Mode: 'Or' },
      el('Rule', { 'xsi:type': 'ItemIs', ItemType: 'Message', FormType: 'Read' }),
      el('Rule', { 'xsi:type': 'ItemIs', ItemType: 'Appointment', FormType: 'Read' }),
    ),
    versionOverrides(addin, 'V1_0', versionOverrides(addin, 'V1_1')),
  );
  return serializeXml(
    root,
    'Generated by manifest/generate.ts from manifest/addin.config.ts. Do not edit; regenerate with npm run build:manifest.',
  );
}
