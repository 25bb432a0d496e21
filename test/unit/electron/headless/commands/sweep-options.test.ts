// --stale-after durations and the store label (never a password in a message).
import { describe, expect, it } from 'vitest';
import { parseDuration, storeLabel } from '@main/headless/commands/sweep-options';

describe('parseDuration', () => {
  it('reads 0s, 90s, 30m, 6h, 2d, 500ms', () => {
    expect(['0s', '90s', '30m', '6h', '2d', '500ms'].map(parseDuration)).toEqual([
      0, 90_000, 1_800_000, 21_600_000, 172_800_000, 500,
    ]);
  });
  it('refuses anything else', () => {
    expect(['', '6', '-1h', '1.5h', '1w', '1h30m', '9'.repeat(12) + 's'].map(parseDuration)).toEqual(
      Array(7).fill(null),
    );
  });
});

describe('storeLabel', () => {
  it('drops the password from a postgres URL', () => {
    expect(storeLabel('postgres://desk:hunter2@db.example:5432/doctor')).toBe('postgres://desk@db.example:5432/doctor');
  });
});
