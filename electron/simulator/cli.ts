// The standalone simulator: `npm run sim -- --scenario <name|file> --port <n> [--speed N] [--latency-ms N]
// [--auto-consent] [--platform [--homes N --seed S]]`. Prints its base URLs and runs until Ctrl-C.
import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO, loadScenario, scenarioNames, startSimulator } from './index';

/**
 * One line per catalogue scenario: its name, then its description (what it shows), and what in it is the
 * simulator's own guess ("inferred").
 */
export function scenarioList(): string {
  const width = Math.max(...scenarioNames.map((n) => n.length));
  return scenarioNames
    .map((name) => {
      const s = loadScenario(name);
      const inferred = s.inferred?.length ? ` [inferred: ${s.inferred.join('; ')}]` : '';
      return `${name.padEnd(width)}  ${s.description ?? ''}${inferred}`.trimEnd();
    })
    .join('\n');
}

function fail(message: string): never {
  console.error(`sim: ${message}`);
  process.exit(2);
}

function numberOpt(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    fail(`--${name} must be a number from ${min} to ${max} (got "${value}")`);
  return n;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        scenario: { type: 'string', default: DEFAULT_SCENARIO },
        port: { type: 'string' },
        speed: { type: 'string' },
        'latency-ms': { type: 'string' },
        'auto-consent': { type: 'boolean', default: false },
        platform: { type: 'boolean', default: false },
        homes: { type: 'string' },
        seed: { type: 'string' },
        list: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    fail(`${(e as Error).message}. Try --help.`);
  }
  if (values.help) {
    console.log(
      'usage: npm run sim -- --scenario <name|file.json> [--port N] [--speed N] [--latency-ms N] [--auto-consent] [--platform [--homes N] [--seed S]] [--list]',
    );
    return;
  }
  if (values.list) {
    console.log(scenarioList());
    return;
  }
  const homeCount = numberOpt(values.homes, 'homes', 1, 100_000);
  const seed = numberOpt(values.seed, 'seed', 0, 2 ** 32 - 1) ?? 1;
  if (homeCount !== undefined && !values.platform) fail('--homes needs --platform (the homes are its customers)');
  if (homeCount !== undefined && !Number.isInteger(homeCount)) fail('--homes must be a whole number');
  let sim;
  try {
    sim = await startSimulator({
      scenario: values.scenario,
      port: numberOpt(values.port, 'port', 0, 65535),
      speed: numberOpt(values.speed, 'speed', 0, 1_000_000),
      latencyMs: numberOpt(values['latency-ms'], 'latency-ms', 0, 60_000),
      autoConsent: values['auto-consent'],
      platform: values.platform,
      ...(homeCount !== undefined ? { homes: { count: homeCount, seed: Math.floor(seed) } } : {}),
    });
  } catch (e) {
    fail((e as Error).message);
  }
  console.log(`Fleet API simulator (scenario "${sim.scenario.name}") at ${sim.origin}`);
  for (const [region, url] of Object.entries(sim.regionBaseUrls)) console.log(`  ${region} base URL: ${url}`);
  console.log(`  sign-in: ${sim.origin}/oauth2/v3/authorize   token: ${sim.origin}/oauth2/v3/token`);
  console.log(`  admin:   ${sim.origin}/__sim/state   client_id: ${sim.demoClient.clientId}`);
  if (sim.platform)
    console.log(
      `  demo platform: ${sim.platform.baseUrl}   agent key: ${sim.platform.agentKey} (a demo key, not a secret)`,
    );
  if (homeCount !== undefined)
    console.log(
      `  homes:   ${homeCount} (seed ${Math.floor(seed)}), expected causes at ${sim.origin}/__sim/platform/customers`,
    );
  console.log('Press Ctrl-C to stop.');
  const stop = () => void sim.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run only as the command, not when a test imports scenarioList.
if (process.argv[1] && /cli\.[cm]?[jt]s$/.test(process.argv[1])) void main();
