// @vitest-environment jsdom
import '../support/setup-dom';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PaneProvider } from '../../../addin/state/pane-context';
import { createPaneStore } from '../../../addin/state/pane-store';
import { App, preloadPaneViews } from '../../../addin/taskpane/App';
import type { MailboxItem } from '../../../shared/mailbox/mailbox-item.schema';
import { createFakeApi } from '../support/fake-api';
import { fakeHost } from '../support/fake-host';
import {
  aBrief,
  aCase,
  aCaseDetail,
  aLinkedCase,
  aMatch,
  aMessage,
  anAppointment,
  anApproval,
  anAuditEntry,
  anEvidenceList,
} from '../support/fixtures';

// The pane loads its views lazily; loaded up front, they render at once as in a warm pane.
await preloadPaneViews();

// axe-core over the pane's main views in jsdom: names, roles, landmarks, headings and ARIA. The
// browser run (test/e2e/accessibility.test.ts) adds what jsdom cannot judge, such as contrast.

afterEach(cleanup);

const host = fakeHost();

async function renderPane(item: MailboxItem, dark = false) {
  const fake = createFakeApi({
    linkedCases: () => ({ items: [aLinkedCase()] }),
    matchClients: () => ({ items: [aMatch()] }),
    clientBrief: () => aBrief({ openCases: [aCase()] }),
    getCase: (id) => aCaseDetail({ id }),
    caseEvidence: () => anEvidenceList(),
    caseApprovals: () => ({ items: [] }),
    caseTimeline: () => ({ items: [anAuditEntry()] }),
    workCases: () => ({ items: [aCase()] }),
    myFollowUps: () => ({ items: [] }),
    queueSummary: () => ({ buckets: [{ bucket: 'needs_triage', count: 1 }] }),
    listApprovals: () => ({ items: [anApproval()] }),
  });
  const store = createPaneStore(fake.api, { userId: 'user-me' });
  render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <PaneProvider store={store} host={host}>
        <App userName="Sam Okafor" />
      </PaneProvider>
    </FluentProvider>,
  );
  await act(async () => {
    store.getState().selectItem(item);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return store;
}

async function blockingViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    // jsdom lays nothing out, so contrast is left to the browser run.
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('axe on the pane’s main views (jsdom)', { timeout: 30_000 }, () => {
  it('finds nothing serious on the overview with the client brief, light and dark', async () => {
    await renderPane(aMessage());
    await screen.findByRole('region', { name: 'Client brief' });
    expect(await blockingViolations()).toEqual([]);
    cleanup();
    await renderPane(aMessage(), true);
    await screen.findByRole('region', { name: 'Client brief' });
    expect(await blockingViolations()).toEqual([]);
  });

  it('finds nothing serious on the create case form', async () => {
    const store = await renderPane(aMessage());
    await act(async () => {
      store.getState().showCreateCase();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await screen.findByRole('textbox', { name: /Title/ });
    expect(await blockingViolations()).toEqual([]);
  });

  it('finds nothing serious on the case panel', async () => {
    const store = await renderPane(aMessage());
    await act(async () => {
      store.getState().openCase('case-1');
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await screen.findByRole('region', { name: 'Stage' });
    expect(await blockingViolations()).toEqual([]);
  });

  for (const [tab, region] of [
    ['My work', 'My work'],
    ['Queue', 'Queue'],
    ['Approvals', 'Approvals'],
  ] as const) {
    it(`finds nothing serious on the ${tab} tab`, async () => {
      await renderPane(aMessage());
      await act(async () => {
        fireEvent.click(screen.getByRole('tab', { name: tab }));
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      await screen.findByRole('region', { name: region });
      expect(await blockingViolations()).toEqual([]);
    });
  }

  it('would report a button nobody can name, so a pass means something', async () => {
    render(<button type="button" />);
    expect((await blockingViolations()).join()).toContain('button-name');
  });

  it('finds nothing serious on the meeting overview', async () => {
    await renderPane(anAppointment());
    await screen.findByRole('region', { name: 'Meeting' });
    expect(await blockingViolations()).toEqual([]);
  });
});
