import { AxiosError } from 'axios';
import { describe, expect, it } from 'vitest';
import { describeStartFailure } from '../../../addin/session/start-failure';

describe('describeStartFailure', () => {
  it('blames the connection, not Outlook, when the server did not answer', () => {
    expect(describeStartFailure(new AxiosError('Network Error', 'ERR_NETWORK'))).toEqual({
      title: 'No connection to Caseline',
      message: expect.stringContaining('cannot reach its server'),
    });
  });

  it('keeps the reason of any other failure', () => {
    expect(
      describeStartFailure(new Error('Pick a demo user in the workspace to continue.')),
    ).toEqual({
      title: 'Caseline could not connect to Outlook.',
      message: 'Pick a demo user in the workspace to continue.',
    });
  });
});
