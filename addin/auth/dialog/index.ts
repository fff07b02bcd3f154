import { connectOfficeDialog } from '../../host/outlook-host';
import { authConfig, authDialogPath, usesEntraSignIn } from '../auth-config';
import { createDialogClient } from '../msal-client';
import { failed, runDialogFlow } from './dialog-flow';
import { readDialogQuery, type DialogMessage } from './dialog-protocol';

// The page Outlook opens as a dialog where it cannot broker tokens (see ../dialog-broker.ts).

async function start(): Promise<void> {
  const parent = await connectOfficeDialog();
  const reply = (message: DialogMessage) => parent.messageParent(JSON.stringify(message));
  if (!usesEntraSignIn(authConfig)) {
    reply(failed(new Error('This build of Caseline is not configured for Entra ID sign-in')));
    return;
  }
  try {
    const client = await createDialogClient(
      authConfig,
      `${window.location.origin}${authDialogPath}`,
    );
    const request = readDialogQuery(new URLSearchParams(window.location.search));
    await runDialogFlow(client, { ...request, apiScope: authConfig.apiScope }, reply);
  } catch (error) {
    reply(failed(error));
  }
}

start().catch((error: unknown) => {
  // Without Office.js there is no one to tell but the page itself.
  document.body.textContent = `Sign-in could not start: ${error instanceof Error ? error.message : String(error)}`;
});
