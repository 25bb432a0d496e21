// Main process (plain Node). What the simulator answered, for the admin API and benchmarks. Holds no
// secrets: path only (queries carry codes and state), never headers or bodies.
import type { BillingClass } from './sim-types';

export interface RequestLogEntry {
  seq: number;
  /** Simulated epoch ms when the request arrived. */
  at: number;
  method: string;
  /** The full path as called, including a regional prefix, without the query. */
  path: string;
  regionPrefix: '' | '/na' | '/eu' | '/cn';
  billing: BillingClass;
  status: number;
  /** Tesla bills data, command and wake requests answered below 500. */
  billed: boolean;
  /** Real milliseconds spent answering (latency and fault delays included). */
  durationMs: number;
  /** Set when a scenario fault produced the answer. */
  fault?: boolean;
}

const MAX_ENTRIES = 10_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  add(e: Omit<RequestLogEntry, 'seq' | 'billed'>): void {
    const billed = (e.billing === 'data' || e.billing === 'command' || e.billing === 'wake') && e.status < 500;
    this.entries.push({ ...e, seq: ++this.seq, billed });
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  list(): RequestLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries = [];
  }
}
