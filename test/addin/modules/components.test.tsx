// @vitest-environment jsdom
import '../support/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../addin/api/api-error';
import { CaseDetails } from '../../../addin/modules/cases/components/CaseDetails';
import { CreateCaseForm } from '../../../addin/modules/cases/components/CreateCaseForm';
import { LinkedCaseBanner } from '../../../addin/modules/cases/components/LinkedCaseBanner';
import { MessageOverview } from '../../../addin/modules/cases/components/MessageOverview';
import { ClientMatchPanel } from '../../../addin/modules/brief/components/ClientMatchPanel';
import { PaneProvider } from '../../../addin/state/pane-context';
import { createPaneStore, type PaneStore } from '../../../addin/state/pane-store';
import { App, preloadPaneViews } from '../../../addin/taskpane/App';
import type { ClientMatch } from '../../../shared/clients/client.schema';
import type { LinkedCase } from '../../../shared/emails/email-link.schema';
import type { MessageItem } from '../../../shared/mailbox/mailbox-item.schema';
import { createFakeApi, type FakeAnswers } from '../support/fake-api';
import { fakeHost } from '../support/fake-host';
import {
  aBrief,
  aCase,
  aCaseDetail,
  aClient,
  aContact,
  aLinkedCase,
  aMatch,
  aMessage,
} from '../support/fixtures';

// The pane loads its views lazily; loaded up front, they render at once as in a warm pane.
await preloadPaneViews();

afterEach(() => {
  cleanup();
});

const northwind = aClient({ id: 'client-northwind', name: 'Northwind Traders' });
const fabrikam = aClient({ id: 'client-fabrikam', name: 'Fabrikam Holdings' });
const email = aMessage({
  itemId: 'item-a',
  subject: 'RE: Missing payment to supplier',
  bodyText: 'The payment of 12,400 EUR has not arrived.',
});

type Scenario = { linked?: LinkedCase[]; matches?: ClientMatch[]; answers?: FakeAnswers };

/** A store over a fake API answering with the scenario's data, and the email selected. */
async function paneWith({
  linked = [],
  matches = [aMatch({ client: northwind })],
  answers = {},
}: Scenario = {}) {
  const fake = createFakeApi({
    linkedCases: () => ({ items: linked }),
    matchClients: () => ({ items: matches }),
    clientBrief: (id) => aBrief({ client: id === fabrikam.id ? fabrikam : northwind }),
    getCase: (id) => aCaseDetail({ id }),
    ...answers,
  });
  const store = createPaneStore(fake.api);
  await act(async () => {
    store.getState().selectItem(email);
  });
  return { ...fake, store };
}

function renderInPane(store: PaneStore, ui: ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider store={store} host={fakeHost()}>
        {ui}
      </PaneProvider>
    </FluentProvider>,
  );
}

