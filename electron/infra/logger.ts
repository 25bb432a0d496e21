// Main process (plain Node). Structured JSON-lines logs, rotated by size. Every line goes through the
// redactor before it touches the disk, so a token passed by mistake is never written.
import { appendFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRedactor, type Redactor } from '../redaction/redact';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(event: string, fields?: object): void;
  warn(event: string, fields?: object): void;
  error(event: string, fields?: object): void;
  /** The folder the log files are in. */
  readonly dir: string;
  /** The log files, current one first, then older ones (for the support bundle). */
  files(): string[];
  /** The same redaction the log applies, for text that goes elsewhere (the console). */
  redactText(text: string): string;
}

export interface LoggerOptions {
  /** The OS's log folder in Electron (app.getPath('logs')); `<dataDir>/logs` in plain Node. */
  dir: string;
  /** Base file name; rotated files are `<name>.1.log`, `<name>.2.log`, … */
  name?: string;
  /** Rotate when the current file would grow past this many bytes. */
  maxBytes?: number;
  /** Rotated files kept besides the current one. */
  maxFiles?: number;
  now?: () => Date;
  /** One redactor per process run: ids hash alike across lines of one run. */
  redactor?: Redactor;
}

/** Where logs go when the shell does not name the OS's folder. */
export function defaultLogDir(dataDir: string): string {
  return path.join(dataDir, 'logs');
}

const MAX_EVENT = 200;

export function createLogger(options: LoggerOptions): Logger {
  const { dir } = options;
  const name = options.name ?? 'main';
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const maxFiles = options.maxFiles ?? 3;
  const now = options.now ?? (() => new Date());
  const redactor = options.redactor ?? createRedactor();
  const current = path.join(dir, `${name}.log`);
  const rotated = (n: number) => path.join(dir, `${name}.${n}.log`);
  let size = -1;

  function ensureReady(): void {
    if (size >= 0) return;
    mkdirSync(dir, { recursive: true });
    size = existsSync(current) ? statSync(current).size : 0;
  }

  function rotate(): void {
    rmSync(rotated(maxFiles), { force: true });
    for (let n = maxFiles - 1; n >= 1; n -= 1) if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    if (maxFiles >= 1) renameSync(current, rotated(1));
    else rmSync(current, { force: true });
    size = 0;
  }

  function write(level: LogLevel, event: string, fields?: object): void {
    const record: Record<string, unknown> = {
      time: now().toISOString(),
      level,
      event: redactor.redactText(String(event).slice(0, MAX_EVENT)),
    };
    if (fields !== undefined) record.data = redactor.redact(fields);
    const line = `${JSON.stringify(record)}\n`;
    try {
      ensureReady();
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(current, line, { mode: 0o600 });
      size += bytes;
    } catch {
      // A full disk or a locked file must not take the app down; the line is lost, nothing else.
      size = -1;
    }
  }

  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
    dir,
    redactText: (text) => redactor.redactText(text),
    files() {
      if (!existsSync(dir)) return [];
      const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.(\\d+))?\\.log$`);
      return readdirSync(dir)
        .map((f) => ({ f, m: pattern.exec(f) }))
        .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null)
        .sort((a, b) => Number(a.m[1] ?? 0) - Number(b.m[1] ?? 0))
        .map((x) => path.join(dir, x.f));
    },
  };
}
