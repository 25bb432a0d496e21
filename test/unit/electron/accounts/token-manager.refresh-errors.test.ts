// A renewal that fails says why: no answer from the sign-in service (which host, what cause) is not the
// same as an answer the app could not read, and neither is sent to "check the internet connection" blindly.
import { afterEach, describe, expect, it } from 'vitest';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { closedPort } from '@test/support/closed-port';
import { createHarness, type Harness } from '@test/support/connect-harness';

let h: Harness;
afterEach(async () => h?.close());

const EIGHT_HOURS = 8 * 3600 * 1000;
const isTokenCall = (input: Parameters<typeof fetch>[0]) =>
  String(input instanceof Request ? input.url : input).endsWith('/oauth2/v3/token');

async function renewalError(tokenAnswer: (init: RequestInit | undefined) => Promise<Response>): Promise<string> {
  let broken = false;
  h = await createHarness({
    fetch: async (input, init) => (broken && isTokenCall(input) ? tokenAnswer(init) : fetch(input, init)),
  });
  const started = await h.service.connect({ demoCallback: 'loopback' });
  expect(await driveConsent(started.authorizeUrl)).toBe(200);
  const session = await h.service.session(h.service.list()[0]!.id);
  broken = true;
  h.sim.clock.advance(EIGHT_HOURS);
  const error = await session.tokenProvider.getAccessToken().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('a failed renewal', () => {
  it('names the unreachable sign-in service and the cause', async () => {
    const port = await closedPort();
    const message = await renewalError((init) => fetch(`http://127.0.0.1:${port}/`, init));
    expect(message).toMatch(/could not reach the sign-in service at 127\.0\.0\.1:\d+: the connection was refused/);
    expect(message).toMatch(/internet connection/);
  });

  it('says an unreadable answer is one, without blaming the internet connection', async () => {
    const message = await renewalError(
      async () =>
        new Response('<html>captive portal</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    expect(message).toMatch(/could not read/);
    expect(message).not.toMatch(/internet connection/);
  });
});
