// Why a request got no answer, in the catalogue's words: in the language asked for, from a code however deep
// it sits in the error's causes; anything that is not a network failure is not named as one.
import { describe, expect, it } from 'vitest';
import { networkFailureCause, simulatorUnreachable } from '@main/infra/network-failure';
import { textIn } from '@shared/text/languages';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });

describe('networkFailureCause', () => {
  it('names a refused connection found under fetch’s own error, in English by default and in German when asked', () => {
    const error = new TypeError('fetch failed', { cause: refused });
    expect(networkFailureCause(error)).toBe('the connection was refused (nothing is listening there)');
    expect(networkFailureCause(error, textIn('de'))).toBe('die Verbindung wurde abgelehnt (dort lauscht nichts)');
  });

  it('one failed address among several (happy eyeballs) is still a network failure', () => {
    const error = new AggregateError([Object.assign(new Error('x'), { code: 'ENETUNREACH' })]);
    expect(networkFailureCause(error)).toBe('this computer has no network route there');
  });

  it('a bare "fetch failed" is no connection; an answer that could not be read is not a network failure', () => {
    expect(networkFailureCause(new TypeError('fetch failed'))).toBe('no connection could be made');
    expect(networkFailureCause(new SyntaxError('Unexpected token < in JSON'))).toBeNull();
  });

  it('the simulator named by --api-base: host, cause and the next step', () => {
    expect(simulatorUnreachable('http://127.0.0.1:4321', refused)?.message).toBe(
      'could not reach the simulator at 127.0.0.1:4321: the connection was refused (nothing is listening there). Start it (npm run sim) on this computer, or check --api-base.',
    );
    expect(simulatorUnreachable('http://127.0.0.1:4321', new Error('bug'))).toBeNull();
  });
});
