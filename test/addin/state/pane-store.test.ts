import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../addin/api/api-error';
import type { CaselineApi } from '../../../addin/api/caseline-api';
import { createPaneStore, type PaneState } from '../../../addin/state/pane-store';
import type { CreateCaseInput } from '../../../shared/cases/case.schema';
import { createFakeApi, flush } from '../support/fake-api';
import {
  aBrief,
  aCase,
  aCaseDetail,
  aClient,
  aLinkedCase,
  aMatch,
  aMessage,
  anAppointment,
} from '../support/fixtures';

const messageA = aMessage({
  itemId: 'item-a',
  internetMessageId: '<a@northwind.example>',
  conversationId: 'conv-a',
  from: { name: 'Priya Shah', email: 'priya.shah@northwind.example' },
});
const messageB = aMessage({
  itemId: 'item-b',
  internetMessageId: '<b@contoso.example>',
  conversationId: 'conv-b',
  subject: 'Address change',
  from: { name: 'Lee Park', email: 'lee.park@contoso.example' },
});
const northwind = aClient({ id: 'client-northwind', name: 'Northwind Traders' });
const contoso = aClient({ id: 'client-contoso', name: 'Contoso Bank Customers' });
const fabrikam = aClient({ id: 'client-fabrikam', name: 'Fabrikam Holdings' });

function setup() {
  const fake = createFakeApi();
  // Typed as the real API: the store must not need anything beyond it.
  const api: CaselineApi = fake.api;
  const store = createPaneStore(api);
  return { ...fake, store, state: (): PaneState => store.getState() };
}

function createInput(overrides: Partial<CreateCaseInput> = {}): CreateCaseInput {
  return {
    clientId: northwind.id,
    type: 'payment_investigation',
    priority: 'normal',
    title: 'Missing payment to supplier',
    description: '',
    channel: 'email',
    sourceEmail: {
      internetMessageId: messageA.internetMessageId,
      conversationId: messageA.conversationId,
      subject: messageA.subject,
      from: messageA.from,
      receivedAt: messageA.receivedAt,
    },
    ...overrides,
  };
}

