// @vitest-environment jsdom
import '../../support/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../addin/api/api-error';
import type { AnalyzeAnswer } from '../../../../addin/api/caseline-api';
import type { Host } from '../../../../addin/host/host';
import { App, preloadPaneViews } from '../../../../addin/taskpane/App';
import { PaneProvider } from '../../../../addin/state/pane-context';
import { createPaneStore, type PaneStore } from '../../../../addin/state/pane-store';
import type { LinkedCase } from '../../../../shared/emails/email-link.schema';
import type { MessageItem } from '../../../../shared/mailbox/mailbox-item.schema';
import { createFakeApi, type FakeAnswers } from '../../support/fake-api';
import { fakeHost } from '../../support/fake-host';
import {
  aBrief,
  aCase,
  aCaseDetail,
  aClient,
  aLinkedCase,
  aMatch,
  aMessage,
  anEvidenceList,
} from '../../support/fixtures';

// The pane loads its views lazily; loaded up front, they render at once as in a warm pane.
await preloadPaneViews();

// Flow B of the pane: Create case with intake assist's suggestions and the email's
// attachments, Link to case by search, and Unlink with a reason.

afterEach(() => {
  cleanup();
  // The form keeps what was typed per email; each test starts from the email itself.
  localStorage.clear();
});

const northwind = aClient({ id: 'client-northwind', name: 'Northwind Traders' });
const email = aMessage({
  attachments: [
    { id: 'att-1', name: 'payment-advice.pdf', contentType: 'application/pdf', size: 2048 },
    { id: 'att-2', name: 'logo.png', contentType: 'image/png', size: 512 },
  ],
});

function analysis(overrides: Partial<AnalyzeAnswer> = {}): AnalyzeAnswer {
  return {
    analysisId: 'analysis-1',
    caseType: 'payment_investigation',
    confidence: {
      account_maintenance: 0.02,
      payment_investigation: 0.8,
      complaint: 0.1,
      operational_correction: 0.02,
      document_request: 0.02,
      internal_approval: 0.02,
      no_case: 0.02,
    },
    priority: 'high',
    entities: { amounts: ['12,400 EUR'], dates: ['1 March'] },
    missing: ['transaction_reference'],
    summary: 'A supplier payment has not arrived.',
    explanation: ['payment_investigation: "has not arrived"'],
    ...overrides,
  };
}

