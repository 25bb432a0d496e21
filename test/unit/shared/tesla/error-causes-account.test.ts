// The connection causes of issue 22: what they say, and that Tesla's texts name them.
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '@shared/tesla/error-catalogue';
import { explainError } from '@shared/tesla/explain-error';

const cause = (id: string) => ERROR_CATALOGUE.find((c) => c.id === id)!;

describe('connection causes', () => {
  it('login_required says another sign-in replaced the connection, not that it expired', () => {
    const r = explainError('{"error":"login_required","error_description":"Login required"}');
    expect(r.matched && r.cause).toBe('auth.login_required');
    expect(cause('auth.login_required').meaning).toMatch(/^Another sign-in with this app replaced this connection/);
    expect(cause('auth.login_required').title).not.toMatch(/expired/i);
  });

  it('the token endpoint failing: wait, do not reconnect', () => {
    const r = explainError('POST /oauth2/v3/token: token endpoint answered 503');
    expect(r.matched && r.cause).toBe('auth.token_endpoint_failing');
    expect(cause('auth.token_endpoint_failing')).toMatchObject({ actor: 'wait' });
    expect(cause('auth.token_endpoint_failing').meaning).toMatch(/Tesla’s sign-in is failing: wait; do not reconnect/);
  });

  it("an unregistered redirect_uri is the platform's app configuration", () => {
    const r = explainError("The 'redirect_uri' supplied is not registered for this 'client_id'");
    expect(r.matched && r.cause).toBe('auth.redirect_uri_not_registered');
    expect(cause('auth.redirect_uri_not_registered').actor).toBe('platform');
  });
});