/** Lets the fake API's answers land inside act, so React sees the store updates. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true';
}

describe('LinkedCaseBanner', () => {
  it('says the email is already on a case, with its reference, stage and who linked it', async () => {
    const linked = aLinkedCase({
      case: {
        id: 'case-7',
        reference: 'CL-2025-0007',
        stage: 'waiting_customer',
        type: 'complaint',
      },
      matchedBy: 'message',
    });
    const { store } = await paneWith({ linked: [linked] });
    renderInPane(store, <LinkedCaseBanner />);

    expect(screen.getByText('This email is already on a case')).toBeTruthy();
    const details = screen.getByText(/CL-2025-0007/);
    expect(details.textContent).toContain('Waiting on customer');
    expect(details.textContent).toContain('Complaint');
    expect(details.textContent).toContain('Linked by Dana Reyes');
  });

  it('says when only the conversation is on a case', async () => {
    const { store } = await paneWith({ linked: [aLinkedCase({ matchedBy: 'conversation' })] });
    renderInPane(store, <LinkedCaseBanner />);
    expect(screen.getByText('This conversation is already on a case')).toBeTruthy();
    expect(screen.queryByText('This email is already on a case')).toBeNull();
  });

  it('“Open case” opens that case in the pane', async () => {
    const { store, api } = await paneWith({ linked: [aLinkedCase({ case: { id: 'case-7' } })] });
    renderInPane(store, <LinkedCaseBanner />);

    fireEvent.click(screen.getByRole('button', { name: 'Open case' }));
    await settle();

    expect(store.getState().view).toEqual({ name: 'case', caseId: 'case-7' });
    expect(api.getCase).toHaveBeenCalledWith('case-7');
  });

  it('shows nothing when the email is on no case', async () => {
    const { store } = await paneWith({ linked: [] });
    const { container } = renderInPane(store, <LinkedCaseBanner />);
    expect(container.textContent).toBe('');
  });

  it('shows the lookup error with a Retry that asks again', async () => {
    const { store, api } = await paneWith({
      answers: {
        linkedCases: () =>
          Promise.reject(new ApiError('unreachable', 'Caseline cannot reach its server.')),
      },
    });
    renderInPane(store, <LinkedCaseBanner />);
    expect(screen.getByText('Caseline cannot reach its server.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await settle();
    expect(api.linkedCases).toHaveBeenCalledTimes(2);
  });
});

describe('MessageOverview', () => {
  it('offers no “Create case” when this email is already on a case', async () => {
    const { store } = await paneWith({ linked: [aLinkedCase({ matchedBy: 'message' })] });
    renderInPane(store, <MessageOverview />);

    expect(screen.getByText('This email is already on a case')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create case' })).toBeNull();
  });

  it('still offers “Create case” when only the conversation is on a case', async () => {
    const { store } = await paneWith({ linked: [aLinkedCase({ matchedBy: 'conversation' })] });
    renderInPane(store, <MessageOverview />);
    expect(isDisabled(screen.getByRole('button', { name: 'Create case' }))).toBe(false);
  });

  it('keeps “Create case” disabled until a client is chosen', async () => {
    const { store } = await paneWith({
      matches: [
        aMatch({ client: northwind, contact: null }),
        aMatch({ client: fabrikam, contact: null }),
      ],
    });
    renderInPane(store, <MessageOverview />);

    const create = screen.getByRole('button', { name: 'Create case' });
    expect(isDisabled(create)).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Use this client: Fabrikam Holdings' }));
    await settle();

    expect(isDisabled(screen.getByRole('button', { name: 'Create case' }))).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Create case' }));
    expect(store.getState().view).toEqual({ name: 'create-case' });
  });

  it('keeps “Create case” disabled when no client matches the sender', async () => {
    const { store } = await paneWith({ matches: [] });
    renderInPane(store, <MessageOverview />);
    expect(
      screen.getByText('This sender is not a known contact of any client you can see.'),
    ).toBeTruthy();
    expect(isDisabled(screen.getByRole('button', { name: 'Create case' }))).toBe(true);
  });

  it('with one match shows the client’s brief and enables “Create case”', async () => {
    const { store } = await paneWith({
      matches: [aMatch({ client: northwind, contact: aContact() })],
    });
    await settle();
    renderInPane(store, <MessageOverview />);

    expect(screen.getByText('Matched from Priya Shah')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Client brief' })).toBeTruthy();
    expect(screen.getByText('Northwind Traders')).toBeTruthy();
    expect(isDisabled(screen.getByRole('button', { name: 'Create case' }))).toBe(false);
  });
});

describe('ClientMatchPanel', () => {
  it('with several matches lists each client with a “Use this client” button that chooses it', async () => {
    const { store, api } = await paneWith({
      matches: [
        aMatch({ client: northwind, contact: null }),
        aMatch({ client: fabrikam, contact: null }),
      ],
    });
    renderInPane(store, <ClientMatchPanel />);

    expect(screen.getByText(/Several clients use this sender’s domain/)).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Northwind TradersUse this client',
      'Fabrikam HoldingsUse this client',
    ]);
    const useFabrikam = within(items[1] as HTMLElement).getByRole('button', {
      name: /Use this client/,
    });
    expect(useFabrikam.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(useFabrikam);
    await settle();

    expect(store.getState().chosenClientId).toBe('client-fabrikam');
    expect(api.clientBrief).toHaveBeenCalledWith('client-fabrikam');
    expect(
      screen
        .getByRole('button', { name: 'Use this client: Fabrikam Holdings' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      screen
        .getByRole('button', { name: 'Use this client: Northwind Traders' })
        .getAttribute('aria-pressed'),
    ).toBe('false');
  });

  it('says nothing before the lookup starts', () => {
    const store = createPaneStore(createFakeApi().api);
    const { container } = renderInPane(store, <ClientMatchPanel />);
    expect(container.textContent).toBe('');
  });
});

describe('CreateCaseForm', () => {
  async function openForm(scenario: Scenario = {}, item: MessageItem = email) {
    const match = aMatch({ client: northwind, contact: aContact({ id: 'contact-priya' }) });
    const pane = await paneWith({ matches: [match], ...scenario });
    renderInPane(pane.store, <CreateCaseForm item={item} match={match} />);
    return pane;
  }

  const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;

  it('is prefilled from the email and the matched client', async () => {
    await openForm();

    expect(field(/^Title/).value).toBe('Missing payment to supplier');
    expect(field(/^Description/).value).toBe('The payment of 12,400 EUR has not arrived.');
    expect(field(/^Case type/).value).toBe('');
    expect(field(/^Priority/).value).toBe('normal');
    expect(screen.getByText('Northwind Traders')).toBeTruthy();
    expect(screen.getByText('Priya Shah <priya.shah@northwind.example>')).toBeTruthy();
  });

  it('refuses to save without a case type, and says why', async () => {
    const { api } = await openForm();

    fireEvent.click(screen.getByRole('button', { name: 'Save case' }));
    await settle();

    expect(screen.getByText('Choose what kind of case this is.')).toBeTruthy();
    expect(api.createCase).not.toHaveBeenCalled();
  });

  it('refuses to save without a title', async () => {
    const { api } = await openForm();
    fireEvent.change(field(/^Case type/), { target: { value: 'complaint' } });
    fireEvent.change(field(/^Title/), { target: { value: '   ' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save case' }));
    await settle();

    expect(screen.getByText('Give the case a title.')).toBeTruthy();
    expect(api.createCase).not.toHaveBeenCalled();
  });

  it('saves with the chosen type and priority and the edited fields', async () => {
    const { api, store } = await openForm({
      answers: {
        createCase: (input) =>
          aCase({ id: 'case-new', reference: 'CL-2025-0042', type: input.type }),
      },
    });

    fireEvent.change(field(/^Case type/), { target: { value: 'payment_investigation' } });
    fireEvent.change(field(/^Priority/), { target: { value: 'high' } });
    fireEvent.change(field(/^Title/), { target: { value: 'Supplier payment not received' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save case' }));
    await settle();

    expect(api.createCase).toHaveBeenCalledTimes(1);
    expect(api.createCase).toHaveBeenCalledWith({
      clientId: 'client-northwind',
      contactId: 'contact-priya',
      type: 'payment_investigation',
      priority: 'high',
      title: 'Supplier payment not received',
      description: 'The payment of 12,400 EUR has not arrived.',
      channel: 'email',
      sourceEmail: {
        internetMessageId: email.internetMessageId,
        conversationId: email.conversationId,
        subject: email.subject,
        from: email.from,
        receivedAt: email.receivedAt,
      },
    });
    expect(store.getState().view).toEqual({ name: 'case', caseId: 'case-new' });
    expect(store.getState().createdCaseId).toBe('case-new');
  });

  it('shows the server’s message next to the field it rejected', async () => {
    const rejected = new ApiError(
      'http',
      'Invalid request: description: Too long',
      400,
      'validation_failed',
      {
        issues: [{ path: 'description', message: 'Keep the description under 20,000 characters.' }],
      },
    );
    const { api } = await openForm({ answers: { createCase: () => Promise.reject(rejected) } });

    fireEvent.change(field(/^Case type/), { target: { value: 'complaint' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save case' }));
    await settle();

    expect(api.createCase).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Keep the description under 20,000 characters.')).toBeTruthy();
    expect(screen.getByText('The case was not saved.')).toBeTruthy();
    expect(screen.getByText('Invalid request: description: Too long')).toBeTruthy();
    // What the user typed stays, and they can try again.
    expect(field(/^Case type/).value).toBe('complaint');
    expect(isDisabled(screen.getByRole('button', { name: 'Save case' }))).toBe(false);
  });

  it('keeps what was typed when the server cannot be reached', async () => {
    const offline = new ApiError(
      'unreachable',
      'Caseline cannot reach its server. Check your connection and try again.',
    );
    await openForm({ answers: { createCase: () => Promise.reject(offline) } });

    fireEvent.change(field(/^Case type/), { target: { value: 'complaint' } });
    fireEvent.change(field(/^Title/), { target: { value: 'My edited title' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save case' }));
    await settle();

    expect(screen.getByText(offline.message)).toBeTruthy();
    expect(field(/^Title/).value).toBe('My edited title');
  });

  it('Cancel goes back to the overview', async () => {
    const { store } = await openForm();
    act(() => store.getState().showCreateCase());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().view).toEqual({ name: 'overview' });
  });
});

describe('CaseDetails', () => {
  const hostile = '<img src=x onerror=alert(1)>';

  it('shows the description as text: email HTML is never injected', async () => {
    const { store } = await paneWith({
      answers: {
        getCase: (id) => aCaseDetail({ id, reference: 'CL-2025-0009', description: hostile }),
      },
    });
    act(() => store.getState().openCase('case-9'));
    await settle();
    const { container } = renderInPane(store, <CaseDetails />);

    expect(screen.getByText(hostile)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows the case’s facts and says when this pane just created it', async () => {
    const { store } = await paneWith({
      answers: {
        createCase: () =>
          aCase({ id: 'case-new', reference: 'CL-2025-0042', title: 'Supplier payment' }),
        getCase: (id) => aCaseDetail({ id, reference: 'CL-2025-0042', title: 'Supplier payment' }),
      },
    });
    renderInPane(store, <CaseDetails />);
    await act(async () => {
      await store.getState().createCase({
        clientId: 'client-northwind',
        type: 'payment_investigation',
        priority: 'normal',
        title: 'Supplier payment',
        description: '',
        channel: 'email',
        sourceEmail: {
          internetMessageId: email.internetMessageId,
          subject: email.subject,
          from: email.from,
          receivedAt: email.receivedAt,
        },
      });
    });
    await settle();

    expect(screen.getByRole('heading', { name: 'Case CL-2025-0042' })).toBeTruthy();
    expect(
      screen.getByText('Case CL-2025-0042 is saved and this email is linked to it.'),
    ).toBeTruthy();
    expect(screen.getByText('Supplier payment')).toBeTruthy();
    expect(screen.getByText('payments-ops')).toBeTruthy();
  });

  it('shows a loading error with a Retry', async () => {
    const { store } = await paneWith({
      answers: {
        getCase: () => Promise.reject(new ApiError('http', 'No such case', 404, 'not_found')),
      },
    });
    act(() => store.getState().openCase('case-gone'));
    await settle();
    renderInPane(store, <CaseDetails />);

    expect(screen.getByText('No such case')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});

describe('App', () => {
  it('takes an email from “Create case” to the saved case', async () => {
    const { store } = await paneWith({
      answers: {
        createCase: (input) =>
          aCase({ id: 'case-new', reference: 'CL-2025-0042', title: input.title }),
        getCase: (id) => aCaseDetail({ id, reference: 'CL-2025-0042' }),
      },
    });
    await settle();
    renderInPane(store, <App userName="Sam Okafor" />);

    fireEvent.click(screen.getByRole('button', { name: 'Create case' }));
    expect(screen.getByRole('heading', { name: 'Create case from this email' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Case type/), {
      target: { value: 'payment_investigation' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save case' }));
    await settle();

    expect(
      screen.getByText('Case CL-2025-0042 is saved and this email is linked to it.'),
    ).toBeTruthy();
  });

  it('asks the user to select something when nothing is selected', () => {
    const store = createPaneStore(createFakeApi().api);
    renderInPane(store, <App userName="Sam Okafor" />);
    expect(
      screen.getByText('Select an email or a meeting to see its client and cases.'),
    ).toBeTruthy();
    expect(screen.getByText('Signed in as Sam Okafor')).toBeTruthy();
  });
});
