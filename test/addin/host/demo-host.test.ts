// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { connectDemoHost } from '../../../addin/host/demo-host';
import type { WorkspaceToPane } from '../../../addin/host/demo-protocol';
import type { Host } from '../../../addin/host/host';
import type { MailboxItem } from '../../../shared/mailbox/mailbox-item.schema';
import { flush } from '../support/fake-api';
import { aMessage, anAppointment } from '../support/fixtures';

const origin = 'https://localhost:3000';
const user = { name: 'Sam Okafor', email: 'sam.okafor@bank.example' };

type MessageLike = { data: unknown; origin: string; source: unknown };

/** A stand-in for the pane's iframe window: its parent is the workspace playing Outlook. */
function fakeWindow() {
  const parent = { postMessage: vi.fn() };
  const listeners: ((event: MessageEvent) => void)[] = [];
  const win = {
    parent,
    location: { origin },
    addEventListener: vi.fn((type: string, listener: (event: MessageEvent) => void) => {
      if (type === 'message') listeners.push(listener);
    }),
  };
  return {
    win: win as unknown as Window,
    parent,
    /** Delivers a message as the browser would, from the parent and our origin unless told otherwise. */
    deliver: (data: unknown, from: Partial<Omit<MessageLike, 'data'>> = {}) => {
      const event = { data, origin, source: parent, ...from } as unknown as MessageEvent;
      listeners.forEach((listener) => listener(event));
    },
  };
}

function state(item: MailboxItem | null, theme: 'light' | 'dark' = 'light'): WorkspaceToPane {
  return { type: 'caseline-demo:state', item, user, theme };
}

/** Connects and answers the ready message with a first state. */
async function connected(first: WorkspaceToPane = state(aMessage({ itemId: 'item-a' }))) {
  const fake = fakeWindow();
  const pending = connectDemoHost(fake.win);
  fake.deliver(first);
  const host = await pending;
  return { ...fake, host };
}

function settled(promise: Promise<unknown>): () => boolean {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  return () => done;
}

describe('connectDemoHost', () => {
  it('tells the workspace it is ready, at the workspace’s origin', () => {
    const { win, parent } = fakeWindow();
    void connectDemoHost(win);
    expect(parent.postMessage).toHaveBeenCalledWith({ type: 'caseline-demo:ready' }, origin);
  });

  it('listens before saying ready, so the first answer cannot be missed', () => {
    const { win, parent } = fakeWindow();
    void connectDemoHost(win);
    const listened = vi.mocked(win.addEventListener).mock.invocationCallOrder[0] ?? Infinity;
    const posted = parent.postMessage.mock.invocationCallOrder[0] ?? -Infinity;
    expect(listened).toBeLessThan(posted);
  });

  it('resolves with the first state the workspace sends', async () => {
    const fake = fakeWindow();
    const pending = connectDemoHost(fake.win);
    const isSettled = settled(pending);
    await flush();
    expect(isSettled()).toBe(false);

    const item = aMessage({ itemId: 'item-a' });
    fake.deliver(state(item, 'dark'));
    const host = await pending;

    expect(host.kind).toBe('demo');
    await expect(host.currentItem()).resolves.toEqual(item);
    expect(host.user()).toEqual(user);
    expect(host.theme()).toBe('dark');
  });

  it('resolves with no item when the workspace has nothing selected', async () => {
    const { host } = await connected(state(null));
    await expect(host.currentItem()).resolves.toBeNull();
  });

  it('calls item listeners when a later state carries a different item', async () => {
    const { host, deliver } = await connected();
    const listener = vi.fn();
    host.onItemChanged(listener);

    const meeting = anAppointment({ itemId: 'meeting-1' });
    deliver(state(meeting));

    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(meeting);
    await expect(host.currentItem()).resolves.toEqual(meeting);
  });

  it('calls item listeners with null when the selection is cleared', async () => {
    const { host, deliver } = await connected();
    const listener = vi.fn();
    host.onItemChanged(listener);

    deliver(state(null));

    expect(listener).toHaveBeenCalledWith(null);
  });

  it('does not call item listeners when the same item is sent again', async () => {
    const { host, deliver } = await connected();
    const listener = vi.fn();
    host.onItemChanged(listener);

    deliver(state(aMessage({ itemId: 'item-a' })));
    deliver(state(aMessage({ itemId: 'item-a' }), 'dark'));

    expect(listener).not.toHaveBeenCalled();
  });

  it('calls theme listeners when the theme changes, and only then', async () => {
    const { host, deliver } = await connected(state(aMessage({ itemId: 'item-a' }), 'light'));
    const onTheme = vi.fn();
    const onItem = vi.fn();
    host.onThemeChanged(onTheme);
    host.onItemChanged(onItem);

    deliver(state(aMessage({ itemId: 'item-a' }), 'dark'));
    expect(onTheme).toHaveBeenCalledWith('dark');
    expect(host.theme()).toBe('dark');

    deliver(state(aMessage({ itemId: 'item-b' }), 'dark'));
    expect(onTheme).toHaveBeenCalledTimes(1);
    expect(onItem).toHaveBeenCalledTimes(1);
  });

  it('stops calling listeners once unsubscribed', async () => {
    const { host, deliver } = await connected();
    const onItem = vi.fn();
    const onTheme = vi.fn();
    host.onItemChanged(onItem)();
    host.onThemeChanged(onTheme)();

    deliver(state(anAppointment(), 'dark'));

    expect(onItem).not.toHaveBeenCalled();
    expect(onTheme).not.toHaveBeenCalled();
  });

  it('posts the reply draft to the workspace for the user to send', async () => {
    const { host, parent } = await connected();
    host.displayReplyForm({ htmlBody: '<p>Thank you</p>' });
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: 'caseline-demo:display-reply', htmlBody: '<p>Thank you</p>' },
      origin,
    );
  });
});

