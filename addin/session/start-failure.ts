import { isAxiosError } from 'axios';
import { ApiError } from '../api/api-error';
import { strings } from '../i18n/strings';

/** Why the pane could not start, worded for the user: an unreachable server is not Outlook's fault. */
export function describeStartFailure(error: unknown): { title: string; message: string } {
  const unreachable =
    (isAxiosError(error) && !error.response) ||
    (error instanceof ApiError && error.kind === 'unreachable');
  if (unreachable)
    return { title: strings.resilience.unreachableTitle, message: strings.unreachable };
  return {
    title: strings.hostFailed,
    message: error instanceof Error ? error.message : String(error),
  };
}