type Scenario = { linked?: LinkedCase[]; answers?: FakeAnswers; item?: MessageItem; host?: Host };

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** The whole pane over a fake API, with the email selected and its client matched. */
async function openPane({ linked = [], answers = {}, item = email, host = fakeHost() }: Scenario) {
  const fake = createFakeApi({
    linkedCases: () => ({ items: linked }),
    matchClients: () => ({ items: [aMatch({ client: northwind })] }),
    clientBrief: () => aBrief({ client: northwind }),
    getCase: (id) => aCaseDetail({ id }),
    caseEvidence: () => anEvidenceList(),
    caseApprovals: () => ({ items: [] }),
    caseTimeline: () => ({ items: [] }),
    ...answers,
  });
  const store: PaneStore = createPaneStore(fake.api);
  await act(async () => {
    store.getState().selectItem(item);
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider store={store} host={host}>
        <App userName="Sam Okafor" />
      </PaneProvider>
    </FluentProvider>,
  );
  await settle();
  return { ...fake, store };
}

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLSelectElement;

async function openCreateCase() {
  fireEvent.click(screen.getByRole('button', { name: 'Create case' }));
  await settle();
}

describe('Create case with intake assist', { timeout: 30_000 }, () => {
  it('prefills type and priority as suggestions, and a changed field loses its badge', async () => {
    const { api } = await openPane({
      answers: {
        analyzeEmail: () => analysis(),
        createCase: (input) => aCase({ id: 'case-new', type: input.type }),
      },
    });
    await openCreateCase();

    expect(api.analyzeEmail).toHaveBeenCalledWith(
      expect.objectContaining({
        subject: email.subject,
        attachmentNames: ['payment-advice.pdf', 'logo.png'],
      }),
    );
    expect(field(/^Case type/).value).toBe('payment_investigation');
    expect(field(/^Priority/).value).toBe('high');
    expect(screen.getAllByText('Suggested')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Why this case type is suggested' }));
    expect(await screen.findByText('Intake assist is 80% sure of this.')).toBeTruthy();
    expect(screen.getByText('"has not arrived"')).toBeTruthy();

    fireEvent.change(field(/^Case type/), { target: { value: 'complaint' } });
    expect(screen.getAllByText('Suggested')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Why this case type is suggested' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Accept the suggested priority' }));
    expect(screen.queryByText('Suggested')).toBeNull();
    expect(field(/^Priority/).value).toBe('high');

    fireEvent.click(screen.getByRole('button', { name: 'Save case' }));
    await settle();
    expect(api.createCase).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'complaint',
        priority: 'high',
        intake: { analysisId: 'analysis-1' },
      }),
    );
  });

  it('shows what the email says and what the chosen type still needs', async () => {
    await openPane({ answers: { analyzeEmail: () => analysis() } });
    await openCreateCase();

    expect(screen.getByText('12,400 EUR')).toBeTruthy();
    const notInEmail = screen.getByRole('list', { name: 'Not in the email' });
    expect(within(notInEmail).getByText('Transaction reference')).toBeTruthy();
    const checklist = screen.getByRole('list', { name: 'Evidence this case type needs' });
    expect(within(checklist).getByText(/Transaction record/)).toBeTruthy();

    // Intake's missing items belong to the type it suggested; another type shows its own list.
    fireEvent.change(field(/^Case type/), { target: { value: 'account_maintenance' } });
    expect(screen.queryByRole('list', { name: 'Not in the email' })).toBeNull();
    const other = screen.getByRole('list', { name: 'Evidence this case type needs' });
    expect(within(other).getByText(/Identity check/)).toBeTruthy();
  });

  it('lets the user fill the form while suggestions load, and keeps their choice', async () => {
    const { call } = await openPane({});
    await openCreateCase();

    expect(screen.getByText('Reading the email for suggestions…')).toBeTruthy();
    fireEvent.change(field(/^Case type/), { target: { value: 'complaint' } });
    await act(async () => {
      call('analyzeEmail').resolve(analysis());
    });
    await settle();

    expect(field(/^Case type/).value).toBe('complaint');
    expect(field(/^Priority/).value).toBe('high');
    expect(screen.getAllByText('Suggested')).toHaveLength(1);
  });

  it('falls back to defaults with a message and a Retry when intake assist fails', async () => {
    const { api, call } = await openPane({});
    await openCreateCase();
    await act(async () => {
      call('analyzeEmail').reject(new ApiError('unreachable', 'No connection'));
    });
    await settle();

    expect(screen.getByText(/No suggestions this time/)).toBeTruthy();
    expect(field(/^Case type/).value).toBe('');
    expect(field(/^Priority/).value).toBe('normal');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(api.analyzeEmail).toHaveBeenCalledTimes(2);
  });

  it('drops an answer that comes after another email was selected', async () => {
    const { call, store } = await openPane({});
    await openCreateCase();
    const other = aMessage({ itemId: 'item-b', internetMessageId: '<b@x.example>' });
    await act(async () => {
      store.getState().selectItem(other);
    });
    await act(async () => {
      call('analyzeEmail').resolve(analysis());
    });
    expect(store.getState().intake.status).toBe('idle');
  });
});