describe('pane store: selecting a message', () => {
  it('starts with nothing selected and nothing loaded', () => {
    const { state } = setup();
    expect(state()).toMatchObject({
      item: null,
      matches: { status: 'idle' },
      chosenClientId: null,
      brief: { status: 'idle' },
      linkedCases: { status: 'idle' },
      view: { name: 'overview' },
      openedCase: { status: 'idle' },
      createdCaseId: null,
    });
  });

  it('looks up the case links by message and conversation id and the clients by sender address', () => {
    const { api, state } = setup();
    state().selectItem(messageA);

    expect(state().item).toBe(messageA);
    expect(api.linkedCases).toHaveBeenCalledWith({
      internetMessageId: '<a@northwind.example>',
      conversationId: 'conv-a',
    });
    expect(api.matchClients).toHaveBeenCalledWith('priya.shah@northwind.example');
    expect(state().linkedCases).toEqual({ status: 'loading' });
    expect(state().matches).toEqual({ status: 'loading' });
  });

  it('leaves the conversation id out of the links lookup when the item has none', () => {
    const { api, state } = setup();
    state().selectItem(aMessage({ conversationId: '' }));
    expect(api.linkedCases).toHaveBeenCalledWith({
      internetMessageId: messageA.internetMessageId,
      conversationId: undefined,
    });
  });

  it('stores the links and the matches when they arrive', async () => {
    const { call, state } = setup();
    state().selectItem(messageA);
    const linked = [aLinkedCase()];
    const matches = [aMatch({ client: northwind }), aMatch({ client: contoso, contact: null })];

    call('linkedCases').resolve({ items: linked });
    call('matchClients').resolve({ items: matches });
    await flush();

    expect(state().linkedCases).toEqual({ status: 'ready', data: linked });
    expect(state().matches).toEqual({ status: 'ready', data: matches });
  });

  it('with exactly one matching client, chooses it and loads its brief', async () => {
    const { api, call, state } = setup();
    state().selectItem(messageA);
    call('matchClients').resolve({ items: [aMatch({ client: northwind })] });
    await flush();

    expect(state().chosenClientId).toBe('client-northwind');
    expect(api.clientBrief).toHaveBeenCalledWith('client-northwind');
    expect(state().brief).toEqual({ status: 'loading' });

    const brief = aBrief({ client: northwind, openCases: [aCase()] });
    call('clientBrief').resolve(brief);
    await flush();
    expect(state().brief).toEqual({ status: 'ready', data: brief });
  });

  it('with several matching clients, chooses none and loads no brief', async () => {
    const { api, call, state } = setup();
    state().selectItem(messageA);
    call('matchClients').resolve({
      items: [
        aMatch({ client: northwind, contact: null }),
        aMatch({ client: fabrikam, contact: null }),
      ],
    });
    await flush();

    expect(state().matches.status).toBe('ready');
    expect(state().chosenClientId).toBeNull();
    expect(api.clientBrief).not.toHaveBeenCalled();
    expect(state().brief).toEqual({ status: 'idle' });
  });

  it('with no matching client, chooses none and loads no brief', async () => {
    const { api, call, state } = setup();
    state().selectItem(messageA);
    call('matchClients').resolve({ items: [] });
    await flush();

    expect(state().matches).toEqual({ status: 'ready', data: [] });
    expect(state().chosenClientId).toBeNull();
    expect(api.clientBrief).not.toHaveBeenCalled();
  });

  it('loads the brief of the client the user chooses among several', async () => {
    const { api, call, state } = setup();
    state().selectItem(messageA);
    call('matchClients').resolve({
      items: [
        aMatch({ client: northwind, contact: null }),
        aMatch({ client: fabrikam, contact: null }),
      ],
    });
    await flush();

    state().chooseClient('client-fabrikam');
    expect(state().chosenClientId).toBe('client-fabrikam');
    expect(api.clientBrief).toHaveBeenCalledWith('client-fabrikam');

    const brief = aBrief({ client: fabrikam });
    call('clientBrief').resolve(brief);
    await flush();
    expect(state().brief).toEqual({ status: 'ready', data: brief });
  });
});

