import { describe, expect, it, vi } from 'vitest';
import { renewableTokenSource } from '../../../addin/session/renewable-token';

describe('renewableTokenSource', () => {
  it('asks the first session until signed in again, then the new one, refresh included', async () => {
    const first = Object.assign(
      vi.fn(async () => 'old'),
      { refresh: vi.fn(async () => 'old-2') },
    );
    const renewable = renewableTokenSource(first);
    expect(await renewable.token()).toBe('old');
    expect(await renewable.token.refresh?.()).toBe('old-2');

    // A dev session has no refresh: asking again is its refresh.
    const next = vi.fn(async () => 'new');
    renewable.renew(next);
    expect(await renewable.token()).toBe('new');
    expect(await renewable.token.refresh?.()).toBe('new');
    expect(next).toHaveBeenCalledTimes(2);
  });
});
