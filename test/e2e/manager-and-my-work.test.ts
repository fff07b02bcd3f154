import { describe, expect, it } from 'vitest';
import { useDemoSession } from './support/demo-session';

// Flows E and F of issue 5. Sofia works her own desk from My work and asks for an approval;
// Grace, the manager, reads her queue, then decides the approvals waiting for her.

const annecyTitle = /quarterly EUR standing order for the Annecy apartment/;
const slaOrder = ['Breached', 'At risk', 'On track'];

describe('demo workspace, my work, the queue and approvals', () => {
  const session = useDemoSession();

  it('shows Sofia her cases by SLA urgency and her follow-ups, and her request as not hers to decide', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Sofia Lind');
    const pane = workspace.pane;

    await pane.getByRole('tab', { name: 'My work' }).click();
    const myWork = pane.getByRole('region', { name: 'My work' });
    const cases = myWork.getByRole('list', { name: 'My open cases' });
    await cases.getByRole('listitem').first().waitFor();
    expect(await cases.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    const states = await cases
      .getByRole('listitem')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('.fui-Badge')?.textContent ?? ''));
    const ranks = states.map((s) => slaOrder.indexOf(s));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const followUps = myWork.getByRole('list', { name: 'My follow-ups' });
    expect(await followUps.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
    await workspace.paneScreenshot('f01-my-work');

    // Her standing-order case needs a second review: she asks for it from the case.
    const annecy = cases.getByRole('listitem').filter({ hasText: annecyTitle });
    await annecy.getByRole('button', { name: 'Open case' }).click();
    expect(await pane.getByRole('tab', { name: 'This item' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const approvals = pane.getByRole('region', { name: 'Approvals' });
    await approvals.getByRole('button', { name: 'Request approval' }).click();
    await approvals.getByRole('textbox', { name: /Policy reference/ }).fill('OPS-SO-2');
    await approvals
      .getByRole('textbox', { name: /Rationale/ })
      .fill('Second review of the new quarterly EUR standing order before the first payment.');
    await approvals.getByRole('button', { name: 'Send request' }).click();
    await approvals.getByText('Pending').waitFor();

    await pane.getByRole('tab', { name: 'Approvals' }).click();
    const inbox = pane.getByRole('region', { name: 'Approvals' });
    await inbox.getByText('Nothing is waiting for your decision.').waitFor();
    const own = inbox.getByRole('article').filter({ hasText: 'OPS-SO-2' });
    await own.getByText(/You requested this approval/).waitFor();
    expect(await own.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(await own.getByRole('button', { name: 'Reject' }).count()).toBe(0);
    await workspace.paneScreenshot('f02-own-request', own);
  });

  it('lets Grace read her queue, open a case from it, and decide the approvals waiting for her', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Grace Whitfield');
    const pane = workspace.pane;

    await pane.getByRole('tab', { name: 'Queue' }).click();
    const queue = pane.getByRole('region', { name: 'Queue' });
    const triage = queue.getByRole('button', { name: /^Needs triage \d+$/ });
    await triage.waitFor();
    const count = Number(/(\d+)\s*$/.exec((await triage.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    const atRisk = queue.getByRole('list', { name: 'At risk or breached' });
    await atRisk.getByRole('listitem').first().waitFor();
    await workspace.paneScreenshot('e01-queue');

    await triage.click();
    const triageList = queue.getByRole('list', { name: 'Needs triage' });
    await triageList.getByRole('listitem').first().waitFor();
    expect(await triageList.getByRole('listitem').count()).toBe(count);
    const reference = await triageList
      .getByRole('listitem')
      .first()
      .locator('span')
      .first()
      .textContent();
    await triageList.getByRole('button', { name: 'Open case' }).first().click();
    await pane.getByRole('region', { name: `Case ${reference?.match(/CASE-\d+/)?.[0]}` }).waitFor();
    await workspace.paneScreenshot('e02-case-from-queue');

    await pane.getByRole('tab', { name: 'Approvals' }).click();
    const inbox = pane.getByRole('region', { name: 'Approvals' });
    const cards = inbox.getByRole('article');
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(2);
    // The Lombard increase comes with its case and evidence.
    const lombard = cards.filter({ hasText: 'CR-LMB-3.4' });
    await lombard.getByText('Lombard lending policy').waitFor();
    await workspace.paneScreenshot('e03-approvals', lombard);

    await lombard.getByRole('button', { name: 'Reject' }).click();
    await lombard.getByText('Say why you reject the request.').waitFor();
    await workspace.paneScreenshot('e04-reject-needs-note', lombard);
    await lombard
      .getByRole('textbox', { name: /Note/ })
      .fill('Wait for the London sale to exchange before raising the facility.');
    await lombard.getByRole('button', { name: 'Reject' }).click();
    await inbox.getByText(/You rejected the request on CASE-\d+/).waitFor();
    expect(await cards.filter({ hasText: 'CR-LMB-3.4' }).count()).toBe(0);

    const sofias = cards.filter({ hasText: 'OPS-SO-2' });
    await sofias.getByRole('button', { name: 'Approve' }).click();
    await inbox.getByText(/You approved the request on CASE-\d+/).waitFor();
    await inbox.getByText('Nothing is waiting for your decision.').waitFor();
    await workspace.paneScreenshot('e05-approvals-decided');

    await workspace.page.getByRole('switch', { name: 'Dark theme' }).check();
    await pane.getByRole('tab', { name: 'Queue' }).click();
    await queue
      .getByRole('list', { name: 'At risk or breached' })
      .getByRole('listitem')
      .first()
      .waitFor();
    const background = await pane
      .locator('main')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const channels = (background.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    expect(Math.max(...channels)).toBeLessThan(80);
    await workspace.paneScreenshot('e06-queue-dark');
  });

  it('fits the tabs and the work views into a 320 px pane', async () => {
    const workspace = await session.openWorkspace();
    await workspace.openWithPaneWidth(320);
    await workspace.actAs('Sofia Lind');
    const pane = workspace.pane;
    // Queue appears once the server says Sofia may see one, so each tab is waited for.
    for (const name of ['This item', 'My work', 'Queue', 'Approvals'])
      await pane.getByRole('tab', { name }).waitFor();
    await pane.getByRole('tab', { name: 'My work' }).click();
    await pane.getByRole('list', { name: 'My open cases' }).getByRole('listitem').first().waitFor();
    const frame = await workspace.paneFrame();
    const overflows = await frame.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflows).toBe(false);
    await workspace.paneScreenshot('f03-my-work-320');
  });
});
