// `npm run sim`: lists the catalogue, refuses bad input with a clear message, and serves until stopped.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioNames } from '@main/simulator';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const args = (...rest: string[]) => ['--import', 'tsx', 'electron/simulator/cli.ts', ...rest];

describe('sim CLI', () => {
  it('--list prints the catalogue; an unknown scenario or bad number exits 2 saying what to do', () => {
    const list = spawnSync(process.execPath, args('--list'), { cwd: root, encoding: 'utf8' });
    expect(list.status).toBe(0);
    // One line per scenario: its name, then its one-line description.
    const lines = list.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(scenarioNames.length);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(scenarioNames);
    expect(lines.find((l) => l.startsWith('partner-not-registered '))).toMatch(
      /^partner-not-registered\s+The platform is not registered in this region/,
    );
    for (const line of lines) expect(line.split(/\s{2,}/)[1], line).toMatch(/\S/);
    const bad = spawnSync(process.execPath, args('--scenario', 'nope'), { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown scenario "nope"\. Use one of: /);
    const speed = spawnSync(process.execPath, args('--speed', 'fast'), { cwd: root, encoding: 'utf8' });
    expect(speed.status).toBe(2);
    expect(speed.stderr).toMatch(/--speed must be a number/);
    const lone = spawnSync(process.execPath, args('--homes', '10'), { cwd: root, encoding: 'utf8' });
    expect(lone.status).toBe(2);
    expect(lone.stderr).toMatch(/--homes needs --platform/);
    const many = spawnSync(process.execPath, args('--platform', '--homes', '0'), { cwd: root, encoding: 'utf8' });
    expect(many.status).toBe(2);
    expect(many.stderr).toMatch(/--homes must be a number from 1/);
  });

  it('--platform --homes N --seed S lists N homes with their expected causes', async () => {
    const child = spawn(process.execPath, args('--platform', '--homes', '12', '--seed', '5', '--speed', '0'), {
      cwd: root,
    });
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m && out.includes('Ctrl-C')) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    try {
      const body = (await (await fetch(`${origin}/__sim/platform/customers`)).json()) as {
        customers: Array<{ ref: string; expectedCause: string; connectionAlive: boolean }>;
      };
      expect(body.customers.map((c) => c.ref)).toEqual(
        Array.from({ length: 12 }, (_, i) => `c-${String(i + 1).padStart(5, '0')}`),
      );
      for (const c of body.customers) expect(c.expectedCause).toMatch(/^(healthy|[a-z_]+\.[a-z_]+)$/);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
  });

  it('prints its base URL, answers there, and stops on SIGINT', async () => {
    const child = spawn(process.execPath, args('--scenario', 'healthy', '--port', '0', '--speed', '0'), { cwd: root });
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m && out.includes('Ctrl-C')) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const state = (await (await fetch(`${origin}/__sim/state`)).json()) as { response: unknown };
    expect(state.response).toMatchObject({ scenario: 'healthy', speed: 0 });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
