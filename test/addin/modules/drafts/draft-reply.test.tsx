// @vitest-environment jsdom
import '../../support/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../addin/api/api-error';
import { DraftReplyPanel } from '../../../../addin/modules/drafts/components/DraftReplyPanel';
import { PaneProvider } from '../../../../addin/state/pane-context';
import { createPaneStore } from '../../../../addin/state/pane-store';
import type { MailboxItem } from '../../../../shared/mailbox/mailbox-item.schema';
import type { PreparedReply } from '../../../../shared/drafts/draft.schema';
import { createFakeApi, type FakeAnswers } from '../../support/fake-api';
import { fakeHost } from '../../support/fake-host';
import {
  aCaseDetail,
  aLinkedCase,
  aMessage,
  anAppointment,
  anEvidenceList,
} from '../../support/fixtures';

afterEach(cleanup);

function aDraft(overrides: Partial<PreparedReply> = {}): PreparedReply {
  return {
    caseId: 'case-1',
    purpose: 'request_missing_information',
    templateId: 'payment_investigation.request_missing_information',
    templateVersion: 1,
    subject: 'CASE-000101: details we need',
    body: 'Dear {{contact.name}},\n\nWe need:\n\n- Transaction record\n\nRef <b>"A&B"</b>',
    missingFacts: ['{{contact.name}}'],
    ...overrides,
  };
}

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** The Reply section for case-1, with the given item selected in the mailbox. */
async function openDraftPanel(item: MailboxItem | null, answers: FakeAnswers = {}) {
  const fake = createFakeApi({
    linkedCases: () => ({ items: [aLinkedCase({ case: { id: 'case-1' } })] }),
    matchClients: () => ({ items: [] }),
    getCase: (id) => aCaseDetail({ id }),
    caseEvidence: () => anEvidenceList(),
    caseApprovals: () => ({ items: [] }),
    caseTimeline: () => ({ items: [] }),
    caseAssignees: () => ({ items: [] }),
    caseNotes: () => ({ items: [], nextCursor: null }),
    caseFollowUps: () => ({ items: [], nextCursor: null }),
    prepareDraft: () => aDraft(),
    ...answers,
  } as FakeAnswers);
  const store = createPaneStore(fake.api, { userId: 'user-me' });
  const host = fakeHost();
  await act(async () => {
    store.getState().selectItem(item);
    store.getState().openCase('case-1');
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider store={store} host={host}>
        <DraftReplyPanel detail={aCaseDetail({ id: 'case-1', stage: 'waiting_customer' })} />
      </PaneProvider>
    </FluentProvider>,
  );
  await settle();
  return { ...fake, host, store };
}

async function choosePurpose(name: RegExp) {
  fireEvent.click(screen.getByRole('button', { name: 'Draft reply' }));
  fireEvent.click(await screen.findByRole('menuitem', { name }));
  await settle();
}

describe('Draft reply', () => {
  it('fills the chosen template, previews it with the missing fact marked, and opens the reply with the text escaped', async () => {
    const { api, host } = await openDraftPanel(aMessage());
    await choosePurpose(/Request missing information/);
    expect(api.prepareDraft).toHaveBeenCalledWith('case-1', 'request_missing_information');

    const preview = screen.getByRole('group', { name: /Draft reply: Request missing information/ });
    expect(preview.textContent).toContain('- Transaction record');
    expect(preview.textContent).toContain('Ref <b>"A&B"</b>');
    const marked = preview.querySelectorAll('mark');
    expect([...marked].map((m) => m.textContent)).toEqual(['{{contact.name}}']);
    expect(preview.querySelector('b')).toBeNull();
    expect(screen.getByText('Fill in before sending')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Open reply' }));
    expect(host.displayReplyForm).toHaveBeenCalledTimes(1);
    const { htmlBody } = vi.mocked(host.displayReplyForm).mock.calls[0]![0];
    expect(htmlBody).toContain('Ref &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;');
    expect(htmlBody).not.toContain('<b>');
    expect(htmlBody).toContain(
      'Dear <span style="background-color:#fff100;color:#000000">{{contact.name}}</span>,<br>',
    );
    expect(screen.getByText(/Caseline has not sent anything/)).toBeTruthy();
  });

  it('suggests the purpose that fits the stage', async () => {
    await openDraftPanel(aMessage());
    fireEvent.click(screen.getByRole('button', { name: 'Draft reply' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Acknowledge',
      'Request missing informationsuggested',
      'Status update',
      'Resolution',
    ]);
  });

  it('offers to copy the text instead when no email is selected, since a reply opens on the selected email', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { host } = await openDraftPanel(anAppointment());
    await choosePurpose(/Status update/);
    expect(screen.queryByRole('button', { name: 'Open reply' })).toBeNull();
    expect(screen.getByText(/A reply opens on the selected email/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy text' }));
    await settle();
    expect(writeText).toHaveBeenCalledWith(
      expect.stringMatching(/^CASE-000101: details we need\n\nDear /),
    );
    expect(screen.getByText(/Copied/)).toBeTruthy();
    expect(host.displayReplyForm).not.toHaveBeenCalled();
  });

  it('will not open the reply on an email that is not on this case', async () => {
    await openDraftPanel(aMessage(), {
      linkedCases: () => ({ items: [aLinkedCase({ case: { id: 'case-other' } })] }),
    });
    await choosePurpose(/Acknowledge/);
    expect(screen.queryByRole('button', { name: 'Open reply' })).toBeNull();
    expect(screen.getByText(/not on this case/)).toBeTruthy();
  });

  it('shows why a draft failed and tries again on Retry', async () => {
    let attempts = 0;
    const { api } = await openDraftPanel(aMessage(), {
      prepareDraft: () => {
        attempts += 1;
        if (attempts === 1) throw new ApiError('unreachable', 'Caseline cannot reach its server.');
        return aDraft({ purpose: 'resolution', missingFacts: [], body: 'Dear Mei Chen' });
      },
    });
    await choosePurpose(/Resolution/);
    expect(screen.getByText('The reply could not be filled.')).toBeTruthy();
    expect(screen.getByText('Caseline cannot reach its server.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await settle();
    expect(api.prepareDraft).toHaveBeenCalledTimes(2);
    expect(vi.mocked(api.prepareDraft).mock.calls[1]).toEqual(['case-1', 'resolution']);
    const preview = screen.getByRole('group', { name: 'Draft reply: Resolution' });
    expect(within(preview).getByText('Dear Mei Chen')).toBeTruthy();
    expect(screen.queryByText('Fill in before sending')).toBeNull();
  });
});