describe('Create case with attachments', { timeout: 30_000 }, () => {
  it('lists the attachments unticked, and uploads only the ticked ones after the case is saved', async () => {
    const read = vi.fn(async (id: string) => ({
      name: id === 'att-1' ? 'payment-advice.pdf' : 'logo.png',
      contentType: id === 'att-1' ? 'application/pdf' : 'image/png',
      bytes: new Uint8Array([37, 80, 68, 70]),
    }));
    const { api } = await openPane({
      host: fakeHost({ getAttachmentContent: read }),
      answers: {
        analyzeEmail: () => analysis(),
        createCase: () => aCase({ id: 'case-new' }),
        uploadEvidenceFile: () => anEvidenceList().items[0] as never,
      },
    });
    await openCreateCase();

    const pdf = screen.getByRole('checkbox', { name: /payment-advice\.pdf/ }) as HTMLInputElement;
    const png = screen.getByRole('checkbox', { name: /logo\.png/ }) as HTMLInputElement;
    expect(pdf.checked).toBe(false);
    expect(png.checked).toBe(false);
    fireEvent.click(pdf);
    fireEvent.click(screen.getByRole('button', { name: 'Save case' }));
    await settle();
    await settle();

    expect(api.createCase).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith('att-1');
    expect(api.uploadEvidenceFile).toHaveBeenCalledTimes(1);
    expect(api.uploadEvidenceFile).toHaveBeenCalledWith('case-new', {
      name: 'payment-advice.pdf',
      contentType: 'application/pdf',
      bytes: new Uint8Array([37, 80, 68, 70]),
    });
  });

  it('shows a failed upload with Retry on the saved case, and Retry sends the file again', async () => {
    const read = vi.fn(async () => ({
      name: 'payment-advice.pdf',
      contentType: 'application/pdf',
      bytes: new Uint8Array([1, 2, 3]),
    }));
    let attempts = 0;
    const { api, store } = await openPane({
      host: fakeHost({ getAttachmentContent: read }),
      answers: {
        analyzeEmail: () => analysis(),
        createCase: () => aCase({ id: 'case-new', reference: 'CASE-000042' }),
        uploadEvidenceFile: () => {
          attempts += 1;
          if (attempts === 1) throw new ApiError('http', 'The server answered 500', 500);
          return anEvidenceList().items[0] as never;
        },
      },
    });
    await openCreateCase();
    fireEvent.click(screen.getByRole('checkbox', { name: /payment-advice\.pdf/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save case' }));
    await settle();
    await settle();

    expect(store.getState().view).toEqual({ name: 'case', caseId: 'case-new' });
    const uploads = screen.getByRole('region', { name: 'Attachments added as evidence' });
    expect(within(uploads).getByText(/payment-advice\.pdf was not added/)).toBeTruthy();
    fireEvent.click(within(uploads).getByRole('button', { name: 'Retry' }));
    await settle();

    expect(api.uploadEvidenceFile).toHaveBeenCalledTimes(2);
    // The bytes were kept: Retry does not read the attachment again.
    expect(read).toHaveBeenCalledTimes(1);
    expect(within(uploads).getByText('Added')).toBeTruthy();
  });

  it('says so when the host cannot hand over attachments', async () => {
    await openPane({ answers: { analyzeEmail: () => analysis() } });
    await openCreateCase();
    expect(screen.queryByRole('checkbox', { name: /payment-advice/ })).toBeNull();
    expect(screen.getByText(/cannot hand attachments to Caseline/)).toBeTruthy();
  });
});

describe('Link to case', { timeout: 30_000 }, () => {
  const open1 = aCase({ id: 'case-7', reference: 'CASE-000007', title: 'Card dispute' });
  const open2 = aCase({ id: 'case-9', reference: 'CASE-000009', title: 'Supplier payment' });

  it('offers the client’s open cases, searches all open cases by words, and links with one click', async () => {
    const { api } = await openPane({
      answers: {
        searchCases: (query) => ({ items: query.q ? [open2] : [open1] }),
        linkEmail: (caseId) => aLinkedCase({ case: { id: caseId } }).link,
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Link to case' }));
    await settle();

    expect(api.searchCases).toHaveBeenCalledWith(
      expect.objectContaining({ clientId: 'client-northwind', open: true }),
    );
    expect(screen.getByText('Card dispute')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'supplier' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await settle();
    expect(api.searchCases).toHaveBeenLastCalledWith(
      expect.objectContaining({ q: 'supplier', open: true }),
    );
    expect(screen.queryByText('Card dispute')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Link to CASE-000009' }));
    await settle();
    expect(api.linkEmail).toHaveBeenCalledTimes(1);
    expect(api.linkEmail).toHaveBeenCalledWith(
      'case-9',
      expect.objectContaining({ internetMessageId: email.internetMessageId }),
    );
    // The pane asks again which cases the email is on.
    expect(api.linkedCases).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('button', { name: 'Link to CASE-000009' })).toBeNull();
  });

  it('keeps the search open with the reason when the link is refused', async () => {
    await openPane({
      answers: {
        searchCases: () => ({ items: [open1] }),
        linkEmail: () =>
          Promise.reject(
            new ApiError('http', 'This email is already on another case.', 409, 'conflict'),
          ),
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Link to case' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Link to CASE-000007' }));
    await settle();
    expect(screen.getByText('This email is already on another case.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Link to CASE-000007' })).toBeTruthy();
  });
});

describe('Unlink', { timeout: 30_000 }, () => {
  it('needs a reason, then unlinks this email’s own link and says so', async () => {
    const linked = aLinkedCase({ case: { id: 'case-3', reference: 'CASE-000003' } });
    const { api } = await openPane({
      linked: [linked],
      answers: {
        unlinkEmail: (caseId, linkId, reason) => ({
          ...linked.link,
          caseId,
          id: linkId,
          unlinkedAt: 'now',
          unlinkedBy: 'me',
          unlinkReason: reason,
        }),
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Unlink from CASE-000003' }));
    fireEvent.click(screen.getByRole('button', { name: 'Unlink email' }));
    await settle();

    expect(screen.getByText('Say why the email is unlinked.')).toBeTruthy();
    expect(api.unlinkEmail).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: /Why unlink this email/ }), {
      target: { value: 'Wrong customer' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Unlink email' }));
    await settle();
    expect(api.unlinkEmail).toHaveBeenCalledWith('case-3', linked.link.id, 'Wrong customer');
  });

  it('offers no Unlink on the case this email made, which it must stay on', async () => {
    await openPane({ linked: [aLinkedCase({ madeFromThisEmail: true })] });
    expect(screen.getByRole('button', { name: 'Open case' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Unlink from/ })).toBeNull();
  });

  it('offers no Unlink for a case only the conversation is on', async () => {
    await openPane({ linked: [aLinkedCase({ matchedBy: 'conversation' })] });
    expect(screen.queryByRole('button', { name: /^Unlink from/ })).toBeNull();
  });
});
