/**
 * Single source of truth for Caseline's two Outlook manifests:
 * the add-in-only XML manifest (dist/manifest/manifest.xml) and the unified
 * Microsoft 365 app manifest (dist/manifest/manifest.json).
 *
 * Only paths live here; absolute URLs are derived from the base URL at
 * generation time (see resolve.ts), so one environment variable
 * (ADDIN_BASE_URL) moves every URL in both manifests at once.
 */

/** Button icon sizes Outlook accepts in <bt:Image size> and in the unified manifest's ribbon icons. */
export type RibbonIconSize = 16 | 20 | 24 | 32 | 40 | 48 | 64 | 80;

/** Sizes Caseline ships as web-served PNGs under /assets (64 and 128 are the XML IconUrl/HighResolutionIconUrl). */
export type WebIconSize = 16 | 32 | 64 | 80 | 128;

/** Where the add-in shows up. Each surface maps to an XML ExtensionPoint and a unified-manifest ribbon context. */
export type SurfaceId = 'messageRead' | 'appointmentAttendee' | 'appointmentOrganizer';

export interface SurfaceConfig {
  readonly id: SurfaceId;
  readonly pinnable: boolean;
}

export const addinConfig = {
  // Fixed forever: Outlook keys installs, updates and per-user settings on this id.
  id: 'b13dbe81-64ac-4fee-815c-a2e36632106b',
  // Semver for the unified manifest; the XML manifest gets a 4th ".0" part appended (see toXmlVersion).
  version: '1.0.0',
  name: 'Caseline',
  provider: 'Caseline',
  // Unified manifest description.short is capped at 80 characters.
  shortDescription: 'Casework for financial-services teams, inside Outlook.',
  // Used for the XML <Description> (LongString: max 250) and the unified manifest description.full.
  longDescription:
    'Caseline links the email or meeting you are reading to a client case, so financial-services teams can file correspondence and see case context without leaving Outlook.',
  defaultLocale: 'en-US',
  // Fluent blue; also the icon background drawn by scripts/make-icons.ts.
  accentColor: '#0F6CBD',

  // Overridable with ADDIN_BASE_URL (read by manifest/generate.ts and manifest/validate.ts).
  defaultBaseUrl: 'https://localhost:3000',
  paths: {
    taskpane: '/taskpane.html',
    support: '/',
    // The unified manifest requires privacy and terms URLs. The site has no such pages yet, so they
    // point at the support page; replace them before any store/AppSource submission.
    privacy: '/',
    terms: '/',
  },
  // Origins besides the base URL's own that pages may navigate to (e.g. an identity provider).
  // The base origin is always included.
  extraAppDomains: [] as readonly string[],

  icons: {
    // Served from dist/assets (the server serves dist/ at the site root). Source PNGs: manifest/icons/.
    web: {
      16: '/assets/icon-16.png',
      32: '/assets/icon-32.png',
      64: '/assets/icon-64.png',
      80: '/assets/icon-80.png',
      128: '/assets/icon-128.png',
    } satisfies Record<WebIconSize, string>,
    // Outlook requires 16, 32 and 80 px images on every ribbon button.
    buttonSizes: [16, 32, 80] as const satisfies readonly (WebIconSize & RibbonIconSize)[],
    // Files inside the unified app package, next to manifest.json (not URLs).
    package: {
      color: { file: 'color.png', size: 192 },
      outline: { file: 'outline.png', size: 32 },
    },
  },

  // Least privilege: Caseline reads the selected item, never writes it or touches the rest of the mailbox.
  permissions: {
    xml: 'ReadItem',
    json: 'MailboxItem.Read.User',
  },

  // Mailbox 1.5 is the first requirement set with Office.context.mailbox.addHandlerAsync and the
  // ItemChanged event, which a pinned task pane needs to follow the user's selection (pinnable task
  // panes were introduced in the same set). Anything older could pin the pane but never learn that
  // the selected item changed.
  minMailboxVersion: '1.5',

  surfaces: [
    { id: 'messageRead', pinnable: true },
    // Outlook does not support pinnable task panes on appointments/meetings, so these stay unpinned.
    { id: 'appointmentAttendee', pinnable: false },
    { id: 'appointmentOrganizer', pinnable: false },
  ] satisfies readonly SurfaceConfig[],

  taskpane: {
    // ItemRead <RequestedHeight> for legacy (pre add-in-command) clients: 32..450.
    requestedHeight: 250,
  },

  labels: {
    group: 'Caseline',
    button: 'Open Caseline',
    tooltip: 'Show the case linked to this item and file it to a case.',
  },
} as const;

export type AddinConfig = typeof addinConfig;
