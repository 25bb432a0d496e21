// Main process (plain Node). Field-name rules by meaning: which keys hold a secret, a VIN, personal details
// (name, e-mail, phone, address, location) or an id that must be hashed, judged from the words in the name
// (`installation_address`, `customer_phone`, `active_route_destination`, `x-api-key` alike), and which are
// known to be safe evidence (settings, versions, timestamps, watts) and kept verbatim. Names are compared in
// snake_case, so `accessToken` and `access_token` match alike.
import type { RedactionCategory } from '@shared/redaction/redaction-preview';

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

// A field named for a person holds their name (`owner`, `homeowner`, `contact_person`): removed whole.
const PERSON_WORDS = new Set([
  'person',
  'persons',
  'owner',
  'owners',
  'homeowner',
  'homeowners',
  'tenant',
  'resident',
  'occupant',
]);
// Notes people type about a visit (`installer_notes`, `customer_comment`) name the people in them: removed whole.
const NOTE_WORDS = new Set(['note', 'notes', 'comment', 'comments', 'remark', 'remarks', 'memo']);
const NOTE_AUTHORS = new Set(['installer', 'customer', 'homeowner', 'owner', 'technician', 'visit', 'site', 'support']);

// Words that make a field personal wherever they sit in its name.
const SECRET_WORDS = new Set([
  'token',
  'tokens',
  'secret',
  'secrets',
  'password',
  'passwd',
  'passphrase',
  'cookie',
  'credential',
  'credentials',
  'bearer',
  'salt',
]);
const ADDRESS_WORDS = new Set([
  'address',
  'addr',
  'street',
  'city',
  'town',
  'postal',
  'postcode',
  'zip',
  'zipcode',
  'house',
]);
const PHONE_WORDS = new Set(['phone', 'phones', 'telephone', 'tel', 'mobile', 'cellphone', 'fax', 'msisdn', 'sms']);
const LOCATION_WORDS = new Set([
  'gps',
  'location',
  'locations',
  'coordinates',
  'coordinate',
  'coords',
  'geo',
  'geolocation',
  'geohash',
  'destination',
  'latitude',
  'longitude',
]);
const LOCATION_LAST = new Set(['lat', 'lng', 'lon', 'long']);
// A key under any of these names; `public_key` is not a secret, `key_paired_vins` does not end in key.
const KEY_NOT_SECRET = new Set([
  'key',
  'public_key',
  'sort_key',
  'primary_key',
  'foreign_key',
  'i18n_key',
  'message_key',
  'text_key',
]);
// Names ending in _name that name a thing, not a person or a place.
const THING_NAMES = new Set([
  'part_name',
  'product_name',
  'model_name',
  'tariff_name',
  'utility_name',
  'plan_name',
  'file_name',
  'event_name',
  'host_name',
  'app_name',
  'step_name',
  'check_name',
  'field_name',
  'scenario_name',
  'region_name',
  'resource_name',
  'package_name',
  'channel_name',
  'error_name',
]);

/**
 * Evidence known to be safe, kept verbatim (value patterns included: a timestamp is not a phone number):
 * the checklist's fields, Tesla's settings, versions, times and measurements.
 */
const SAFE = new Set([
  'refresh_token_held',
  'exp',
  'scp',
  'ou_code',
  'default_real_mode',
  'customer_preferred_export_rule',
  'disallow_charge_from_grid_with_solar_installed',
  'non_export_configured',
  'installation_time_zone',
  'time_zone',
  'timezone',
  'island_status',
  'grid_status',
  'resource_type',
  'battery_type',
  'solar_type',
  'part_number',
  'part_type',
  'access_type',
  'state',
  'status',
  'timestamp',
  'version',
  'generated_at',
  'received_at',
  'started_at',
  'schema',
]);
const SAFE_SUFFIX =
  /_(version|at|date|datetime|time|timestamp|power|percent|percentage|energy|w|wh|kw|kwh|watts|count|mode)$/;

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
  const words = k.split('_').filter(Boolean);
  const last = words[words.length - 1] ?? '';
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  if (KEEP.has(k) || SAFE.has(k)) return { kind: 'keep' };
  if (k === 'code') return { kind: 'code' };
  // `access_token_expires_at` is a time and `token_count` a number: the suffix says what the value is.
  if (
    SECRET.has(k) ||
    (has(SECRET_WORDS) && !SAFE_SUFFIX.test(k)) ||
    k.endsWith('apikey') ||
    (last === 'key' && !KEY_NOT_SECRET.has(k))
  )
    return { kind: 'secret' };
  if (k === 'vin' || last === 'vin') return { kind: 'vin' };
  if (words.includes('email')) return { kind: 'remove', category: 'email' };
  if (k === 'customer_label') return { kind: 'remove', category: 'customer_label' };
  if (NAME.has(k) || (last === 'name' && words.length > 1 && !THING_NAMES.has(k)))
    return { kind: 'remove', category: 'name' };
  if (has(ADDRESS_WORDS) || /^address_?line\d$|^line\d$/.test(k)) return { kind: 'remove', category: 'address' };
  if (has(PHONE_WORDS)) return { kind: 'remove', category: 'phone' };
  if (has(LOCATION_WORDS) || LOCATION_LAST.has(last)) return { kind: 'remove', category: 'location' };
  const prefix = HASHED[k];
  if (prefix) return { kind: 'hash', prefix };
  if (SAFE_SUFFIX.test(k)) return { kind: 'keep' };
  if (has(PERSON_WORDS) || (has(NOTE_WORDS) && has(NOTE_AUTHORS))) return { kind: 'remove', category: 'name' };
  return null;
}

const SITE_MARKERS = [
  'energy_site_id',
  'site_name',
  'resource_type',
  'gateway_id',
  'asset_site_id',
  'components',
  'installation_date',
];
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
