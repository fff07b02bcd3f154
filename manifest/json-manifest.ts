/**
 * Builds the unified Microsoft 365 app manifest (manifest.json) for the Outlook add-in.
 *
 * Typed against @microsoft/app-manifest's generated types for the same schema version the
 * validator checks against, so a property the schema does not know fails `tsc` as well.
 */
import type { TeamsManifestV1D17 } from '@microsoft/app-manifest';
import type { SurfaceConfig } from './addin.config';
import { SURFACE_RIBBON_CONTEXT } from './office-schema';
import type { ResolvedAddin } from './resolve';

/**
 * 1.17 is the schema Microsoft's own Outlook unified-manifest templates use, it has everything
 * Caseline needs (mailRead/meeting contexts, pinnable openPage actions) and it is bundled by
 * @microsoft/app-manifest, so validation stays offline. Bump this together with the type import.
 */
export const JSON_MANIFEST_VERSION = '1.17';
export const JSON_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${JSON_MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

export type UnifiedManifest = TeamsManifestV1D17.TeamsManifestV1D17;
type Extension = NonNullable<UnifiedManifest['extensions']>[number];
type Ribbon = NonNullable<Extension['ribbons']>[number];
type Action = NonNullable<NonNullable<Extension['runtimes']>[number]['actions']>[number];

export const TASKPANE_RUNTIME_ID = 'TaskPaneRuntime';

/**
 * One openPage action per pinning mode: pinning is a property of the action, and Outlook
 * only supports pinned panes for messages, so meetings get their own unpinnable action.
 */
export function actionId(pinnable: boolean): string {
  return pinnable ? 'openCaselinePinnable' : 'openCaseline';
}

function ribbon(addin: ResolvedAddin, surface: SurfaceConfig): Ribbon {
  const icons = addin.config.icons.buttonSizes.map((size) => ({ size, url: addin.iconUrls[size] }));
  const { labels } = addin.config;
  return {
    contexts: [SURFACE_RIBBON_CONTEXT[surface.id]],
    tabs: [
      {
        builtInTabId: 'TabDefault',
        groups: [
          {
            id: `${surface.id}Group`,
            label: labels.group,
            icons,
            controls: [
              {
                id: `${surface.id}OpenPaneButton`,
                type: 'button',
                label: labels.button,
                icons,
                supertip: { title: labels.button, description: labels.tooltip },
                actionId: actionId(surface.pinnable),
              },
            ],
          },
        ],
      },
    ],
  };
}

export function buildJsonManifest(addin: ResolvedAddin): UnifiedManifest {
  const { config } = addin;
  const mailbox = [{ name: 'Mailbox', minVersion: config.minMailboxVersion }];
  const pinModes = [...new Set(config.surfaces.map((surface) => surface.pinnable))];
  const actions: Action[] = pinModes.map((pinnable) => ({
    id: actionId(pinnable),
    type: 'openPage',
    view: 'caseline',
    pinnable,
  }));
  return {
    $schema: JSON_SCHEMA_URL,
    manifestVersion: JSON_MANIFEST_VERSION,
    id: config.id,
    version: config.version,
    name: { short: config.name, full: config.name },
    description: { short: config.shortDescription, full: config.longDescription },
    developer: {
      name: config.provider,
      websiteUrl: addin.supportUrl,
      privacyUrl: addin.privacyUrl,
      termsOfUseUrl: addin.termsUrl,
    },
    icons: { color: config.icons.package.color.file, outline: config.icons.package.outline.file },
    accentColor: config.accentColor,
    localizationInfo: { defaultLanguageTag: config.defaultLocale.toLowerCase() },
    authorization: {
      permissions: { resourceSpecific: [{ name: config.permissions.json, type: 'Delegated' }] },
    },
    // Unified-manifest convention: bare host[:port], no scheme (the XML AppDomains carry full origins).
    validDomains: addin.appDomains.map((domain) => new URL(domain).host),
    extensions: [
      {
        requirements: { scopes: ['mail'], capabilities: mailbox },
        runtimes: [
          {
            requirements: { capabilities: mailbox },
            id: TASKPANE_RUNTIME_ID,
            type: 'general',
            code: { page: addin.taskpaneUrl },
            lifetime: 'short',
            actions,
          },
        ],
        ribbons: config.surfaces.map((surface) => ribbon(addin, surface)),
      },
    ],
  };
}
