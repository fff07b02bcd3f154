// @vitest-environment jsdom
import '../../support/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ClientBriefPanel,
  ClientBriefSections,
} from '../../../../addin/modules/brief/components/ClientBriefPanel';
import { PaneProvider } from '../../../../addin/state/pane-context';
import { createPaneStore } from '../../../../addin/state/pane-store';
import type { ClientBrief } from '../../../../shared/clients/brief.schema';
import { createFakeApi } from '../../support/fake-api';
import { fakeHost } from '../../support/fake-host';
import { aBrief, aCase, aClient, aMatch, aMessage } from '../../support/fixtures';

afterEach(() => {
  cleanup();
});

function renderSections(brief: ClientBrief) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ClientBriefSections brief={brief} />
    </FluentProvider>,
  );
}

const sectionNames = [
  'Open items',
  'Suggested actions',
  'Watch items',
  'Recent activity',
  'Relationship',
  'Accounts',
];

const busyBrief = aBrief({
  openCases: [aCase({ slaState: 'at_risk', slaDueAt: '2025-03-06T17:00:00.000Z' })],
  suggestedActions: {
    items: [
      {
        key: 'act_on_sla',
        title: 'Act on CASE-000001',
        reason: 'Resolution clock is at risk',
        caseId: 'case-1',
        priority: 'high',
      },
      {
        key: 'prepare_review',
        title: 'Prepare the client review',
        reason: 'Review due 2025-03-20, in 16 days',
        priority: 'low',
      },
    ],
  },
  recentActivity: {
    items: [
      {
        kind: 'interaction',
        at: '2025-03-03T10:00:00.000Z',
        title: 'Conduct review',
        interactionKind: 'meeting',
        sensitive: true,
      },
      {
        kind: 'interaction',
        at: '2025-03-02T10:00:00.000Z',
        title: 'Facility renewal',
        detail: 'Discussed the overdraft.',
        interactionKind: 'call',
        sensitive: false,
      },
    ],
  },
});

describe('ClientBriefPanel', () => {
  it('shows the region “Client brief” with the client’s name once the brief arrives', async () => {
    const northwind = aClient();
    const { api } = createFakeApi({
      linkedCases: () => ({ items: [] }),
      matchClients: () => ({ items: [aMatch({ client: northwind })] }),
      clientBrief: () => aBrief({ client: northwind }),
    });
    const store = createPaneStore(api);
    await act(async () => {
      store.getState().selectItem(aMessage());
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <PaneProvider store={store} host={fakeHost()}>
          <ClientBriefPanel />
        </PaneProvider>
      </FluentProvider>,
    );
    const region = screen.getByRole('region', { name: 'Client brief' });
    expect(within(region).getByText('Northwind Traders')).toBeTruthy();
  });
});

describe('ClientBriefSections', () => {
  it('lists the six sections with open items first, all open to begin with', () => {
    renderSections(busyBrief);
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(sectionNames);
    expect(screen.getByRole('heading', { name: 'Open items' })).toBe(headings[0]);
    for (const name of sectionNames) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-expanded')).toBe('true');
    }
  });

  it('collapses a section from its heading and opens it again', () => {
    renderSections(busyBrief);
    const toggle = screen.getByRole('button', { name: 'Open items' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(/Missing payment to supplier/)).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/Missing payment to supplier/)).toBeTruthy();
  });

  it('shows each suggested action with its reason and priority', () => {
    renderSections(busyBrief);
    const list = screen.getByRole('list', { name: 'Suggested actions' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Act on CASE-000001');
    expect(items[0]?.textContent).toContain('Resolution clock is at risk');
    expect(items[0]?.textContent).toContain('High');
    expect(items[1]?.textContent).toContain('Review due 2025-03-20, in 16 days');
  });

  it('shows an open case with its SLA state in words', () => {
    renderSections(busyBrief);
    const cases = screen.getByRole('list', { name: 'Cases' });
    expect(cases.textContent).toContain('CASE-000001 · Missing payment to supplier');
    expect(cases.textContent).toContain('At risk');
  });

  it('says a sensitive interaction’s notes are not shown', () => {
    renderSections(busyBrief);
    const activity = screen.getByRole('list', { name: 'Recent activity' });
    const [sensitive, plain] = within(activity).getAllByRole('listitem');
    expect(sensitive?.textContent).toContain('Sensitive: notes not shown');
    expect(plain?.textContent).toContain('Discussed the overdraft.');
  });

  it('says plainly when a section has nothing in it', () => {
    renderSections(aBrief({ accountContext: { accounts: [] } }));
    for (const text of [
      'No open items.',
      'No suggested actions.',
      'No recent activity.',
      'No accounts on record.',
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
  });
});
