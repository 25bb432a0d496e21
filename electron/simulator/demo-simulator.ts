// Main process (plain Node). The simulator the app embeds in demo mode: the "healthy" scenario unless
// TCD_SCENARIO names another (a catalogue name or a JSON file), real-time speed, a free port.
// TCD_AUTO_CONSENT=1 skips the consent page (headless runs); TCD_SIM_LATENCY_MS adds that delay to every
// request (the benchmark's first-checklist figure).
import { DEFAULT_SCENARIO, startSimulator, type RunningSimulator } from './index';

export function startDemoSimulator(env: NodeJS.ProcessEnv = process.env): Promise<RunningSimulator> {
  const latencyMs = Number(env.TCD_SIM_LATENCY_MS);
  return startSimulator({
    scenario: env.TCD_SCENARIO?.trim() || DEFAULT_SCENARIO,
    autoConsent: env.TCD_AUTO_CONSENT === '1',
    ...(Number.isFinite(latencyMs) && latencyMs > 0 ? { latencyMs } : {}),
  });
}
