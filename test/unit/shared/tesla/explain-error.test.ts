import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '@shared/tesla/error-catalogue';
import { explainError, statusInText } from '@shared/tesla/explain-error';
import { normalizeErrorText } from '@shared/tesla/classify-error';

describe('explainError', () => {
  it('recognises every catalogue text and its quoted, wrapped, indented and embedded variants', () => {
    for (const c of ERROR_CATALOGUE) {
      for (const example of c.examples) {
        const words = example.split(' ');
        const half = Math.ceil(words.length / 2);
        const variants = [
          example,
          `"${example}"`,
          `> ${words.slice(0, half).join(' ')}\n> ${words.slice(half).join(' ')}`,
          `    ${words.slice(0, half).join(' ')}\n        ${words.slice(half).join(' ')}`,
          `2026-12-03 09:12:44 ERROR [platform.worker] site 42 poll failed: ${example} (attempt 3)`,
          JSON.stringify({ log: example }),
        ];
        for (const v of variants) {
          const r = explainError(v);
          expect(r.matched, v).toBe(true);
          if (r.matched) {
            expect(r.cause, v).toBe(c.id);
            expect(r.confidence, v).toBe('high');
          }
        }
      }
    }
  });

  it('answers the JSON shape: cause, actor, checkId, fix, confidence', () => {
    const r = explainError('{"response":null,"error":"account disabled: EXCEEDED_LIMIT"}');
    expect(r).toMatchObject({
      matched: true,
      cause: 'app.exceeded_limit',
      actor: 'platform',
      checkId: 'account.app_status',
      fix: { summary: expect.stringMatching(/billing limit/) },
      confidence: 'high',
    });
  });

  it('reads the status and Retry-After from an HTTP log line', () => {
    const r = explainError(
      'HTTP/1.1 429 Too Many Requests\nRetry-After: 37829\n\n{"response":null,"error":"Too Many Requests"}',
    );
    expect(r).toMatchObject({
      matched: true,
      cause: 'rate.limited',
      actor: 'wait',
      status: 429,
      retryAfterSeconds: 37829,
    });
  });

  it('a status with one meaning and no text is a medium-confidence match; a vague one is low', () => {
    expect(explainError('GET /api/1/users/region -> 412')).toMatchObject({
      matched: true,
      cause: 'partner.not_registered_in_region',
      confidence: 'medium',
      status: 412,
    });
    expect(explainError('POST /api/1/energy_sites/9/operation -> 410')).toMatchObject({
      matched: true,
      cause: 'energy.tou_without_tariff',
    });
    expect(explainError('request failed with status code 403')).toMatchObject({
      matched: true,
      cause: 'http.forbidden',
      confidence: 'low',
    });
  });

  it('says when Home Assistant wrapped the message', () => {
    expect(explainError("Command failed: The vehicle is not 'online'.")).toMatchObject({
      matched: true,
      cause: 'vehicle.unavailable',
      via: 'Home Assistant',
    });
  });

  it('unknown text is not guessed: matched false, with the nearest known causes', () => {
    const r = explainError('The virtual key pairing page shows a spinning wheel forever');
    expect(r.matched).toBe(false);
    if (!r.matched) {
      expect(r.nearest.length).toBeGreaterThan(0);
      expect(r.nearest.length).toBeLessThanOrEqual(3);
      expect(r.nearest[0]!.score).toBeGreaterThan(0);
      expect(r.hint).toMatch(/does not know/);
    }
    expect(explainError('')).toEqual({ matched: false, nearest: [], hint: expect.any(String) });
    expect(explainError('hello 37829').matched).toBe(false);
  });

  it('copes with a huge paste without hanging', () => {
    const big = 'x'.repeat(500_000) + ' login_required';
    expect(explainError(big).matched).toBe(false);
    expect(explainError('a '.repeat(50_000)).matched).toBe(false);
  });
});

describe('statusInText', () => {
  it('finds a status only where it is clearly one', () => {
    expect(statusInText(normalizeErrorText('HTTP/2 503'))).toBe(503);
    expect(statusInText(normalizeErrorText('Error: 412 Precondition Failed'))).toBe(412);
    expect(statusInText(normalizeErrorText('{"status": 421}'))).toBe(421);
    expect(statusInText(normalizeErrorText('site 4290 has 500 W of solar'))).toBeUndefined();
  });
});
