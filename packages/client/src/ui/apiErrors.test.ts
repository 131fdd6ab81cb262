import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { NETWORK_ERROR_MESSAGE, readApiError, SERVICE_PROBLEM_MESSAGE } from './apiErrors';

describe('readApiError', () => {
  it("keeps the server's code, message and field messages", () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Check the details and try again.',
          extensions: { code: 'VALIDATION_FAILED', fields: { name: 'Enter a name' } },
        },
      ],
    });
    expect(readApiError(error)).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Check the details and try again.',
      fields: { name: 'Enter a name' },
    });
  });

  it('reads GraphQL errors sent with an HTTP error status, such as 429', () => {
    const body = { errors: [{ message: 'Too many attempts. Wait 15 minutes.', extensions: { code: 'RATE_LIMITED' } }] };
    const error = new ServerError('Response not successful', {
      response: new Response(null, { status: 429 }),
      bodyText: JSON.stringify(body),
    });
    expect(readApiError(error)).toMatchObject({ code: 'RATE_LIMITED', message: 'Too many attempts. Wait 15 minutes.' });
  });

  it('gives a plain message when the server sends no GraphQL errors, or cannot be reached', () => {
    const html = new ServerError('Bad gateway', {
      response: new Response(null, { status: 502 }),
      bodyText: '<html>Bad gateway</html>',
    });
    expect(readApiError(html)).toEqual({ code: 'NETWORK', message: SERVICE_PROBLEM_MESSAGE, fields: {} });
    expect(readApiError(new TypeError('Failed to fetch'))).toEqual({
      code: 'NETWORK',
      message: NETWORK_ERROR_MESSAGE,
      fields: {},
    });
  });
});
