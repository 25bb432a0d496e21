import { describe, expect, it } from 'vitest';
// The rules' own findings, before layering (test/unit/shared/checklist/layers.test.ts).
import { judgeChecks as build } from '@shared/checklist/build-checks';
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import { allInEnglish } from '@test/support/english-checks';
import { REQ } from '@shared/checklist/checklist-input';
import { answer, CAR, handInput, SITE } from '@test/support/checklist-input';

const buildChecks = (input: ChecklistInput) => allInEnglish(build(input));

const discovery = (responses: Parameters<typeof handInput>[0], scopes?: string[]) =>
  buildChecks(handInput(responses, scopes ? { grantedScopes: scopes } : {})).find(
    (c) => c.id === 'energy.site_discovery',
  );

describe('energy.site_discovery', () => {
  it('no site: fails with the consenting account’s e-mail, and says a new install may need days', () => {
    const c = discovery([
      answer(REQ.products, { response: [CAR] }),
      answer(REQ.me, { response: { email: 'jordan@example.com', full_name: 'Jordan' } }),
    ]);
    expect(c).toMatchObject({
      status: 'fail',
      text: { key: 'discovery.none', params: { email: 'jordan@example.com' } },
      fix: { actor: 'installer' },
    });
    expect(c?.detail).toMatch(/wrong Tesla account.*days/);
  });

  it('no site and users/me not read: says so instead of inventing an e-mail', () => {
    expect(discovery([answer(REQ.products, { response: [] })])?.text?.params).toMatchObject({ email: 'not read' });
    expect(
      discovery([answer(REQ.products, { response: [] })], ['openid', 'energy_device_data'])?.text?.params.email,
    ).toMatch(/Profile Information/);
  });

  it('no site without Energy Product Information is unknown: Tesla may leave sites out', () => {
    expect(discovery([answer(REQ.products, { response: [] })], ['openid', 'user_data'])?.status).toBe('unknown');
  });

  it('one site with a battery passes; several name the ones with a battery', () => {
    expect(discovery([answer(REQ.products, { response: [SITE] })])).toMatchObject({
      status: 'pass',
      text: { key: 'discovery.ok', params: { site: 'Home' } },
    });
    const two = discovery([
      answer(REQ.products, {
        response: [
          SITE,
          { ...SITE, energy_site_id: 43, site_name: 'Barn', components: { battery: false, solar: true } },
        ],
      }),
    ]);
    expect(two).toMatchObject({
      status: 'pass',
      text: { key: 'discovery.several', params: { count: 2, battery: 'Home' } },
    });
    const both = discovery([
      answer(REQ.products, { response: [SITE, { ...SITE, energy_site_id: 43, site_name: 'Barn' }] }),
    ]);
    expect(both).toMatchObject({
      status: 'warn',
      text: { params: { battery: 'Home, Barn' } },
      fix: { actor: 'platform' },
    });
  });

  it('a Wall-Connector-only account is named as such', () => {
    const wc = {
      energy_site_id: 7,
      resource_type: 'wall_connector',
      site_name: 'Garage',
      components: { battery: false, solar: false, wall_connectors: [{ din: 'x' }] },
    };
    expect(discovery([answer(REQ.products, { response: [wc] })])).toMatchObject({
      status: 'fail',
      text: { key: 'discovery.wall_connector' },
    });
  });

  it('says nothing when the product list itself failed (the connection check does)', () => {
    expect(discovery([answer(REQ.products, null, 0)])).toBeUndefined();
  });
});
