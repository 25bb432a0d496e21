import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '@shared/tesla/error-catalogue';
import { explainError, statusInText } from '@shared/tesla/explain-error';
import { normalizeErrorText } from '@shared/tesla/classify-error';
import { textIn } from '@shared/text/languages';

const en = textIn('en');

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
          const r = explainError(v, en);
          expect(r.matched, v).toBe(true);
          if (r.matched) {
            expect(r.cause, v).toBe(c.id);
            // A library's wording of a bare status says no more than the status.
            expect(r.confidence, v).toBe(c.generic ? 'low' : 'high');
          }
        }
      }
    }
  });

  it('answers the JSON shape: cause, actor, checkId, fix, confidence', () => {
    const r = explainError('{"response":null,"error":"account disabled: EXCEEDED_LIMIT"}', en);
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
      en,
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
    expect(explainError('GET /api/1/users/region -> 412', en)).toMatchObject({
      matched: true,
      cause: 'partner.not_registered_in_region',
      confidence: 'medium',
      status: 412,
    });
    expect(explainError('POST /api/1/energy_sites/9/operation -> 410', en)).toMatchObject({
      matched: true,
      cause: 'energy.tou_without_tariff',
    });
    expect(explainError('request failed with status code 403', en)).toMatchObject({
      matched: true,
      cause: 'http.forbidden',
      confidence: 'low',
    });
  });

  it('says when Home Assistant wrapped the message', () => {
    expect(explainError("Command failed: The vehicle is not 'online'.", en)).toMatchObject({
      matched: true,
      cause: 'vehicle.unavailable',
      via: 'Home Assistant',
    });
  });

  it('unknown text is not guessed: matched false, with the nearest known causes', () => {
    const r = explainError('The virtual key pairing page shows a spinning wheel forever', en);
    expect(r.matched).toBe(false);
    if (!r.matched) {
      expect(r.nearest.length).toBeGreaterThan(0);
      expect(r.nearest.length).toBeLessThanOrEqual(3);
      expect(r.nearest[0]!.score).toBeGreaterThan(0);
      expect(r.hint).toMatch(/does not know/);
    }
    expect(explainError('', en)).toEqual({ matched: false, nearest: [], hint: expect.any(String) });
    expect(explainError('hello 37829', en).matched).toBe(false);
  });

  it('copes with a huge paste without hanging', () => {
    const big = 'x'.repeat(500_000) + ' login_required';
    expect(explainError(big, en).matched).toBe(false);
    expect(explainError('a '.repeat(50_000), en).matched).toBe(false);
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

describe('wrong signal 10: confidence says what the words say', () => {
  const hedge = /\bonly (true )?(if|when)\b|every 403|libraries report/i;

  it('Tesla’s own “Unauthorized missing scopes” is a sure missing box, and the words do not hedge', () => {
    const r = explainError('{"response":null,"error":"Unauthorized missing scopes","error_description":""}', en);
    expect(r).toMatchObject({ matched: true, cause: 'scope.missing', confidence: 'high' });
    if (r.matched) expect(r.meaning).not.toMatch(hedge);
  });

  it('no high-confidence answer hedges on its own cause', () => {
    for (const c of ERROR_CATALOGUE) {
      for (const example of c.examples) {
        const r = explainError(example, en);
        if (r.matched && r.confidence === 'high') expect(r.meaning, example).not.toMatch(hedge);
      }
    }
  });

  it('a library’s wording of any 403 is only the status: low confidence, and it asks for Tesla’s exact text', () => {
    const r = explainError('Access to this resource is not authorized, developers should check required Scope.', en);
    expect(r).toMatchObject({ matched: true, cause: 'http.forbidden', confidence: 'low' });
    if (r.matched) expect(r.hint).toMatch(/exact text/);
  });

  it('a plain-words paste gets no unrelated suggestions, says it is not recognised and asks for the exact text', () => {
    for (const paste of [
      'my powerwall will not charge from the grid at night',
      'the customer says the app shows an error when the platform changes the backup reserve',
    ]) {
      const r = explainError(paste, en);
      expect(r.matched, paste).toBe(false);
      if (!r.matched) {
        expect(r.nearest, paste).toEqual([]);
        expect(r.hint, paste).toMatch(/exact text/);
      }
    }
  });
});
