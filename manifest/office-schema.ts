/**
 * Facts about the two manifest formats that both the generators and the checks rely on.
 * Kept apart from addin.config.ts because none of this is a Caseline choice.
 */
import type { SurfaceId } from './addin.config';

export const XML_NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  basicTypes: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  mailAppOverrides: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.0',
  versionOverridesV1_0: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  versionOverridesV1_1: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
} as const;

/** XML ExtensionPoint xsi:type for each surface. */
export const SURFACE_EXTENSION_POINT: Readonly<Record<SurfaceId, string>> = {
  messageRead: 'MessageReadCommandSurface',
  appointmentAttendee: 'AppointmentAttendeeCommandSurface',
  appointmentOrganizer: 'AppointmentOrganizerCommandSurface',
};

/** Unified-manifest extensions.ribbons[].contexts value for each surface. */
export const SURFACE_RIBBON_CONTEXT: Readonly<
  Record<SurfaceId, 'mailRead' | 'meetingDetailsAttendee' | 'meetingDetailsOrganizer'>
> = {
  messageRead: 'mailRead',
  appointmentAttendee: 'meetingDetailsAttendee',
  appointmentOrganizer: 'meetingDetailsOrganizer',
};

/** XML <Permissions> level -> unified-manifest resource-specific permission (per the Office docs mapping). */
export const PERMISSION_XML_TO_JSON: Readonly<Record<string, string>> = {
  Restricted: 'MailboxItem.Restricted.User',
  ReadItem: 'MailboxItem.Read.User',
  ReadWriteItem: 'MailboxItem.ReadWrite.User',
  ReadWriteMailbox: 'Mailbox.ReadWrite.User',
};

/** Sizes allowed on <bt:Image size> in an Icon list and on unified-manifest ribbon icons. */
export const RIBBON_ICON_SIZES: readonly number[] = [16, 20, 24, 32, 40, 48, 64, 80];

/** Sizes Outlook requires on every ribbon button. */
export const REQUIRED_BUTTON_ICON_SIZES: readonly number[] = [16, 32, 80];

/** Outlook's sizes for the XML <IconUrl> and <HighResolutionIconUrl> images. */
export const XML_ICON_SIZE = 64;
export const XML_HIGH_RES_ICON_SIZE = 128;

/** MailApp <Permissions> levels (OfficeAppManifestV1_1 MailApp enumeration). */
export const MAIL_APP_PERMISSIONS: readonly string[] = [
  'Restricted',
  'ReadItem',
  'ReadWriteItem',
  'ReadWriteMailbox',
];

/** Unified-manifest package icons: full-colour 192x192 and white-on-transparent 32x32 outline. */
export const UNIFIED_COLOR_ICON_SIZE = 192;
export const UNIFIED_OUTLINE_ICON_SIZE = 32;
