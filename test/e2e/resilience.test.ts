import { describe, expect, it } from 'vitest';
import { useDemoSession } from './support/demo-session';

// Issue 5, "Everywhere": when the server cannot be reached a banner says so; what the user typed
// is kept and restored after a reload until it has been saved, and then it is forgotten.

const lostCardSubject = /Lost card and two payments/;
const typedTitle = 'Lost card in Lisbon – two card payments not recognised';
const typedDescription =
  'Client called from abroad; card blocked on the call. Dispute both payments.';

describe('demo workspace, when the server goes away', () => {
  const session = useDemoSession();

  it('says the server is out of reach, keeps the typing through a reload, and forgets it once saved', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Sofia Lind');
    await workspace.selectItem(lostCardSubject);
    const pane = workspace.pane;
    await pane.getByRole('button', { name: 'Create case' }).click();
    const title = pane.getByRole('textbox', { name: /Title/ });
    await title.waitFor();

    await session.stopServer();
    await title.fill(typedTitle);
    await pane.getByRole('textbox', { name: /Description/ }).fill(typedDescription);
    await pane.getByRole('combobox', { name: /Case type/ }).selectOption('payment_investigation');
    await pane.getByRole('button', { name: 'Save case' }).click();
    const banner = pane.locator('.fui-MessageBar', { hasText: 'No connection to Caseline' });
    const retry = banner.getByRole('button', { name: 'Retry' });
    await banner.waitFor();
    expect(await banner.getByText(/What you typed is kept here/).isVisible()).toBe(true);
    await workspace.paneScreenshot('r01-server-unreachable');

    // Retry while the server is still down keeps saying so.
    await retry.click();
    await expect.poll(() => banner.isVisible()).toBe(true);

    await session.startServer();
    await retry.click();
    await expect.poll(() => banner.count()).toBe(0);

    // A reload (Outlook restarting the pane, the user pressing F5) loses nothing that was typed.
    await workspace.open();
    await workspace.selectItem(lostCardSubject);
    await pane.getByRole('button', { name: 'Create case' }).click();
    await expect
      .poll(() => pane.getByRole('textbox', { name: /Title/ }).inputValue())
      .toBe(typedTitle);
    expect(await pane.getByRole('textbox', { name: /Description/ }).inputValue()).toBe(
      typedDescription,
    );
    // Intake assist may suggest a type again after a reload; choosing it is quick, typing is not.
    await pane.getByRole('combobox', { name: /Case type/ }).selectOption('payment_investigation');
    await pane.getByText(/Restored what you typed earlier/).waitFor();
    await workspace.paneScreenshot('r02-draft-restored');

    await pane.getByRole('button', { name: 'Save case' }).click();
    await pane.getByText(/Case CASE-\d{6} is saved/).waitFor();
    const frame = await workspace.paneFrame();
    const keptDrafts = () =>
      frame.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('caseline:draft:')),
      );
    expect(await keptDrafts()).toEqual([]);
    await workspace.paneScreenshot('r03-saved-draft-cleared');
  });
});
