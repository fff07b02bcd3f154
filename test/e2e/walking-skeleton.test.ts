import { describe, expect, it } from 'vitest';
import { useDemoSession } from './support/demo-session';

// The new user's path from issue 2: open the demo workspace, turn an email into a
// case, come back to it, restart the server, and find it all still there.

const lostCardSubject = /Lost card and two payments/;
const otherSubject = /Complaint – charged twice/;

describe('demo workspace, from email to case', () => {
  const session = useDemoSession();

  it('makes one case from an email and keeps it across a restart', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Sofia Lind');
    await workspace.screenshot('01-workspace');

    await workspace.selectItem(lostCardSubject);
    const pane = workspace.pane;
    await expect
      .poll(() => pane.getByRole('region', { name: 'Client brief' }).isVisible())
      .toBe(true);
    await expect.poll(() => pane.getByText('Lucy Tremayne').first().isVisible()).toBe(true);
    await workspace.screenshot('02-client-brief');

    await pane.getByRole('button', { name: 'Create case' }).click();
    const title = pane.getByRole('textbox', { name: /Title/ });
    expect(await title.inputValue()).toMatch(lostCardSubject);
    expect(await pane.getByRole('textbox', { name: /Description/ }).inputValue()).toContain('card');
    await pane.getByRole('combobox', { name: /Case type/ }).selectOption('account_maintenance');
    await pane.getByRole('combobox', { name: /Priority/ }).selectOption('urgent');
    await workspace.screenshot('03-create-case-form');
    await pane.getByRole('button', { name: 'Save case' }).click();

    const saved = pane.getByText(/Case CASE-\d{6} is saved/);
    await saved.waitFor();
    const reference = /CASE-\d{6}/.exec((await saved.textContent()) ?? '')?.[0];
    expect(reference).toBeDefined();
    await workspace.screenshot('04-case-created');

    await workspace.selectItem(otherSubject);
    await expect.poll(() => pane.getByText(lostCardSubject).count()).toBe(0);
    await workspace.selectItem(lostCardSubject);
    await pane.getByText('This email is already on a case').waitFor();
    expect(
      await pane
        .getByText(reference ?? 'missing')
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await pane.getByRole('button', { name: 'Create case' }).count()).toBe(0);
    await workspace.screenshot('05-already-on-case');

    await session.restartServer();
    const afterRestart = await session.openWorkspace(workspace.page);
    // Tom works the payments queue: he is told the email is taken, but not shown the case.
    await afterRestart.actAs('Tom Okafor');
    await afterRestart.selectItem(lostCardSubject);
    await afterRestart.pane.getByText('This email is already on a case').waitFor();
    expect(await afterRestart.pane.getByText(reference ?? 'missing').count()).toBe(0);
    expect(await afterRestart.pane.getByRole('button', { name: 'Create case' }).count()).toBe(0);
    await afterRestart.screenshot('06-after-restart-other-queue');
    // Grace manages the service team, so she sees it and can open it.
    await afterRestart.actAs('Grace Whitfield');
    await afterRestart.selectItem(lostCardSubject);
    await afterRestart.pane.getByText('This email is already on a case').waitFor();
    expect(
      await afterRestart.pane
        .getByText(reference ?? 'missing')
        .first()
        .isVisible(),
    ).toBe(true);
    await afterRestart.pane.getByRole('button', { name: 'Open case' }).first().click();
    await afterRestart.pane.getByRole('region', { name: `Case ${reference}` }).waitFor();
    await afterRestart.screenshot('07-after-restart-open-case');
  });

  it('follows the dark theme the host asks for', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Amelia Hart');
    await workspace.page.getByRole('switch', { name: 'Dark theme' }).check();
    await workspace.selectItem(/Following up on yesterday/);
    await workspace.pane.getByRole('region', { name: 'Client brief' }).waitFor();
    const background = await workspace.pane
      .locator('main')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const channels = (background.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    expect(Math.max(...channels)).toBeLessThan(80);
    await workspace.screenshot('08-dark-theme');
  });
});
