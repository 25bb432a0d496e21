// Demo mode: the backend starts the embedded simulator, allows its origin, exposes it, reports it ready,
// and stops it; a bad scenario is an error status that says so, not a crash. The scenario is an explicit
// option; only the process edges read TCD_SCENARIO (demoOptionsFromEnv).
import { describe, expect, it } from 'vitest';
import { createBackend } from '@main/app/backend';
import { demoOptionsFromEnv } from '@main/simulator/demo-simulator';
import { tempDir } from '@test/support/temp-dir';

describe('demo mode', () => {
  it('start() runs the healthy simulator, allows its origin and says so; stop() ends it', async () => {
    const data = tempDir();
    const backend = createBackend({ mode: 'demo', dataDir: data.dir });
    const pushed: unknown[] = [];
    backend.events.addSink((event, payload) => event === 'app:statusChanged' && pushed.push(payload));
    expect(backend.status()).toEqual({ state: 'starting', messageKey: 'status.starting' });
    await backend.start();
    try {
      const sim = backend.context.simulator();
      expect(sim?.scenario.name).toBe('healthy');
      expect(sim?.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(backend.context.urlPolicy().extraOrigins).toEqual([sim!.origin]);
      expect(backend.status()).toEqual({ state: 'ready', messageKey: 'status.simulatorReady' });
      expect(pushed).toEqual([{ state: 'ready', messageKey: 'status.simulatorReady' }]);
      expect((await fetch(`${sim!.origin}/__sim/state`)).status).toBe(200);
    } finally {
      const origin = backend.context.simulator()!.origin;
      await backend.stop();
      expect(backend.context.simulator()).toBeNull();
      expect(backend.context.urlPolicy().extraOrigins).toEqual([]);
      await expect(fetch(`${origin}/__sim/state`)).rejects.toThrow();
      data.remove();
    }
  });

  it('the demo option picks another scenario; an unknown one leaves an error status naming the problem', async () => {
    const data = tempDir();
    const ok = createBackend({ mode: 'demo', dataDir: data.dir, demo: { scenario: 'off-grid' } });
    await ok.start();
    expect(ok.context.simulator()?.scenario.name).toBe('off-grid');
    await ok.stop();

    const bad = createBackend({ mode: 'demo', dataDir: data.dir, demo: { scenario: 'no-such-scenario' } });
    await bad.start();
    expect(bad.context.simulator()).toBeNull();
    expect(bad.status()).toMatchObject({ state: 'error', messageKey: 'status.simulatorFailed' });
    expect(bad.status().detail).toMatch(/Unknown scenario "no-such-scenario"/);
    await bad.stop();
    data.remove();
  });

  it('the process edges read the scenario, auto-consent and latency from the environment', () => {
    expect(demoOptionsFromEnv({ TCD_SCENARIO: ' off-grid ', TCD_AUTO_CONSENT: '1', TCD_SIM_LATENCY_MS: '40' })).toEqual(
      { scenario: 'off-grid', autoConsent: true, latencyMs: 40 },
    );
    expect(demoOptionsFromEnv({ TCD_SIM_LATENCY_MS: 'x', TCD_AUTO_CONSENT: '0' })).toEqual({});
  });

  it('Tesla mode starts no simulator', async () => {
    const data = tempDir();
    const backend = createBackend({ mode: 'tesla', dataDir: data.dir });
    await backend.start();
    expect(backend.context.simulator()).toBeNull();
    expect(backend.status().messageKey).toBe('status.teslaReady');
    await backend.stop();
    data.remove();
  });
});