describe('pane store: slow answers for an item no longer selected are thrown away', () => {
  it('drops A’s links and matches when they arrive after B was selected', async () => {
    const { api, call, state } = setup();
    state().selectItem(messageA);
    state().selectItem(messageB);

    // B answers first, then A's slow answers arrive.
    const linkedB = [aLinkedCase({ case: { id: 'case-b', reference: 'CL-2025-0002' } })];
    const matchesB = [aMatch({ client: contoso })];
    call('linkedCases', 1).resolve({ items: linkedB });
    call('matchClients', 1).resolve({ items: matchesB });
    await flush();
    call('clientBrief', 0).resolve(aBrief({ client: contoso }));
    await flush();

    call('linkedCases', 0).resolve({ items: [aLinkedCase({ case: { id: 'case-a' } })] });
    call('matchClients', 0).resolve({ items: [aMatch({ client: northwind })] });
    await flush();

    expect(state().item).toBe(messageB);
    expect(state().linkedCases).toEqual({ status: 'ready', data: linkedB });
    expect(state().matches).toEqual({ status: 'ready', data: matchesB });
    expect(state().chosenClientId).toBe('client-contoso');
    expect(state().brief).toEqual({ status: 'ready', data: aBrief({ client: contoso }) });
    // A's single match must not trigger a brief for A's client.
    expect(api.clientBrief).toHaveBeenCalledTimes(1);
    expect(api.clientBrief).not.toHaveBeenCalledWith('client-northwind');
  });

  it('does not let A’s late answers overwrite B’s state while B is still loading', async () => {
    const { api, call, state } = setup();
    state().selectItem(messageA);
    state().selectItem(messageB);

    call('linkedCases', 0).resolve({ items: [aLinkedCase()] });
    call('matchClients', 0).resolve({ items: [aMatch({ client: northwind })] });
    await flush();

    expect(state().item).toBe(messageB);
    expect(state().linkedCases).toEqual({ status: 'loading' });
    expect(state().matches).toEqual({ status: 'loading' });
    expect(state().chosenClientId).toBeNull();
    expect(state().brief).toEqual({ status: 'idle' });
    expect(api.clientBrief).not.toHaveBeenCalled();
  });

  it('drops A’s brief when it arrives after B was selected', async () => {
    const { call, state } = setup();
    state().selectItem(messageA);
    call('matchClients', 0).resolve({ items: [aMatch({ client: northwind })] });
    await flush();
    // A's brief is in flight when the user moves on.
    state().selectItem(messageB);
    call('matchClients', 1).resolve({ items: [aMatch({ client: contoso })] });
    await flush();

    const briefB = aBrief({ client: contoso });
    call('clientBrief', 1).resolve(briefB);
    await flush();
    call('clientBrief', 0).resolve(aBrief({ client: northwind }));
    await flush();

    expect(state().chosenClientId).toBe('client-contoso');
    expect(state().brief).toEqual({ status: 'ready', data: briefB });
  });

  it('drops A’s failures too: a late error never replaces B’s data', async () => {
    const { call, state } = setup();
    state().selectItem(messageA);
    state().selectItem(messageB);
    call('linkedCases', 1).resolve({ items: [] });
    call('matchClients', 1).resolve({ items: [] });
    await flush();

    call('linkedCases', 0).reject(new ApiError('unreachable', 'offline'));
    call('matchClients', 0).reject(new ApiError('http', 'boom', 500));
    await flush();

    expect(state().linkedCases).toEqual({ status: 'ready', data: [] });
    expect(state().matches).toEqual({ status: 'ready', data: [] });
  });

  it('drops A’s brief after the selection was cleared', async () => {
    const { call, state } = setup();
    state().selectItem(messageA);
    call('matchClients').resolve({ items: [aMatch({ client: northwind })] });
    await flush();
    state().selectItem(null);
    call('clientBrief').resolve(aBrief());
    call('linkedCases').resolve({ items: [aLinkedCase()] });
    await flush();

    expect(state().brief).toEqual({ status: 'idle' });
    expect(state().linkedCases).toEqual({ status: 'idle' });
    expect(state().chosenClientId).toBeNull();
  });

  it('keeps the right answer when the same item is selected again (reselection starts over)', async () => {
    const { call, state } = setup();
    state().selectItem(messageA);
    state().selectItem(messageA);
    call('linkedCases', 0).resolve({ items: [aLinkedCase({ case: { id: 'stale' } })] });
    await flush();
    expect(state().linkedCases).toEqual({ status: 'loading' });

    call('linkedCases', 1).resolve({ items: [] });
    await flush();
    expect(state().linkedCases).toEqual({ status: 'ready', data: [] });
  });
});

