import { describe, expect, it } from 'vitest';
import { useDemoSession } from './support/demo-session';

// Flow C of issue 5: Sofia opens the complaint case an email is already on (seed case cs-004),
// takes it, starts work, tries to resolve it too early and asks for a redress approval.

const complaintSubject = /Complaint – charged twice/;

describe('demo workspace, working a case', () => {
  const session = useDemoSession();

  it('moves a case on, lists every unmet closure condition and requests an approval', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Sofia Lind');
    await workspace.selectItem(complaintSubject);
    const pane = workspace.pane;
    await pane.getByText('This email is already on a case').waitFor();
    await pane.getByRole('button', { name: 'Open case' }).first().click();

    const stage = pane.getByRole('region', { name: 'Stage' });
    await stage.waitFor();
    await pane.getByRole('region', { name: 'SLA timers' }).getByText('Triage').waitFor();
    await workspace.paneScreenshot('c01-case-panel');

    await pane.getByRole('button', { name: 'Assign to me' }).click();
    await expect.poll(() => pane.getByRole('button', { name: 'Assign to me' }).count()).toBe(0);
    expect(await pane.getByText('Sofia Lind').first().isVisible()).toBe(true);

    const moves = stage.getByRole('group', { name: 'Move to' });
    expect(await moves.getByRole('button', { name: 'Move to Closed' }).count()).toBe(0);
    await moves.getByRole('button', { name: 'Move to In progress' }).click();
    await moves.getByRole('button', { name: 'Move to Pending approval' }).waitFor();
    expect(await moves.getByRole('button', { name: 'Move to In progress' }).count()).toBe(0);
    await workspace.paneScreenshot('c02-in-progress', stage);

    await pane.getByRole('button', { name: 'Close' }).click();
    await pane.getByRole('button', { name: 'Resolve case' }).click();
    const unmet = pane.getByRole('list', { name: 'The case cannot be resolved yet' });
    await unmet.waitFor();
    expect(await unmet.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    await workspace.paneScreenshot('c03-closure-blocked', unmet);

    const approvals = pane.getByRole('region', { name: 'Approvals' });
    await approvals.getByRole('button', { name: 'Request approval' }).click();
    await approvals.getByRole('textbox', { name: /Amount/ }).fill('300.00');
    await approvals.getByRole('textbox', { name: /Policy reference/ }).fill('CMP-REDRESS-2');
    await approvals
      .getByRole('textbox', { name: /Rationale/ })
      .fill('Fee was taken twice and the promised call-back was missed; redress for distress.');
    await workspace.paneScreenshot('c04-request-approval', approvals);
    await approvals.getByRole('button', { name: 'Send request' }).click();
    await approvals.getByText('Pending').waitFor();
    expect(await approvals.getByText('Redress payment').count()).toBe(1);
    await workspace.paneScreenshot('c05-approval-requested', approvals);

    const timeline = pane.getByRole('region', { name: 'Timeline' });
    await expect.poll(() => timeline.getByRole('listitem').count()).toBeGreaterThan(2);
    await workspace.paneScreenshot('c06-timeline', timeline);

    await workspace.page.getByRole('switch', { name: 'Dark theme' }).check();
    await workspace.paneScreenshot('c07-dark', pane.getByRole('region', { name: 'SLA timers' }));
  });
});
