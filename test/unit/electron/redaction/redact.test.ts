import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '@main/redaction/redact';
import { RedactionPreviewSchema } from '@shared/redaction/redaction-preview';

const fixtures = fileURLToPath(new URL('../../../fixtures/tesla-public', import.meta.url));
const load = (name: string): unknown => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));

// Token-shaped strings as an OAuth server issues them (made up here, same shapes).
const jwt =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwic2NwIjpbIm9wZW5pZCJdLCJvdV9jb2RlIjoiTkEifQ.c2lnbmF0dXJlLXBhcnQtaGVyZQ';
const refresh = 'NA_9f2c4b7a1e6d3c8b5a2f9e4d7c1b6a3f8e5d2c9b4a7f1e6d3c8b5a2f9e4d7c1b';
const authCode = 'EU_a1b2c3d4e5f6a7b8c9d0';
const base64Secret = 'Zk9xT2pQcVJzVHVWd1h5WmFCY0RlRmdIaUprTG1Ocm9QcQ3';
const hexSecret = '3f9a2c7e1b5d4a8c9e0f1a2b3c4d5e6f7a8b9c0d';
const vin = 'LRW3F7EK4NC700000';

const stringify = (v: unknown) => JSON.stringify(v);

describe('createRedactor: the public samples', () => {
  const r = createRedactor({ salt: 'fixed-test-salt' });

  it('products: VIN masked to its last 6, names and tokens gone, site ids hashed', () => {
    const out = r.redact(load('products.json')) as { response: Record<string, unknown>[] };
    const [car, site, bare] = out.response;
    expect(car!.vin).toBe('…700000');
    expect(car!.display_name).toBe('[removed]');
    expect(car!.tokens).toBe('[redacted]');
    expect(car!.id).toMatch(/^vehicle#[0-9a-f]{6}$/);
    expect(car!.user_id).toMatch(/^user#[0-9a-f]{6}$/);
    expect(car!.id_s).toMatch(/^vehicle#[0-9a-f]{6}$/);
    // Not personal: kept so support can read the response.
    expect(car!.access_type).toBe('OWNER');
    expect(car!.state).toBe('asleep');
    expect(car!.backseat_token).toBeNull();

    expect(site!.energy_site_id).toMatch(/^site#[0-9a-f]{6}$/);
    expect(site!.site_name).toBe('[removed]');
    expect(site!.gateway_id).toMatch(/^gateway#[0-9a-f]{6}$/);
    expect(site!.asset_site_id).toMatch(/^site#/);
    expect(site!.warp_site_number).toMatch(/^site#/);
    expect(site!.id).toMatch(/^site#/);
    expect(site!.battery_type).toBe('ac_powerwall');
    expect(site!.percentage_charged).toBeCloseTo(57.07, 1);
    const connectors = (site!.components as { wall_connectors: { din: string; device_id: string }[] }).wall_connectors;
    expect(connectors[0]!.din).toMatch(/^device#/);
    expect(connectors[0]!.device_id).toMatch(/^device#/);
    expect(bare!.energy_site_id).toMatch(/^site#/);

    const text = stringify(out);
    for (const secret of [vin, '"Test"', '"Energy Site"', 'ABC123', 'c0ffee', 'GA123456', '123-abc', '"abc"']) {
      expect(text).not.toContain(secret);
    }
  });

  it('site_info: serial numbers hashed, settings the checks need kept', () => {
    const out = r.redact(load('site_info.json')) as {
      response: Record<string, unknown> & { components: Record<string, unknown> };
    };
    const c = out.response.components;
    expect(c.customer_preferred_export_rule).toBe('pv_only');
    expect(c.disallow_charge_from_grid_with_solar_installed).toBe(true);
    expect(out.response.backup_reserve_percent).toBe(0);
    expect(out.response.version).toBe('23.44.0 eb113390');
    const battery = (c.batteries as Record<string, unknown>[])[0]!;
    expect(battery.serial_number).toMatch(/^serial#[0-9a-f]{6}$/);
    expect(battery.part_name).toBe('Powerwall 2');
    expect(battery.nameplate_energy).toBe(13500);
    const gateway = (c.gateways as Record<string, unknown>[])[0]!;
    expect(gateway.site_id).toMatch(/^site#/);
    expect(gateway.firmware_version).toBe('24.4.0 0fe780c9');
    expect(out.response.site_name).toBe('[removed]');
    expect(out.response.id).toMatch(/^site#/);
    const text = stringify(out);
    for (const secret of ['CN00000000J50D', 'TG000000001DA5', 'battery-1-din', 'gateway-din', '1233-abcd'])
      expect(text).not.toContain(secret);
  });

  it('live_status: wall connector DINs hashed, power values kept', () => {
    const out = r.redact(load('live_status.json')) as { response: Record<string, unknown> };
    expect(out.response.battery_power).toBe(5060);
    expect(out.response.island_status).toBe('on_grid');
    expect(stringify(out)).not.toContain('abd-123');
  });

  it('hashes the same id to the same value across responses, and two ids apart', () => {
    const live = r.redact(load('live_status.json')) as { response: { wall_connectors: { din: string }[] } };
    const info = r.redact(load('site_info.json')) as {
      response: { components: { wall_connectors: { din: string }[] } };
    };
    expect(live.response.wall_connectors[0]!.din).toBe(info.response.components.wall_connectors[0]!.din);
    expect(live.response.wall_connectors[0]!.din).not.toBe(live.response.wall_connectors[1]!.din);
    // A number and its string form (energy_site_id vs a subject id) hash alike.
    const a = r.redact({ energy_site_id: 123456 });
    const b = r.redact({ kind: 'energy_site', id: '123456' });
    expect(a.energy_site_id).toBe(b.id);
  });

  it('uses a fresh random salt per redactor, so hashes differ between reports', () => {
    const one = createRedactor().redact({ energy_site_id: 1 });
    const two = createRedactor().redact({ energy_site_id: 1 });
    expect(one.energy_site_id).not.toBe(two.energy_site_id);
  });

  it('does not change its input', () => {
    const input = load('products.json');
    const before = stringify(input);
    r.redact(input);
    expect(stringify(input)).toBe(before);
  });
});

describe('createRedactor: secrets by field name and by shape', () => {
  const r = createRedactor({ salt: 's' });

  it('removes token, code and secret fields in any casing', () => {
    const out = r.redact({
      access_token: jwt,
      refreshToken: refresh,
      id_token: 'x',
      client_secret: 'top',
      headers: { Authorization: `Bearer ${jwt}` },
      password: 'hunter2',
      code: authCode,
      partner_token: 'abc',
    });
    expect(Object.values(out).filter((v) => typeof v === 'string')).toEqual(Array(7).fill('[redacted]'));
    expect(out.headers.Authorization).toBe('[redacted]');
  });

  it('keeps numeric and identifier-like codes (an error code is not an auth code)', () => {
    expect(r.redact({ code: 201, message: 'Updated' })).toEqual({ code: 201, message: 'Updated' });
    expect(r.redact({ code: 'invalid_payload' }).code).toBe('invalid_payload');
  });

  it('finds token-shaped values under innocent field names and inside longer text', () => {
    const out = r.redact({
      note: `callback com.teslaconnectdoctor.app://auth?code=${authCode}&state=xyz123`,
      header: `Bearer ${base64Secret}`,
      blob: `token ${jwt} and ${refresh}`,
      hex: hexSecret,
      opaque: base64Secret,
      mail: 'Write to jane.doe+pw@example.co.uk',
      text: `car ${vin} needs pairing`,
      vins: [vin],
    });
    const text = stringify(out);
    for (const secret of [
      authCode,
      'xyz123',
      base64Secret,
      jwt.slice(0, 30),
      refresh.slice(0, 20),
      hexSecret,
      'jane.doe',
      vin,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(out.text).toBe('car …700000 needs pairing');
    expect(out.mail).toBe('Write to [email]');
    expect(out.vins).toEqual(['…700000']);
  });

  it('masks VINs used as keys (fleet_status vehicle_info)', () => {
    const out = r.redact({
      response: {
        key_paired_vins: [vin],
        unpaired_vins: [],
        vehicle_info: { [vin]: { firmware_version: '2024.14.30' } },
      },
    });
    expect(Object.keys(out.response.vehicle_info)).toEqual(['…700000']);
    expect(out.response.key_paired_vins).toEqual(['…700000']);
  });

  it('removes e-mail, names, street address and coordinates', () => {
    const out = r.redact({
      email: 'owner@example.com',
      full_name: 'Jane Doe',
      address: { street: '1 Main St', city: 'Springfield' },
      drive_state: { latitude: 37.4, longitude: -122.1, native_lat: 1, heading: 90 },
      location: { lat: 1, lon: 2 },
    });
    expect(out.email).toBe('[removed]');
    expect(out.full_name).toBe('[removed]');
    expect(out.address).toBe('[removed]');
    expect(out.drive_state).toEqual({
      latitude: '[removed]',
      longitude: '[removed]',
      native_lat: '[removed]',
      heading: 90,
    });
    expect(out.location).toBe('[removed]');
  });

  it('leaves ordinary text, paths, firmware versions, UUID-free ids and the integrity digest alone', () => {
    const digest = 'a'.repeat(64);
    const input = {
      request: 'GET /api/1/energy_sites/{id}/site_info',
      firmware: '24.4.0 0fe780c9',
      scopes: ['openid', 'offline_access', 'energy_device_data'],
      integrity: { algorithm: 'sha256', digest },
      checks: [{ id: 'energy.grid_charging', status: 'fail' }],
    };
    expect(r.redact(input)).toEqual(input);
  });

  it('handles checklist subjects and evidence by meaning', () => {
    const out = r.redact({
      subject: { kind: 'vehicle', id: vin, label: 'Jane’s Model 3' },
      site: { kind: 'energy_site', id: '123456', label: 'Home' },
      evidence: [
        { source: 'GET /api/1/products', field: 'response[1].site_name', value: 'Doe residence' },
        { source: 'GET /api/1/products', field: 'components.customer_preferred_export_rule', value: 'pv_only' },
      ],
    });
    expect(out.subject).toEqual({ kind: 'vehicle', id: '…700000', label: '[removed]' });
    expect(out.site.id).toMatch(/^site#/);
    expect(out.evidence[0]!.value).toBe('[removed]');
    expect(out.evidence[1]!.value).toBe('pv_only');
  });

  it('keeps the customer label only when the installer opts in', () => {
    expect(createRedactor().redact({ customerLabel: 'Job 4711 Doe' }).customerLabel).toBeNull();
    expect(createRedactor({ includeCustomerLabel: true }).redact({ customerLabel: 'Job 4711 Doe' }).customerLabel).toBe(
      'Job 4711 Doe',
    );

    // An opted-in label is kept as typed, even when it reads like an address (the value patterns would hide it).
    expect(
      createRedactor({ includeCustomerLabel: true }).redact({ customerLabel: 'Rivera, 4 Birch Lane' }).customerLabel,
    ).toBe('Rivera, 4 Birch Lane');
  });

  it('survives cycles, errors, dates and binary without leaking', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const out = r.redact({
      cyclic,
      err: new Error(`refresh failed for ${refresh}`),
      at: new Date(0),
      bin: new Uint8Array(3),
    });
    expect(out.cyclic.self).toBe('[circular]');
    expect(stringify(out)).not.toContain(refresh.slice(0, 20));
    expect(out.at).toBe('1970-01-01T00:00:00.000Z');
    expect(out.bin).toBe('[binary 3 bytes]');
  });
});

describe('preview', () => {
  it('lists what will be hidden with paths and categories, never the values', () => {
    const r = createRedactor({ salt: 'p' });
    const doc = {
      customerLabel: 'Doe',
      raw: [{ request: 'GET /api/1/products', body: load('products.json') }],
      token: refresh,
    };
    const preview = r.preview(doc);
    expect(RedactionPreviewSchema.parse(preview)).toEqual(preview);
    expect(preview.items).toContainEqual({
      path: 'raw[0].body.response[0].vin',
      category: 'vin',
      replacement: '…700000',
    });
    expect(preview.items).toContainEqual({
      path: 'customerLabel',
      category: 'customer_label',
      replacement: '[removed]',
    });
    expect(preview.counts.secret).toBeGreaterThanOrEqual(2);
    expect(preview.counts.identifier).toBeGreaterThan(5);
    expect(preview.total).toBe(preview.items.length);
    const text = stringify(preview);
    for (const secret of [vin, refresh.slice(0, 20), 'Energy Site', 'ABC123']) expect(text).not.toContain(secret);
  });
});

describe('redactText (log lines)', () => {
  const r = createRedactor();
  it.each([
    ['a JWT', `token=${jwt}`],
    ['a Bearer header', `Authorization: Bearer ${base64Secret}`],
    ['a refresh token in JSON', `{"refresh_token":"${refresh}"}`],
    ['a form body', `grant_type=authorization_code&client_id=abc&client_secret=s3cr3t-value&code=${authCode}`],
    ['a client secret as key: value', 'client_secret: s3cr3t-value'],
    ['an opaque code in JSON', '{"code":"abcdef0123456789XYZ"}'],
  ])('hides %s', (_name, line) => {
    const out = r.redactText(line);
    for (const secret of [jwt, base64Secret, refresh, 's3cr3t-value', authCode, 'abcdef0123456789XYZ'])
      expect(out).not.toContain(secret);
    expect(out).toMatch(/\[redacted/);
  });
  it('hides a hex secret behind any prefix, in any case', () => {
    const hex = 'ab'.repeat(32);
    for (const line of [`na_${hex}`, `refresh=tok_${hex}`, `key ${hex.toUpperCase()}`])
      expect(r.redactText(line)).not.toMatch(/(ab){8}/i);
    expect(r.redactText(`na_${hex}`)).toBe('na_[redacted:secret]');
  });
  it('leaves a plain line as it was', () => {
    const line = 'GET /api/1/energy_sites/site#3f9a2c/live_status 200 in 41 ms';
    expect(r.redactText(line)).toBe(line);
  });
});
