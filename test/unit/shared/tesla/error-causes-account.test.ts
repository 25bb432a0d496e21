// The connection causes of issue 22: what they say (in the catalogue's words), and that Tesla's texts name them.
import { describe, expect, it } from 'vitest';
import { causeWords } from '@shared/tesla/cause-words';
import { explainError } from '@shared/tesla/explain-error';
import { ERROR_CATALOGUE } from '@shared/tesla/error-catalogue';
import { textIn } from '@shared/text/languages';

const en = textIn('en');
const de = textIn('de');
const cause = (id: string) => ERROR_CATALOGUE.find((c) => c.id === id)!;

describe('connection causes', () => {
  it('login_required says another sign-in replaced the connection, not that it expired', () => {
    const r = explainError('{"error":"login_required","error_description":"Login required"}', en);
    expect(r.matched && r.cause).toBe('auth.login_required');
    const words = causeWords('auth.login_required', en);
    expect(words.meaning).toMatch(/^Another sign-in with this app replaced this connection/);
    expect(words.title).not.toMatch(/expired/i);
    expect(causeWords('auth.login_required', de).title).toMatch(/andere Anmeldung ersetzt/);
  });

  it('the token endpoint failing: wait, do not reconnect', () => {
    const r = explainError('POST /oauth2/v3/token: token endpoint answered 503', en);
    expect(r.matched && r.cause).toBe('auth.token_endpoint_failing');
    expect(cause('auth.token_endpoint_failing')).toMatchObject({ actor: 'wait' });
    expect(causeWords('auth.token_endpoint_failing', en).meaning).toMatch(
      /Tesla’s sign-in is failing: wait; do not reconnect/,
    );
    expect(causeWords('auth.token_endpoint_failing', de).meaning).toMatch(/nicht neu verbinden/);
  });

  it("an unregistered redirect_uri is the platform's app configuration", () => {
    const r = explainError("The 'redirect_uri' supplied is not registered for this 'client_id'", en);
    expect(r.matched && r.cause).toBe('auth.redirect_uri_not_registered');
    expect(cause('auth.redirect_uri_not_registered').actor).toBe('platform');
  });
});
