import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DemoWorkspacePage } from './pages/demo-workspace.page';
import { expectNoBlockingViolations } from './support/axe';
import { useDemoSession } from './support/demo-session';

// Issue 5, "Look and access": axe-core finds no serious or critical violation on any main view,
// in the light and the dark theme; the pane works at 320 and 450 px and with the keyboard alone.

const lostCardSubject = /Lost card and two payments/;
const complaintSubject = /Complaint – charged twice/;
const meetingSubject = /Ashworth family – annual review/;

/** Elements wider than the pane, named so a failure says what to fix. */
async function horizontalOverflow(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 10)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 40)}"`);
  });
}

/** The brightest colour channel of the pane's background: low once the dark theme is on. */
async function darkness(workspace: DemoWorkspacePage): Promise<number> {
  const background = await workspace.pane
    .locator('main')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  return Math.max(...(background.match(/\d+/g) ?? []).slice(0, 3).map(Number));
}

/** Presses Tab until `target` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

describe('accessibility of the task pane', () => {
  const session = useDemoSession();

  async function briefFor(subject: RegExp, user = 'Sofia Lind'): Promise<DemoWorkspacePage> {
    const workspace = await session.openWorkspace();
    await workspace.actAs(user);
    await workspace.selectItem(subject);
    await workspace.pane.getByRole('region', { name: 'Client brief' }).waitFor();
    return workspace;
  }

  it('has no serious or critical axe violations on the overview with its brief, light and dark', async () => {
    const workspace = await briefFor(lostCardSubject);
    await workspace.pane.getByText('Lucy Tremayne').first().waitFor();
    await expectNoBlockingViolations(await workspace.paneFrame(), 'overview with brief (light)');

    await workspace.page.getByRole('switch', { name: 'Dark theme' }).check();
    await expect.poll(() => darkness(workspace)).toBeLessThan(80);
    await expectNoBlockingViolations(await workspace.paneFrame(), 'overview with brief (dark)');
    await workspace.paneScreenshot('a11y-01-overview-dark');
  });

  it('has none on the create case form', async () => {
    const workspace = await briefFor(lostCardSubject);
    await workspace.pane.getByRole('button', { name: 'Create case' }).click();
    await workspace.pane.getByRole('textbox', { name: /Title/ }).waitFor();
    await expectNoBlockingViolations(await workspace.paneFrame(), 'create case form');
  });

  it('has none on the case panel, light and dark, with a form open', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Sofia Lind');
    await workspace.selectItem(complaintSubject);
    await workspace.pane.getByRole('button', { name: 'Open case' }).first().click();
    await workspace.pane.getByRole('region', { name: 'Stage' }).waitFor();
    await workspace.pane
      .getByRole('region', { name: 'Timeline' })
      .getByRole('listitem')
      .first()
      .waitFor();
    await expectNoBlockingViolations(await workspace.paneFrame(), 'case panel (light)');

    // The complaint is still in triage, so the form to open is Request approval, not Close.
    await workspace.pane
      .getByRole('region', { name: 'Approvals' })
      .getByRole('button', { name: 'Request approval' })
      .click();
    await workspace.pane.getByRole('form', { name: 'Request approval' }).waitFor();
    await workspace.page.getByRole('switch', { name: 'Dark theme' }).check();
    await expect.poll(() => darkness(workspace)).toBeLessThan(80);
    await expectNoBlockingViolations(
      await workspace.paneFrame(),
      'case panel with Request approval form (dark)',
    );
    await workspace.paneScreenshot('a11y-02-case-panel-dark');
  });

  it('has none on the My work, Queue and Approvals tabs', async () => {
    const workspace = await session.openWorkspace();
    // Grace manages the service team: her queue and approvals inbox have something in them.
    await workspace.actAs('Grace Whitfield');
    for (const tab of ['My work', 'Queue', 'Approvals']) {
      await workspace.pane.getByRole('tab', { name: tab }).click();
      const region = workspace.pane.getByRole('region', { name: tab });
      await region.waitFor();
      await expect.poll(() => region.locator('.fui-Skeleton').count()).toBe(0);
      await expectNoBlockingViolations(await workspace.paneFrame(), `${tab} tab`);
    }
  });

  it('has none on the meeting overview', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Amelia Hart');
    await workspace.selectItem(meetingSubject);
    await workspace.pane.getByRole('region', { name: 'Meeting', exact: true }).waitFor();
    await expectNoBlockingViolations(await workspace.paneFrame(), 'meeting overview');
  });
});

describe('the task pane at Outlook’s widths, by keyboard', () => {
  const session = useDemoSession();

  for (const width of [320, 450]) {
    it(`fits ${width} px without scrolling sideways`, async () => {
      const workspace = await session.openWorkspace();
      await workspace.openWithPaneWidth(width);
      await workspace.actAs('Sofia Lind');
      await workspace.selectItem(lostCardSubject);
      await workspace.pane.getByRole('region', { name: 'Client brief' }).waitFor();
      await workspace.pane.getByText('Lucy Tremayne').first().waitFor();
      const frame = await workspace.paneFrame();
      // The pane's own width, less a vertical scrollbar where the content is taller than it.
      const clientWidth = await frame.evaluate(() => document.documentElement.clientWidth);
      expect(clientWidth).toBeLessThanOrEqual(width);
      expect(clientWidth).toBeGreaterThan(width - 20);
      expect(await horizontalOverflow(frame)).toEqual([]);
      await workspace.paneScreenshot(`width-${width}-01-brief`);

      await workspace.pane.getByRole('button', { name: 'Create case' }).click();
      await workspace.pane.getByRole('textbox', { name: /Title/ }).waitFor();
      expect(await horizontalOverflow(frame)).toEqual([]);
      await workspace.paneScreenshot(`width-${width}-02-create-case`);

      await workspace.selectItem(complaintSubject);
      await workspace.pane.getByRole('button', { name: 'Open case' }).first().click();
      await workspace.pane.getByRole('region', { name: 'Stage' }).waitFor();
      expect(await horizontalOverflow(frame)).toEqual([]);
      await workspace.paneScreenshot(`width-${width}-03-case-panel`);
      const approvals = workspace.pane.getByRole('region', { name: 'Approvals' });
      await approvals.getByRole('button', { name: 'Request approval' }).click();
      expect(await horizontalOverflow(frame)).toEqual([]);
      await workspace.paneScreenshot(`width-${width}-04-request-approval`, approvals);
    });
  }

  it('opens the case from the banner and comes back with Tab and Enter alone', async () => {
    const workspace = await session.openWorkspace();
    await workspace.openWithPaneWidth(320);
    await workspace.actAs('Sofia Lind');
    const page = workspace.page;
    const mail = page
      .getByRole('list', { name: 'Inbox' })
      .getByRole('button', { name: complaintSubject });
    await mail.focus();
    await page.keyboard.press('Enter');
    const pane = workspace.pane;
    await pane.getByText('This email is already on a case').waitFor();

    const openCase = pane.getByRole('button', { name: 'Open case' }).first();
    await tabTo(page, openCase);
    await page.keyboard.press('Enter');
    await pane.getByRole('region', { name: 'Stage' }).waitFor();
    await workspace.paneScreenshot('keyboard-01-case-open');

    // Focus lands on the opened case (its Back button), so Enter goes straight back.
    const back = pane.getByRole('button', { name: 'Back' });
    await expect
      .poll(() => back.evaluate((el) => el === el.ownerDocument.activeElement))
      .toBe(true);
    await page.keyboard.press('Enter');
    await pane.getByText('This email is already on a case').waitFor();
    expect(await pane.getByRole('region', { name: 'Stage' }).count()).toBe(0);
  });
});
