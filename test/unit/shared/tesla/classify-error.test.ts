import { describe, expect, it } from 'vitest';
import { classifyError, errorTextOfBody, normalizeErrorText } from '@shared/tesla/classify-error';
import { causeWords } from '@shared/tesla/cause-words';
import { CAUSE_ACTORS, CAUSE_CHECK_IDS, ERROR_CATALOGUE, causeById } from '@shared/tesla/error-catalogue';
import { LANGUAGES, textIn } from '@shared/text/languages';

const en = textIn('en');

/** What the Fleet client hands the classifier: Tesla's body, as text. */
function textOf(example: string): string {
  try {
    return errorTextOfBody(JSON.parse(example));
  } catch {
    return example;
  }
}

describe('error catalogue', () => {
  it('has unique ids, a known actor and check, a cited source, and in every language words, a fix and a wait', () => {
    const ids = ERROR_CATALOGUE.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of ERROR_CATALOGUE) {
      expect(CAUSE_ACTORS).toContain(c.actor);
      expect(CAUSE_CHECK_IDS).toContain(c.checkId);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const lang of LANGUAGES) {
        const words = causeWords(c.id, textIn(lang));
        expect(words.title, `${lang} ${c.id}`).not.toMatch(/^cause\./);
        expect(words.meaning, `${lang} ${c.id}`).not.toMatch(/^cause\./);
        expect(words.fix.summary.length, `${lang} ${c.id}`).toBeGreaterThan(10);
        expect(words.fix.steps.length, `${lang} ${c.id}`).toBeGreaterThan(0);
        if (c.actor === 'wait') expect(words.until, `${lang} ${c.id}`).toBeTruthy();
      }
    }
  });

  it('never tells the installer to ask the installer', () => {
    for (const c of ERROR_CATALOGUE) {
      const words = causeWords(c.id, en);
      const all = [words.meaning, words.fix.summary, ...words.fix.steps].join(' ').toLowerCase();
      expect(all, c.id).not.toMatch(/ask (the|your) installer|contact (the|your) installer/);
    }
  });

  it('classifies every real text of every cause to that cause, by its text', () => {
    let n = 0;
    for (const c of ERROR_CATALOGUE) {
      for (const example of c.examples) {
        const got = classifyError({ status: c.statuses[0] ?? null, text: textOf(example) });
        expect(got?.cause.id, example).toBe(c.id);
        expect(got?.by, example).toBe('text');
        n += 1;
      }
    }
    expect(n).toBeGreaterThan(60);
  });
});

describe('classifyError', () => {
  it('names the body text before the status: a proxy’s 500 carrying the car’s refusal is the virtual key', () => {
    const got = classifyError({
      status: 500,
      text: 'vehicle rejected request: your public key has not been paired with the vehicle',
    });
    expect(got).toMatchObject({
      by: 'text',
      cause: { id: 'vehicle.key_not_paired', actor: 'customer', checkId: 'vehicle.virtual_key' },
    });
  });

  it('reads an offline car from its text whether Tesla says 408 or 503', () => {
    for (const status of [408, 503]) {
      expect(classifyError({ status, text: 'vehicle unavailable: vehicle is offline or asleep' })?.cause.id).toBe(
        'vehicle.unavailable',
      );
    }
  });

  it('the 412 is the platform’s: not registered in the region, nobody on site can fix it', () => {
    const got = classifyError({
      status: 412,
      text: 'Account 183156b7d536-4458-9e56-b9a70d90a5b5 must be registered in the current region https://fleet-api.prd.na.vn.cloud.tesla.com, please see https://developer.tesla.com/docs/fleet-api#register',
    });
    expect(got?.cause).toMatchObject({
      id: 'partner.not_registered_in_region',
      actor: 'platform',
      checkId: 'account.partner_registration',
    });
    expect(causeWords(got!.cause.id, en).meaning).toMatch(/can do nothing on site/);
  });

  it('EXCEEDED_LIMIT is the platform’s billing, not a missing scope', () => {
    expect(classifyError({ status: 403, text: 'account disabled: EXCEEDED_LIMIT' })?.cause).toMatchObject({
      id: 'app.exceeded_limit',
      actor: 'platform',
      checkId: 'account.app_status',
    });
  });

  it('a bare 403 is not called a missing scope', () => {
    const got = classifyError({ status: 403, text: '' });
    expect(got).toMatchObject({ by: 'status', cause: { id: 'http.forbidden' } });
  });

  it('an empty 401 is an expired token; a 429 without text is the rate limit, a wait', () => {
    expect(classifyError({ status: 401, text: '' })?.cause.id).toBe('auth.token_expired');
    expect(classifyError({ status: 429, text: null })?.cause).toMatchObject({ id: 'rate.limited', actor: 'wait' });
  });

  it('410 means a missing tariff only on the operation endpoint', () => {
    expect(classifyError({ status: 410, text: '', request: 'POST /api/1/energy_sites/42/operation' })?.cause.id).toBe(
      'energy.tou_without_tariff',
    );
    expect(classifyError({ status: 410, text: '', request: 'GET /api/1/products' })?.cause.id).toBe('http.unexplained');
  });

  it('status 0 is no answer (this computer’s connection); a 2xx is no error', () => {
    expect(classifyError({ status: 0 })?.cause.id).toBe('http.no_answer');
    expect(classifyError({ status: 200, text: '' })).toBeNull();
    expect(classifyError({ text: 'hello' })).toBeNull();
  });

  it('reads a command-status reason inside the response', () => {
    const body = {
      response: {
        result: false,
        reason: 'vehicle rejected request: your public key has not been paired with the vehicle',
      },
    };
    expect(classifyError({ status: 200, text: errorTextOfBody(body) })?.cause.id).toBe('vehicle.key_not_paired');
  });

  it('every status fallback points at a catalogue entry', () => {
    for (const s of [0, 400, 401, 402, 403, 404, 408, 412, 421, 423, 424, 429, 500, 502, 503, 504, 540]) {
      const got = classifyError({ status: s });
      expect(got && causeById(got.cause.id), String(s)).toBeTruthy();
    }
  });
});

describe('normalizeErrorText', () => {
  it('joins wrapped and quoted lines, straightens quotes and drops JSON escapes', () => {
    expect(normalizeErrorText('> vehicle rejected request: your public key\n>   has not been paired')).toBe(
      'vehicle rejected request: your public key has not been paired',
    );
    expect(normalizeErrorText('{\\"error\\":\\"login_required\\"}')).toBe('{"error":"login_required"}');
    expect(normalizeErrorText('The vehicle is not ‘online’.')).toBe("the vehicle is not 'online'.");
  });
});

describe('the catalogue knows every error text the simulator sends', () => {
  it('each of Tesla’s texts (shared/tesla/error-body.ts) names a cause by its text', async () => {
    const { TESLA_ERRORS } = await import('@shared/tesla/error-body');
    for (const [name, text] of Object.entries(TESLA_ERRORS)) {
      if (name === 'outOfRegionTail') continue; // half a message; the prefix carries it
      const got = classifyError({ status: 400, text });
      expect(got?.by, `${name}: ${text}`).toBe('text');
    }
  });
});