describe('connectDemoHost ignores messages it must not trust', () => {
  const untrusted: [
    string,
    (fake: ReturnType<typeof fakeWindow>, data: WorkspaceToPane) => void,
  ][] = [
    ['from another origin', (fake, data) => fake.deliver(data, { origin: 'https://evil.example' })],
    [
      'from another window',
      (fake, data) => fake.deliver(data, { source: { postMessage: vi.fn() } }),
    ],
    ['from no window at all', (fake, data) => fake.deliver(data, { source: null })],
    [
      'that fail the schema',
      (fake, data) => fake.deliver({ ...data, item: { kind: 'message', itemId: 42 } }),
    ],
    [
      'of an unknown type',
      (fake, data) => fake.deliver({ ...data, type: 'caseline-demo:whatever' }),
    ],
  ];

  it.each(untrusted)('does not start from a first state %s', async (_, send) => {
    const fake = fakeWindow();
    const pending = connectDemoHost(fake.win);
    const isSettled = settled(pending);

    send(fake, state(aMessage({ itemId: 'forged' })));
    await flush();
    expect(isSettled()).toBe(false);

    // The genuine first state still gets through afterwards.
    fake.deliver(state(aMessage({ itemId: 'item-a' })));
    const host: Host = await pending;
    await expect(host.currentItem()).resolves.toMatchObject({ itemId: 'item-a' });
  });

  it.each(untrusted)('does not change the item or theme on a later message %s', async (_, send) => {
    const fake = await connected(state(aMessage({ itemId: 'item-a' }), 'light'));
    const onItem = vi.fn();
    const onTheme = vi.fn();
    fake.host.onItemChanged(onItem);
    fake.host.onThemeChanged(onTheme);

    send(fake, state(aMessage({ itemId: 'forged' }), 'dark'));

    expect(onItem).not.toHaveBeenCalled();
    expect(onTheme).not.toHaveBeenCalled();
    await expect(fake.host.currentItem()).resolves.toMatchObject({ itemId: 'item-a' });
    expect(fake.host.theme()).toBe('light');
  });
});
