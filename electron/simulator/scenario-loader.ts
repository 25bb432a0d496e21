// Main process (plain Node). Finds a scenario by catalogue name or JSON file path and validates it, with
// an error that says what is wrong and what to do next.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { TeslaErrorBodySchema } from '@shared/tesla/error-body';
import { catalogue } from './scenarios/catalogue';
import { ScenarioSchema, type Scenario, type ScenarioInput } from './scenario-schema';

export const scenarioNames: string[] = Object.keys(catalogue);
export const DEFAULT_SCENARIO = 'healthy';

export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

export function parseScenario(input: unknown, source = 'scenario'): Scenario {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ScenarioError(
      `${source} is not a valid scenario (${detail}). Fix the file or start from one of: ${scenarioNames.join(', ')}.`,
    );
  }
  return parsed.data;
}

/** A catalogue name ("healthy") or a path to a scenario JSON file. */
export function loadScenario(nameOrFile: string): Scenario {
  const known = catalogue[nameOrFile];
  if (known) return parseScenario(structuredClone(known), `scenario "${nameOrFile}"`);
  if (!/[/\\]|\.json$/i.test(nameOrFile)) {
    throw new ScenarioError(
      `Unknown scenario "${nameOrFile}". Use one of: ${scenarioNames.join(', ')}, or a path to a scenario JSON file.`,
    );
  }
  let text: string;
  try {
    text = readFileSync(nameOrFile, 'utf8');
  } catch (e) {
    throw new ScenarioError(
      `Cannot read scenario file ${nameOrFile} (${(e as NodeJS.ErrnoException).code ?? 'error'}). Check the path.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ScenarioError(`Scenario file ${nameOrFile} is not valid JSON. Check its syntax.`);
  }
  return parseScenario(json, `Scenario file ${nameOrFile}`);
}

export function resolveScenario(s: Scenario | ScenarioInput | string): Scenario {
  return typeof s === 'string' ? loadScenario(s) : parseScenario(s);
}

const ProductsBody = z.looseObject({ response: z.array(z.record(z.string(), z.unknown())) });

/**
 * Builds a scenario from captured Tesla responses (a customer's case, or the public samples): the
 * products body, and per energy site its site_info and live_status bodies. Vehicles get
 * `keyPaired: null` unless given (the capture does not say).
 */
export function scenarioFromCaptures(c: {
  name: string;
  region?: 'NA' | 'EU' | 'CN';
  grantedScopes?: string[];
  products: unknown;
  siteInfo?: Record<string, unknown>;
  liveStatus?: Record<string, unknown>;
  keyPaired?: Record<string, boolean | null>;
}): Scenario {
  const parsedProducts = ProductsBody.safeParse(c.products);
  if (!parsedProducts.success)
    throw new ScenarioError(
      `captures "${c.name}": products is not a products response ({"response": [...]}). Capture GET /api/1/products as returned.`,
    );
  const products = parsedProducts.data.response;
  const inner = (v: unknown) => {
    if (v === undefined) return undefined;
    const e = TeslaErrorBodySchema.safeParse(v);
    if (!e.success || !e.data.response || typeof e.data.response !== 'object') {
      throw new ScenarioError(
        `captures "${c.name}": a site_info or live_status capture is not a {"response": {...}} body. Capture it as returned.`,
      );
    }
    return e.data.response as Record<string, unknown>;
  };
  return parseScenario(
    {
      name: c.name,
      account: {
        region: c.region ?? 'NA',
        grantedScopes: c.grantedScopes ?? [
          'openid',
          'offline_access',
          'user_data',
          'vehicle_device_data',
          'vehicle_cmds',
          'energy_device_data',
          'energy_cmds',
        ],
        email: 'customer@example.com',
        fullName: 'Captured Customer',
      },
      energySites: products
        .filter((p) => typeof p.energy_site_id === 'number')
        .map((p) => {
          const id = String(p.energy_site_id);
          return { product: p, siteInfo: inner(c.siteInfo?.[id]), liveStatus: inner(c.liveStatus?.[id]) };
        }),
      vehicles: products
        .filter((p) => typeof p.vin === 'string')
        .map((p) => ({ product: p, keyPaired: c.keyPaired?.[String(p.vin)] ?? null })),
      faults: [],
    },
    `captures "${c.name}"`,
  );
}
