// @vitest-environment jsdom
import '../support/setup-dom';
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyView } from '../../../addin/taskpane/lazy-view';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyView', () => {
  it('shows the fallback until the code has loaded, then the view', async () => {
    let finish: (c: typeof Greeting) => void = () => undefined;
    const { View } = lazyView(() => new Promise<typeof Greeting>((done) => (finish = done)));
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <View name="Sofia" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => finish(Greeting));
    expect(await screen.findByText('Hello Sofia')).toBeTruthy();
  });

  it('renders at once, without a fallback, once preloaded', async () => {
    let loads = 0;
    const { View, preload } = lazyView(async () => {
      loads += 1;
      return Greeting;
    });
    await preload();
    await preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <View name="Grace" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Grace')).toBeTruthy();
    expect(loads).toBe(1);
  });
});
