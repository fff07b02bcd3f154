// @vitest-environment jsdom
import '../../support/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MeetingOverview } from '../../../../addin/modules/meetings/components/MeetingOverview';
import { PaneProvider } from '../../../../addin/state/pane-context';
import { createPaneStore } from '../../../../addin/state/pane-store';
import { ApiError } from '../../../../addin/api/api-error';
import type { Interaction } from '../../../../shared/interactions/interaction.schema';
import { createFakeApi, flush, type FakeAnswers } from '../../support/fake-api';
import { fakeHost } from '../../support/fake-host';
import { aBrief, aClient, aMatch, anAppointment } from '../../support/fixtures';

afterEach(() => {
  cleanup();
});

const host = fakeHost();

const meeting = anAppointment({
  requiredAttendees: [
    { name: 'Priya Shah', email: 'priya.shah@northwind.example' },
    { name: 'Tom Lee', email: 'tom.lee@bank.example' },
  ],
});
const client = aClient({ id: 'cl-1', name: 'Northwind Ltd' });

function recorded(input: { sensitive: boolean }): Interaction {
  return {
    id: 'int-1',
    version: 1,
    clientId: 'cl-1',
    kind: 'meeting',
    occurredAt: meeting.start,
    purpose: 'Quarterly review',
    notes: '',
    participants: [],
    asks: [],
    decisions: [],
    sensitive: input.sensitive,
    sourceItemId: meeting.itemId,
    recordedBy: 'u-1',
    recordedByName: 'Sam Okafor',
    createdAt: meeting.start,
    followUps: [
      {
        id: 'fu-1',
        version: 1,
        clientId: 'cl-1',
        caseId: null,
        interactionId: 'int-1',
        title: 'We will send the revised mandate by Friday',
        ownerId: 'u-1',
        ownerName: 'Sam Okafor',
        dueDate: '2025-03-14',
        status: 'open',
        closeCondition: null,
        createdBy: 'u-1',
        createdAt: meeting.start,
        updatedAt: meeting.start,
        completedAt: null,
        overdue: false,
        dueInDays: 4,
      },
    ],
  };
}

async function renderMeeting() {
  return renderMeetingWith({
    matchClients: () => ({ items: [aMatch({ client })] }),
    clientBrief: () => aBrief({ client }),
    listUsers: () => Promise.reject(new ApiError('http', 'Not allowed', 403, 'forbidden')),
    extractMeetingNotes: () => ({
      promises: [
        {
          text: 'We will send the revised mandate by Friday',
          ownerHint: 'us',
          dueDate: '2025-03-14',
          dueText: 'by Friday',
        },
      ],
      asks: [
        {
          text: 'Priya asked about the custody fee',
          ownerHint: 'us',
          dueDate: null,
          dueText: null,
        },
      ],
      decisions: [],
    }),
    recordInteraction: (_id, input) => recorded(input),
  });
}

/** The meeting overview for `meeting`, over a fake API giving `answers`. */
async function renderMeetingWith(answers: FakeAnswers) {
  const fake = createFakeApi(answers);
  const store = createPaneStore(fake.api, { userId: 'u-1' });
  store.getState().selectItem(meeting);
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider store={store} host={host}>
        <MeetingOverview item={meeting} />
      </PaneProvider>
    </FluentProvider>,
  );
  await act(flush);
  await act(flush);
  return { fake, store };
}

async function openFormWithSuggestions() {
  fireEvent.click(screen.getByRole('button', { name: 'Record meeting' }));
  await act(flush);
  fireEvent.change(screen.getByRole('textbox', { name: /Notes/ }), {
    target: {
      value: 'We will send the revised mandate by Friday. Priya asked about the custody fee.',
    },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Find actions in notes' }));
  await act(flush);
  await act(flush);
}

describe('Record meeting', () => {
  it('leaves internal attendees out and shows a brief for each client', async () => {
    const { fake } = await renderMeeting();
    expect(fake.api.matchClients).toHaveBeenCalledTimes(1);
    expect(fake.api.matchClients).toHaveBeenCalledWith('priya.shah@northwind.example');
    expect(screen.getByRole('button', { name: 'Brief: Northwind Ltd' })).toBeTruthy();
    expect(screen.getByText('Attending: Priya Shah')).toBeTruthy();
  });

  it('marks what it found in the notes as suggestions, owned by the user by default', async () => {
    await renderMeeting();
    await openFormWithSuggestions();
    expect(screen.getAllByText('Suggested')).toHaveLength(2);
    expect((screen.getByRole('textbox', { name: 'Promise 1' }) as HTMLInputElement).value).toBe(
      'We will send the revised mandate by Friday',
    );
    const owner = screen.getByRole('combobox', { name: 'Owner' }) as HTMLSelectElement;
    expect(owner.selectedOptions[0]?.textContent).toBe('Me (Sam Okafor)');
    expect((screen.getByLabelText(/Due date/) as HTMLInputElement).value).toBe('2025-03-14');
    // Editing a suggestion makes it the user's own.
    fireEvent.change(screen.getByRole('textbox', { name: 'Ask 1' }), {
      target: { value: 'Waive the custody fee' },
    });
    expect(screen.getAllByText('Suggested')).toHaveLength(1);
  });

  it('will not save a promise without a due date', async () => {
    const { fake } = await renderMeeting();
    fireEvent.click(screen.getByRole('button', { name: 'Record meeting' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add promise' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Promise 1' }), {
      target: { value: 'Call back' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save meeting record' }));
    await act(flush);
    expect(screen.getByText('Choose a due date.')).toBeTruthy();
    expect(fake.api.recordInteraction).not.toHaveBeenCalled();
  });

  it('saves the record flagged sensitive and shows the follow-ups created', async () => {
    const { fake } = await renderMeeting();
    await openFormWithSuggestions();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ask 1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Sensitive/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save meeting record' }));
    await act(flush);
    await act(flush);
    const [clientId, input] = fake.call('recordInteraction').args;
    expect(clientId).toBe('cl-1');
    expect(input).toMatchObject({
      kind: 'meeting',
      sensitive: true,
      asks: [],
      sourceItemId: 'meeting-1',
      promises: [{ title: 'We will send the revised mandate by Friday', dueDate: '2025-03-14' }],
    });
    expect(input.promises[0]?.ownerId).toBeUndefined();
    expect(input.participants.find((p) => p.email === 'tom.lee@bank.example')?.internal).toBe(true);
    const status = screen
      .getByText('Meeting recorded')
      .closest('[role="group"], div') as HTMLElement;
    expect(
      within(status).getByText(/We will send the revised mandate by Friday — Sam Okafor/),
    ).toBeTruthy();
    expect(screen.getByText('Flagged as sensitive for review.')).toBeTruthy();
  });

  it('drops suggestions that arrive after the user moved to another item', async () => {
    const { fake, store } = await renderMeetingWith({
      matchClients: () => ({ items: [aMatch({ client })] }),
      clientBrief: () => aBrief({ client }),
      listUsers: () => ({ items: [] }),
    });
    await openFormWithSuggestions();
    act(() => store.getState().selectItem(anAppointment({ itemId: 'meeting-2' })));
    await act(async () => {
      fake.call('extractMeetingNotes').resolve({
        promises: [{ text: 'Late promise', ownerHint: 'us', dueDate: null, dueText: null }],
        asks: [],
        decisions: [],
      });
      await flush();
    });
    expect(screen.queryByText('Suggested')).toBeNull();
  });
});
