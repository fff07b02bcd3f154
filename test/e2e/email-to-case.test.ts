import { describe, expect, it } from 'vitest';
import { useDemoSession } from './support/demo-session';

// Flow B of issue 5: Sofia turns an email into a case with intake assist's suggestions and
// one of its attachments as evidence, links another email to that case by searching, and
// unlinks it again with a reason the case's timeline keeps.

const addressSubject = /Change of address – Mrs Fiona Gallacher/;
const lostCardSubject = /Lost card and two payments/;
const lpaFile = 'LPA-property-and-financial-affairs-certified-copy.pdf';

describe('demo workspace, email to case', () => {
  const session = useDemoSession();

  it('creates a case with suggestions and an attachment, links another email, and unlinks it', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Sofia Lind');
    const pane = workspace.pane;

    await workspace.selectItem(addressSubject);
    await pane.getByRole('region', { name: 'Client brief' }).waitFor();
    await pane.getByRole('button', { name: 'Create case' }).click();

    // Intake assist fills in type and priority, marked as suggestions.
    await pane.getByText('Suggested').first().waitFor();
    const caseType = pane.getByRole('combobox', { name: /Case type/ });
    expect(await caseType.inputValue()).toBe('account_maintenance');
    expect(
      await pane.getByRole('button', { name: 'Why this case type is suggested' }).count(),
    ).toBe(1);
    await pane.getByRole('button', { name: 'Why this case type is suggested' }).click();
    await pane.getByText(/Intake assist is \d+% sure of this/).waitFor();
    await workspace.paneScreenshot('b01-create-case-suggestions');
    await pane.getByRole('button', { name: 'Accept the suggested case type' }).click();
    expect(
      await pane.getByRole('button', { name: 'Why this case type is suggested' }).count(),
    ).toBe(0);

    const attachment = pane.getByRole('checkbox', {
      name: new RegExp(lpaFile.replace(/\./g, '\\.')),
    });
    expect(await attachment.isChecked()).toBe(false);
    await attachment.check();
    await workspace.paneScreenshot('b02-attachment-ticked', attachment);
    await pane.getByRole('button', { name: 'Save case' }).click();

    const saved = pane.getByText(/Case CASE-\d{6} is saved/);
    await saved.waitFor();
    const reference = /CASE-\d{6}/.exec((await saved.textContent()) ?? '')?.[0] ?? 'missing';
    const uploads = pane.getByRole('region', { name: 'Attachments added as evidence' });
    await uploads.getByText('Added', { exact: true }).waitFor();
    const timeline = pane.getByRole('region', { name: 'Timeline' });
    await timeline.getByText(`added evidence "${lpaFile}"`, { exact: false }).waitFor();
    await workspace.paneScreenshot('b03-case-with-evidence', uploads);

    // Another email goes on the same case by searching for its reference.
    await workspace.selectItem(lostCardSubject);
    await pane.getByRole('region', { name: 'Client brief' }).waitFor();
    await pane.getByRole('button', { name: 'Link to case' }).click();
    await pane.getByRole('heading', { name: 'Link this email to a case' }).waitFor();
    await pane.getByRole('searchbox').fill(reference);
    await pane.getByRole('button', { name: 'Search', exact: true }).click();
    const linkButton = pane.getByRole('button', { name: `Link to ${reference}` });
    await linkButton.waitFor();
    await workspace.paneScreenshot('b04-link-search');
    await linkButton.click();
    await pane.getByText('This email is already on a case').waitFor();
    expect(await pane.getByText(reference).first().isVisible()).toBe(true);
    expect(await pane.getByRole('button', { name: 'Link to case' }).count()).toBe(0);

    // Unlinking asks why, and the case's timeline says who unlinked it and why.
    await pane.getByRole('button', { name: `Unlink from ${reference}` }).click();
    await pane.getByRole('button', { name: 'Unlink email' }).click();
    await pane.getByText('Say why the email is unlinked.').waitFor();
    await pane
      .getByRole('textbox', { name: /Why unlink this email/ })
      .fill('Lost card belongs on its own case');
    await workspace.paneScreenshot('b05-unlink-reason');
    await pane.getByRole('button', { name: 'Unlink email' }).click();
    await pane.getByText(`The email is no longer on ${reference}.`).waitFor();
    expect(await pane.getByRole('button', { name: 'Link to case' }).isEnabled()).toBe(true);
    await pane.getByRole('button', { name: 'Open case' }).click();
    await pane
      .getByRole('region', { name: 'Timeline' })
      .getByText(
        /unlinked the email "Lost card and two payments.*": Lost card belongs on its own case/,
      )
      .waitFor();
    await workspace.paneScreenshot(
      'b06-unlink-in-timeline',
      pane.getByRole('region', { name: 'Timeline' }),
    );
  });

  it('shows the create form’s suggestions and attachments in the dark theme', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Sofia Lind');
    await workspace.page.getByRole('switch', { name: 'Dark theme' }).check();
    await workspace.selectItem(lostCardSubject);
    const pane = workspace.pane;
    await pane.getByRole('region', { name: 'Client brief' }).waitFor();
    await pane.getByRole('button', { name: 'Create case' }).click();
    await pane.getByText('Suggested').first().waitFor();
    const attachment = pane.getByRole('checkbox', { name: /app-screenshot-15-nov\.png/ });
    await attachment.check();
    await workspace.paneScreenshot('b07-create-case-dark', attachment);
  });
});
