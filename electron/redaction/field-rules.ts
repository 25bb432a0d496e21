// Main process (plain Node). Field-name rules: which keys hold a secret, a VIN, personal details or an id
// that must be hashed. Names are compared in snake_case, so `accessToken` and `access_token` match alike.
import type { RedactionCategory } from '../../shared/redaction/redaction-preview';

export type FieldRule =
  | { kind: 'secret' }
  | { kind: 'vin' }
  | { kind: 'remove'; category: Exclude<RedactionCategory, 'secret' | 'vin' | 'identifier'> }
  | { kind: 'hash'; prefix: string }
  | { kind: 'code' }
  | { kind: 'keep' };

export function normalizeKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[-\s]/g, '_');
}

const SECRET = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'token',
  'tokens',
  'auth_code',
  'authorization_code',
  'client_secret',
  'secret',
  'authorization',
  'password',
  'passwd',
  'api_key',
  'apikey',
  'private_key',
  'code_verifier',
  'cookie',
  'set_cookie',
  'bearer',
  'salt',
]);

// display_name and site_name are free text the owner typed: often a person's name or the street.
const NAME = new Set([
  'name',
  'full_name',
  'first_name',
  'last_name',
  'given_name',
  'family_name',
  'display_name',
  'site_name',
  'vehicle_name',
  'owner_name',
  'customer_name',
  'nickname',
  'username',
  'user_name',
]);

const ADDRESS = /^(address|street|street_address|address_line_?\d|address\d|city|postal_code|postcode|zip|zip_code|zipcode|house_number)$/;
const LOCATION = /(^|_)(lat|lng|lon|long|latitude|longitude)$|^(location|coordinates|coords|geolocation|geo|gps_.*|drive_state_location)$/;

const HASHED: Record<string, string> = {
  energy_site_id: 'site',
  site_id: 'site',
  asset_site_id: 'site',
  warp_site_number: 'site',
  gateway_id: 'gateway',
  din: 'device',
  device_id: 'device',
  serial_number: 'serial',
  serial: 'serial',
  vehicle_id: 'vehicle',
  id_s: 'vehicle',
  user_id: 'user',
  sub: 'user',
};

// Kept verbatim even when the value looks like a secret: our own integrity digest.
const KEEP = new Set(['digest', 'sha256', 'algorithm']);

const ruleCache = new Map<string, FieldRule | null>();

/** The rule for one key. `id` depends on the object it sits in (see `idRule`). */
export function fieldRule(key: string): FieldRule | null {
  // API responses repeat the same few hundred keys: work each out once.
  const cached = ruleCache.get(key);
  if (cached !== undefined || ruleCache.has(key)) return cached ?? null;
  const rule = computeRule(key);
  if (ruleCache.size < 5000) ruleCache.set(key, rule);
  return rule;
}

function computeRule(key: string): FieldRule | null {
  const k = normalizeKey(key);
  if (KEEP.has(k)) return { kind: 'keep' };
  if (k === 'code') return { kind: 'code' };
  if (SECRET.has(k) || k.endsWith('_token') || k.endsWith('_secret') || k.endsWith('_password')) return { kind: 'secret' };
  if (k === 'vin') return { kind: 'vin' };
  if (k === 'email' || k.endsWith('_email') || k === 'email_address') return { kind: 'remove', category: 'email' };
  if (k === 'customer_label') return { kind: 'remove', category: 'customer_label' };
  if (NAME.has(k)) return { kind: 'remove', category: 'name' };
  if (ADDRESS.test(k)) return { kind: 'remove', category: 'address' };
  if (LOCATION.test(k)) return { kind: 'remove', category: 'location' };
  const prefix = HASHED[k];
  if (prefix) return { kind: 'hash', prefix };
  return null;
}

const SITE_MARKERS = ['energy_site_id', 'site_name', 'resource_type', 'gateway_id', 'asset_site_id', 'components', 'installation_date'];
const VEHICLE_MARKERS = ['vin', 'vehicle_id', 'id_s', 'vehicle_config', 'access_type'];

/**
 * The generic `id` key: hashed inside a site or vehicle object (and in a checklist subject), kept elsewhere
 * (a check's id such as `energy.grid_charging` is vocabulary, not a person's data).
 */
export function idRule(container: Record<string, unknown>): FieldRule | null {
  const keys = Object.keys(container).map(normalizeKey);
  const kind = container.kind;
  if (kind === 'energy_site') return { kind: 'hash', prefix: 'site' };
  if (kind === 'vehicle') return { kind: 'vin' };
  if (kind === 'account') return { kind: 'hash', prefix: 'account' };
  if (keys.some((k) => VEHICLE_MARKERS.includes(k))) return { kind: 'hash', prefix: 'vehicle' };
  if (keys.some((k) => SITE_MARKERS.includes(k))) return { kind: 'hash', prefix: 'site' };
  return null;
}

/** A checklist subject's label is the site's or car's name: treat it as a name. */
export function labelRule(container: Record<string, unknown>): FieldRule | null {
  return container.kind === 'energy_site' || container.kind === 'vehicle' || container.kind === 'account'
    ? { kind: 'remove', category: 'name' }
    : null;
}