describe('pane store: errors', () => {
  it('stores a failed lookup as an error holding the ApiError', async () => {
    const { call, state } = setup();
    state().selectItem(messageA);
    const offline = new ApiError('unreachable', 'Caseline cannot reach its server.');
    const forbidden = new ApiError('http', 'Not allowed', 403, 'forbidden');
    call('linkedCases').reject(offline);
    call('matchClients').reject(forbidden);
    await flush();

    expect(state().linkedCases).toEqual({ status: 'error', error: offline });
    expect(state().matches).toEqual({ status: 'error', error: forbidden });
    // The very ApiError the API threw, so the pane can offer the right way forward.
    expect(state().linkedCases).toHaveProperty('error', offline);
    expect((state().matches as { error?: unknown }).error).toBe(forbidden);
    expect(state().chosenClientId).toBeNull();
  });

  it('stores a failed brief as an error', async () => {
    const { call, state } = setup();
    state().selectItem(messageA);
    call('matchClients').resolve({ items: [aMatch({ client: northwind })] });
    await flush();
    const notFound = new ApiError('http', 'No such client', 404, 'not_found');
    call('clientBrief').reject(notFound);
    await flush();

    expect(state().brief).toEqual({ status: 'error', error: notFound });
    expect(state().chosenClientId).toBe('client-northwind');
  });

  it('wraps anything that is not an ApiError into one', async () => {
    const { call, state } = setup();
    state().selectItem(messageA);
    call('matchClients').reject(new TypeError('x is undefined'));
    await flush();

    const matches = state().matches;
    expect(matches.status).toBe('error');
    if (matches.status !== 'error') return;
    expect(matches.error).toBeInstanceOf(ApiError);
    expect(matches.error.kind).toBe('bad_response');
  });

  it('reload asks again for everything about the current item', async () => {
    const { api, call, state } = setup();
    state().selectItem(messageA);
    call('matchClients').reject(new ApiError('unreachable', 'offline'));
    call('linkedCases').reject(new ApiError('unreachable', 'offline'));
    await flush();

    state().reload();
    expect(api.matchClients).toHaveBeenCalledTimes(2);
    expect(api.linkedCases).toHaveBeenCalledTimes(2);
    call('matchClients', 1).resolve({ items: [] });
    call('linkedCases', 1).resolve({ items: [] });
    await flush();
    expect(state().matches).toEqual({ status: 'ready', data: [] });
    expect(state().linkedCases).toEqual({ status: 'ready', data: [] });
  });
});

describe('pane store: clearing the selection', () => {
  it('selectItem(null) clears the item, every lookup and the view', async () => {
    const { api, call, state } = setup();
    state().selectItem(messageA);
    call('linkedCases').resolve({ items: [aLinkedCase()] });
    call('matchClients').resolve({ items: [aMatch({ client: northwind })] });
    await flush();
    call('clientBrief').resolve(aBrief());
    await flush();
    state().openCase('case-1');
    call('getCase').resolve(aCaseDetail());
    await flush();
    expect(state().view).toEqual({ name: 'case', caseId: 'case-1' });

    state().selectItem(null);

    expect(state()).toMatchObject({
      item: null,
      matches: { status: 'idle' },
      chosenClientId: null,
      brief: { status: 'idle' },
      linkedCases: { status: 'idle' },
      view: { name: 'overview' },
      openedCase: { status: 'idle' },
      createdCaseId: null,
    });
    expect(api.matchClients).toHaveBeenCalledTimes(1);
    expect(api.linkedCases).toHaveBeenCalledTimes(1);
  });
});

describe('pane store: appointments', () => {
  it('selecting a meeting does not call the message lookups', async () => {
    const { api, state } = setup();
    const meeting = anAppointment();
    state().selectItem(meeting);
    await flush();

    expect(state().item).toBe(meeting);
    expect(api.matchClients).not.toHaveBeenCalled();
    expect(api.linkedCases).not.toHaveBeenCalled();
    expect(api.clientBrief).not.toHaveBeenCalled();
    expect(state().matches).toEqual({ status: 'idle' });
    expect(state().linkedCases).toEqual({ status: 'idle' });
  });
});

