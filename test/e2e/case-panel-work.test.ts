import { describe, expect, it } from 'vitest';
import { useDemoSession } from './support/demo-session';

// Flow C of issue 5, day-to-day work: Sofia opens the complaint case an email is on (seed
// case cs-004), takes it, writes a note, sets a follow-up, finishes it, and reads it all
// back in the timeline.

const complaintSubject = /Complaint – charged twice/;
const note = 'Called Mr Renner: both fee debits show on his statement of 10 November.';
const followUp = 'Send the fee refund confirmation';

describe('demo workspace, working a case day to day', () => {
  const session = useDemoSession();

  it('assigns the case, adds a note and a follow-up, marks it done, and shows it all in the timeline', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Sofia Lind');
    await workspace.selectItem(complaintSubject);
    const pane = workspace.pane;
    await pane.getByRole('button', { name: 'Open case' }).first().click();

    const owner = pane.getByRole('region', { name: 'Owner and queue' });
    await owner.getByText('Unassigned').waitFor();
    expect(await owner.getByText('complaints').isVisible()).toBe(true);
    await owner.getByRole('button', { name: 'Assign to me' }).click();
    await owner.getByText('Sofia Lind (you)').waitFor();
    expect(await owner.getByRole('button', { name: 'Assign to me' }).count()).toBe(0);
    await owner.getByRole('button', { name: 'Reassign' }).click();
    const choice = owner.getByRole('combobox', { name: /New owner/ });
    await choice.locator('option', { hasText: 'Grace Whitfield' }).waitFor({ state: 'attached' });
    await workspace.paneScreenshot('cw01-owner-reassign', owner);
    await owner.getByRole('button', { name: 'Cancel' }).click();

    const notes = pane.getByRole('region', { name: 'Notes' });
    await notes.getByText(/No notes yet/).waitFor();
    await notes.getByRole('button', { name: 'Add note' }).click();
    await notes.getByText('Write the note first').waitFor();
    await notes.getByRole('textbox', { name: 'Internal note' }).fill(note);
    await notes.getByRole('button', { name: 'Add note' }).click();
    await notes.getByRole('listitem').filter({ hasText: note }).waitFor();
    expect(await notes.getByRole('textbox', { name: 'Internal note' }).inputValue()).toBe('');
    await workspace.paneScreenshot('cw02-note-added', notes);

    const followUps = pane.getByRole('region', { name: 'Follow-ups' });
    await followUps.getByRole('button', { name: 'Add follow-up' }).click();
    await followUps.getByRole('textbox', { name: /What needs doing/ }).fill(followUp);
    await workspace.paneScreenshot('cw03-follow-up-form', followUps);
    await followUps.getByRole('button', { name: 'Add', exact: true }).click();
    const item = followUps.getByRole('listitem').filter({ hasText: followUp });
    await item.waitFor();
    expect(await item.getByText('Owner: Sofia Lind').isVisible()).toBe(true);
    await item.getByRole('button', { name: `Mark “${followUp}” done` }).click();
    await item.getByText('Done', { exact: true }).waitFor();
    await workspace.paneScreenshot('cw04-follow-up-done', followUps);

    const timeline = pane.getByRole('region', { name: 'Timeline' });
    for (const line of [
      'Sofia Lind took the case',
      `Sofia Lind added a note: "${note}"`,
      `Sofia Lind created the follow-up "${followUp}"`,
      'Sofia Lind marked a follow-up done',
    ]) {
      await timeline.getByText(line).waitFor();
    }
    await workspace.paneScreenshot('cw05-timeline', timeline);

    // At Outlook's narrowest pane, 320 px, nothing may scroll sideways.
    await workspace.page
      .locator('iframe[title="Caseline task pane"]')
      .evaluate((frame: HTMLIFrameElement) => {
        frame.style.width = '320px';
      });
    await owner.getByRole('button', { name: 'Reassign' }).click();
    await pane
      .getByRole('region', { name: 'Follow-ups' })
      .getByRole('button', { name: 'Add follow-up' })
      .click();
    const overflow = await pane
      .locator('body')
      .evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await workspace.paneScreenshot('cw06-320px-forms', followUps);

    await workspace.page.getByRole('switch', { name: 'Dark theme' }).check();
    await workspace.paneScreenshot('cw07-dark', notes);
  });

  it('shows an auditor the case and its trail read-only, with nothing to change', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Owen Park');
    await workspace.selectItem(complaintSubject);
    const pane = workspace.pane;
    await pane.getByRole('button', { name: 'Open case' }).first().click();
    await pane.getByText(/Read-only: your role lets you see this case/).waitFor();
    await pane.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first().waitFor();
    for (const name of ['Assign to me', 'Request approval', 'Draft reply'])
      expect(await pane.getByRole('button', { name }).count()).toBe(0);
    expect(await pane.getByLabel('Internal note').count()).toBe(0);
    await workspace.paneScreenshot('cw08-auditor-read-only');
  });
});
