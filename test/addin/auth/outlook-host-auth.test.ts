import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectOfficeDialog, connectOutlookHost } from '../../../addin/host/outlook-host';
import { HostDialogError } from '../../../addin/host/host';

// The sign-in parts of the Outlook adapter, against a hand-made Office global.

const events = {
  DialogMessageReceived: 'dialogMessageReceived',
  DialogEventReceived: 'dialogEventReceived',
};
type DialogHandler = (
  args: { message: string; origin: string | undefined } | { error: number },
) => void;

function installOffice(
  options: { sets?: string[]; openError?: { code: number; message: string } } = {},
) {
  const handlers = new Map<string, DialogHandler>();
  const dialog = {
    close: vi.fn(),
    addEventHandler: vi.fn((type: string, handler: DialogHandler) => handlers.set(type, handler)),
  };
  const ui = {
    displayDialogAsync: vi.fn((_url: string, _options: unknown, callback: (r: unknown) => void) =>
      callback(
        options.openError
          ? { status: 'failed', error: options.openError }
          : { status: 'succeeded', value: dialog },
      ),
    ),
    messageParent: vi.fn(),
  };
  vi.stubGlobal('Office', {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: events,
    onReady: vi.fn(async () => ({})),
    context: {
      requirements: {
        isSetSupported: vi.fn((name: string, version: string) =>
          (options.sets ?? []).includes(`${name} ${version}`),
        ),
      },
      ui,
      mailbox: { userProfile: { displayName: 'Sam Okafor', emailAddress: 'sam@bank.example' } },
    },
  });
  const fire = (type: string, args: Parameters<DialogHandler>[0]) => handlers.get(type)?.(args);
  return { ui, dialog, fire };
}

const noDocument = { location: { origin: 'https://caseline.bank.example' } } as Document;

afterEach(() => {
  vi.unstubAllGlobals();
});

async function outlookAuth() {
  const host = await connectOutlookHost(noDocument);
  if (!host.auth) throw new Error('the Outlook host should offer sign-in');
  return host.auth;
}

describe('Outlook’s sign-in support', () => {
  it('reports nested app authentication only with requirement set NestedAppAuth 1.1', async () => {
    installOffice({ sets: ['NestedAppAuth 1.1'] });
    expect((await outlookAuth()).supportsNestedAppAuth()).toBe(true);
    installOffice({ sets: [] });
    expect((await outlookAuth()).supportsNestedAppAuth()).toBe(false);
  });

  it('resolves with the dialog’s first message and its origin, then closes it', async () => {
    const office = installOffice();
    const auth = await outlookAuth();

    const reply = auth.openDialog('https://caseline.bank.example/auth-dialog.html', {
      height: 60,
      width: 30,
    });
    office.fire(events.DialogMessageReceived, {
      message: '{"a":1}',
      origin: 'https://caseline.bank.example',
    });

    await expect(reply).resolves.toEqual({
      message: '{"a":1}',
      origin: 'https://caseline.bank.example',
    });
    expect(office.dialog.close).toHaveBeenCalled();
    expect(office.ui.displayDialogAsync.mock.calls[0]?.[1]).toMatchObject({
      displayInIframe: false,
    });
  });

  it('reports no origin on clients that do not give one', async () => {
    const office = installOffice();
    const reply = (await outlookAuth()).openDialog('https://x.example/a', { height: 1, width: 1 });
    office.fire(events.DialogMessageReceived, { message: 'm', origin: undefined });
    await expect(reply).resolves.toEqual({ message: 'm', origin: null });
  });

  it('rejects when the user closes the dialog', async () => {
    const office = installOffice();
    const reply = (await outlookAuth()).openDialog('https://x.example/a', { height: 1, width: 1 });
    office.fire(events.DialogEventReceived, { error: 12006 });
    await expect(reply).rejects.toEqual(
      new HostDialogError('closed', 'The sign-in window was closed'),
    );
  });

  it('rejects as blocked when the browser or user stops the dialog opening', async () => {
    installOffice({ openError: { code: 12011, message: 'Pop-ups are blocked' } });
    const reply = (await outlookAuth()).openDialog('https://x.example/a', { height: 1, width: 1 });
    await expect(reply).rejects.toMatchObject({ code: 'blocked', message: 'Pop-ups are blocked' });
  });
});

describe('the dialog page’s link to the pane', () => {
  it('pins the pane’s origin where DialogOrigin 1.1 allows it', async () => {
    const office = installOffice({ sets: ['DialogOrigin 1.1'] });
    const parent = await connectOfficeDialog(noDocument);
    parent.messageParent('hello');
    expect(office.ui.messageParent).toHaveBeenCalledWith('hello', {
      targetOrigin: 'https://caseline.bank.example',
    });
  });

  it('sends without an origin on older clients', async () => {
    const office = installOffice();
    const parent = await connectOfficeDialog(noDocument);
    parent.messageParent('hello');
    expect(office.ui.messageParent).toHaveBeenCalledWith('hello');
  });
});
