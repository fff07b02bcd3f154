import { describe, expect, it } from 'vitest';
import { useDemoSession } from './support/demo-session';

// Issue 5 "Draft reply" and issue 6 "Drafts": from an email already on a case, the pane fills
// a template from the case's facts and opens the reply; the person sends it, never Caseline.
// Sofia works the complaint demo-msg-002 made (cs-004); demo-msg-001's case (cs-003) sits in the
// payments queue, which is not hers, so she could not open it.

const complaintEmail = /Complaint – charged twice/;

describe('demo workspace, drafting a reply', () => {
  const session = useDemoSession();

  it('fills a request for missing information from the case and opens it as a reply, unsent', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Sofia Lind');
    await workspace.selectItem(complaintEmail);
    const pane = workspace.pane;
    await pane.getByText('This email is already on a case').waitFor();
    await pane.getByRole('button', { name: 'Open case' }).first().click();

    const reply = pane.getByRole('region', { name: 'Reply' });
    await reply.getByRole('button', { name: 'Draft reply' }).click();
    const purpose = pane.getByRole('menuitem', { name: /Request missing information/ });
    await purpose.waitFor();
    await workspace.paneScreenshot('d00-purpose-menu', reply);
    await purpose.click();

    const preview = reply.getByRole('group', { name: 'Draft reply: Request missing information' });
    await preview.waitFor();
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('Dear Tobias Renner,');
    expect(text).toMatch(/CASE-\d{6}, "Complaint: international payment fee charged twice"/);
    expect(text).toContain('- Any statements, letters or emails that support your complaint');
    expect(text).not.toContain('{{');
    await workspace.paneScreenshot('d01-draft-preview', preview);

    await reply.getByRole('button', { name: 'Open reply' }).click();
    const compose = workspace.page.getByRole('region', { name: /Reply \(draft/ });
    await compose.waitFor();
    const composed = (await compose.textContent()) ?? '';
    expect(composed).toContain('Dear Tobias Renner,');
    expect(composed).toContain('- Any statements, letters or emails that support your complaint');
    expect(composed).toContain('Not sent');
    await reply.getByText(/Caseline has not sent anything/).waitFor();
    await workspace.screenshot('d02-compose-pane');

    // The trail says a reply was prepared, and that it was not sent.
    const timeline = pane.getByRole('region', { name: 'Timeline' });
    await timeline
      .getByText(/prepared a reply draft \(request missing information\); not sent/)
      .waitFor();
  });

  it('reads at the narrowest pane width in the dark theme', async () => {
    const workspace = await session.openWorkspace();
    await workspace.openWithPaneWidth(320);
    await workspace.actAs('Sofia Lind');
    await workspace.page.getByRole('switch', { name: 'Dark theme' }).check();
    await workspace.selectItem(complaintEmail);
    const pane = workspace.pane;
    await pane.getByRole('button', { name: 'Open case' }).first().click();
    const reply = pane.getByRole('region', { name: 'Reply' });
    await reply.getByRole('button', { name: 'Draft reply' }).click();
    await pane.getByRole('menuitem', { name: /Acknowledge/ }).click();
    const preview = reply.getByRole('group', { name: 'Draft reply: Acknowledge' });
    await preview.waitFor();
    const frame = await workspace.paneFrame();
    const overflows = await frame.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflows).toBe(false);
    await workspace.paneScreenshot('d03-draft-dark-320', preview);
  });
});
