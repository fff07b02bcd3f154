import { describe, expect, it } from 'vitest';
import { useDemoSession } from './support/demo-session';

// Flow D from issue 5 with issue 6's extraction: Amelia opens her review meeting with the
// Ashworths, reads the family's brief, records the meeting from her notes, and finds the
// promises she made waiting as follow-ups.

const meetingSubject = /Ashworth family – annual review/;
const notes = [
  'Annual review with Charles and Helena.',
  'Helena asked whether we could move the USD call deposit into the portfolio.',
  'Agreed to keep the balanced mandate for another year.',
  'We will send the revised mandate by Friday.',
].join('\n');

describe('recording a meeting', () => {
  const session = useDemoSession();

  it('shows a brief per client and turns the promises in the notes into follow-ups', async () => {
    const workspace = await session.openWorkspace();
    await workspace.actAs('Amelia Hart');
    await workspace.selectItem(meetingSubject);
    const pane = workspace.pane;

    const brief = pane.getByRole('button', { name: 'Brief: The Ashworth Family' });
    await brief.waitFor();
    // One client, although three of its people are invited; Amelia's colleagues are not clients.
    expect(await pane.getByRole('button', { name: /^Brief: / }).count()).toBe(1);
    await pane.getByText('Open items').first().waitFor();
    await workspace.screenshot('meeting-01-client-brief');

    await pane.getByRole('button', { name: 'Record meeting' }).click();
    await pane.getByRole('textbox', { name: /Notes/ }).fill(notes);
    await pane.getByRole('button', { name: 'Find actions in notes' }).click();
    const promise = pane.getByRole('textbox', { name: 'Promise 1' });
    await promise.waitFor();
    expect(await promise.inputValue()).toBe('We will send the revised mandate by Friday');
    expect(await pane.getByText('Suggested').count()).toBe(3);
    // The meeting was on Tuesday 17 November 2026: "by Friday" is the 20th.
    expect(await pane.getByLabel(/Due date/).inputValue()).toBe('2026-11-20');
    expect(await pane.getByRole('combobox', { name: 'Owner' }).inputValue()).toBe('');
    await pane.getByRole('checkbox', { name: /Sensitive/ }).check();
    await workspace.paneScreenshot('meeting-02-record-form', promise);
    await workspace.screenshot('meeting-02b-record-form-full');

    await pane.getByRole('button', { name: 'Save meeting record' }).click();
    await pane.getByText('Meeting recorded').waitFor();
    await pane
      .getByText(/We will send the revised mandate by Friday — Amelia Hart, due 20 Nov 2026/)
      .waitFor();
    await pane.getByText('Flagged as sensitive for review.').waitFor();
    await workspace.paneScreenshot('meeting-03-recorded', pane.getByText('Meeting recorded'));
    // The family's brief beside it already counts the new follow-up among its open items.
    await pane.getByText('We will send the revised mandate by Friday', { exact: true }).waitFor();

    // Selected again, the brief counts the new follow-up among the family's open items.
    await workspace.selectItem(/Kestrel Precision – annual facility review/);
    await workspace.selectItem(meetingSubject);
    await pane.getByRole('button', { name: 'Brief: The Ashworth Family' }).waitFor();
    await pane.getByText('We will send the revised mandate by Friday', { exact: true }).waitFor();
    await workspace.paneScreenshot(
      'meeting-04-follow-up-in-brief',
      pane.getByText('We will send the revised mandate by Friday', { exact: true }),
    );
  });

  it('fits the narrowest pane in the dark theme', async () => {
    const workspace = await session.openWorkspace();
    await workspace.openWithPaneWidth(320);
    await workspace.actAs('Amelia Hart');
    await workspace.page.getByRole('switch', { name: 'Dark theme' }).check();
    await workspace.selectItem(meetingSubject);
    const pane = workspace.pane;
    await pane.getByRole('button', { name: 'Brief: The Ashworth Family' }).waitFor();
    await pane.getByRole('button', { name: 'Record meeting' }).click();
    await pane.getByRole('textbox', { name: /Notes/ }).fill(notes);
    await pane.getByRole('button', { name: 'Find actions in notes' }).click();
    const promise = pane.getByRole('textbox', { name: 'Promise 1' });
    await promise.waitFor();
    const frame = await workspace.paneFrame();
    const overflows = await frame.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflows).toBe(false);
    await workspace.paneScreenshot('meeting-05-form-dark-320', promise);
  });
});
