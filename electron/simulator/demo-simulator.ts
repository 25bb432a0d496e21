// Main process (plain Node). The simulator the app embeds in demo mode: the "healthy" scenario unless the
// options name another (a catalogue name or a JSON file), real-time speed, a free port. The options come
// in explicitly (the composition's `demo`); only the process edges (the desktop shell, `npm start`) read
// them from the environment, with demoOptionsFromEnv: TCD_SCENARIO, TCD_AUTO_CONSENT=1 (skip the consent
// page), TCD_SIM_LATENCY_MS (a delay on every request, for the benchmark's first-checklist figure).
import { DEFAULT_SCENARIO, startSimulator, type RunningSimulator } from './index';

export interface DemoSimulatorOptions {
  /** A catalogue name or a scenario file; the default scenario when absent. */
  scenario?: string;
  autoConsent?: boolean;
  latencyMs?: number;
  /** Simulated time speed (1 = real time, 0 = paused: tests and the connect benchmark). */
  speed?: number;
}

export function startDemoSimulator(options: DemoSimulatorOptions = {}): Promise<RunningSimulator> {
  return startSimulator({
    scenario: options.scenario?.trim() || DEFAULT_SCENARIO,
    autoConsent: options.autoConsent === true,
    ...(options.latencyMs && options.latencyMs > 0 ? { latencyMs: options.latencyMs } : {}),
    ...(options.speed !== undefined ? { speed: options.speed } : {}),
    // The Demo profile connects through the platform, so a new user sees the safe way in first.
    platform: true,
  });
}

/** The demo options a user may set in the environment of the desktop app or `npm start`. */
export function demoOptionsFromEnv(env: NodeJS.ProcessEnv): DemoSimulatorOptions {
  const latencyMs = Number(env.TCD_SIM_LATENCY_MS);
  return {
    ...(env.TCD_SCENARIO?.trim() ? { scenario: env.TCD_SCENARIO.trim() } : {}),
    ...(env.TCD_AUTO_CONSENT === '1' ? { autoConsent: true } : {}),
    ...(Number.isFinite(latencyMs) && latencyMs > 0 ? { latencyMs } : {}),
  };
}