describe('pane store: opening and creating cases', () => {
  it('openCase switches to the case view and loads the case', async () => {
    const { api, call, state } = setup();
    state().selectItem(messageA);
    state().openCase('case-1');
    expect(state().view).toEqual({ name: 'case', caseId: 'case-1' });
    expect(api.getCase).toHaveBeenCalledWith('case-1');
    expect(state().openedCase).toEqual({ status: 'loading' });

    const opened = aCaseDetail();
    call('getCase').resolve(opened);
    await flush();
    expect(state().openedCase).toEqual({ status: 'ready', data: opened });
  });

  it('showOverview goes back and forgets the opened case', async () => {
    const { call, state } = setup();
    state().selectItem(messageA);
    state().openCase('case-1');
    call('getCase').resolve(aCaseDetail());
    await flush();
    state().showOverview();
    expect(state().view).toEqual({ name: 'overview' });
    expect(state().openedCase).toEqual({ status: 'idle' });
  });

  it('a slow answer for a case the user left does not show under another case', async () => {
    const { call, state } = setup();
    state().selectItem(messageA);
    state().openCase('case-1');
    state().showOverview();
    state().openCase('case-2');

    const second = aCaseDetail({ id: 'case-2', reference: 'CL-2025-0002' });
    call('getCase', 1).resolve(second);
    await flush();
    call('getCase', 0).resolve(aCaseDetail({ id: 'case-1' }));
    await flush();

    expect(state().view).toEqual({ name: 'case', caseId: 'case-2' });
    expect(state().openedCase).toEqual({ status: 'ready', data: second });
  });

  it('createCase sends the input, opens the created case and remembers it was created here', async () => {
    const { api, call, state } = setup();
    state().selectItem(messageA);
    call('linkedCases', 0).resolve({ items: [] });
    call('matchClients', 0).resolve({ items: [aMatch({ client: northwind })] });
    await flush();
    state().showCreateCase();
    expect(state().view).toEqual({ name: 'create-case' });

    const input = createInput();
    const pendingCreate = state().createCase(input);
    expect(api.createCase).toHaveBeenCalledWith(input);
    const created = aCase({ id: 'case-new', reference: 'CL-2025-0042' });
    call('createCase').resolve(created);

    await expect(pendingCreate).resolves.toEqual(created);
    expect(state().view).toEqual({ name: 'case', caseId: 'case-new' });
    expect(state().createdCaseId).toBe('case-new');
    // The new case is then loaded with its clocks, like any case the pane opens.
    expect(api.getCase).toHaveBeenCalledWith('case-new');
    const detail = aCaseDetail({ id: 'case-new', reference: 'CL-2025-0042' });
    call('getCase').resolve(detail);
    await flush();
    expect(state().openedCase).toEqual({ status: 'ready', data: detail });

    // The email's links are looked up again, so the banner knows it is on a case now.
    expect(api.linkedCases).toHaveBeenCalledTimes(2);
    const nowLinked = [aLinkedCase({ case: { id: 'case-new' } })];
    call('linkedCases', 1).resolve({ items: nowLinked });
    await flush();
    expect(state().linkedCases).toEqual({ status: 'ready', data: nowLinked });
  });

  it('createCase does not switch the view when the user moved to another item meanwhile', async () => {
    const { api, call, state } = setup();
    state().selectItem(messageA);
    state().showCreateCase();
    const pendingCreate = state().createCase(createInput());

    state().selectItem(messageB);
    const created = aCase({ id: 'case-new' });
    call('createCase').resolve(created);

    await expect(pendingCreate).resolves.toEqual(created);
    expect(state().item).toBe(messageB);
    expect(state().view).toEqual({ name: 'overview' });
    expect(state().openedCase).toEqual({ status: 'idle' });
    expect(state().createdCaseId).toBeNull();
    // Only the two lookups for A and B: nothing re-fetched for A.
    expect(api.linkedCases).toHaveBeenCalledTimes(2);
  });

  it('createCase rejects with the ApiError and leaves the form open', async () => {
    const { call, state } = setup();
    state().selectItem(messageA);
    state().showCreateCase();
    const pendingCreate = state().createCase(createInput());
    const invalid = new ApiError('http', 'Invalid request', 400, 'validation_failed', {
      issues: [{ path: 'title', message: 'A case needs a title' }],
    });
    call('createCase').reject(invalid);

    await expect(pendingCreate).rejects.toBe(invalid);
    expect(state().view).toEqual({ name: 'create-case' });
    expect(state().createdCaseId).toBeNull();
  });
});
