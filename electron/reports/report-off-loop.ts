// Main process (plain Node). Runs a report job (report-jobs.ts) in one worker thread, so redacting a
// 10 MB export or parsing a 20 MB report file (seconds) does not hold the event loop that answers every
// other call, a running test's polling and restore included. The worker is started on first use and does
// not keep the process alive. Where no worker can be started (no worker file beside a bundle that lacks
// it), the job runs inline after a turn of the event loop.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ReportFileError } from './read-report-file';
import { REPORT_JOBS, type ReportJobName, type ReportJobs } from './report-jobs';
import type { WorkerReply, WorkerRequest } from './report-worker';
import { textIn } from '@shared/text/languages';

/** The message's words come from the catalogue (English: the log and the terminal read it). */
const english = textIn('en');

type Input<J extends ReportJobName> = Parameters<ReportJobs[J]>[0];
type Output<J extends ReportJobName> = ReturnType<ReportJobs[J]>;

/** How to start the worker: the bundled app ships report-worker.cjs beside main.cjs; from the sources tsx loads it. */
function workerSpec(): { code: string } | { file: string } | null {
  if (typeof __dirname === 'string') {
    const bundled = path.join(__dirname, 'report-worker.cjs');
    if (existsSync(bundled)) return { file: bundled };
  }
  let here: string;
  try {
    here = path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
  const source = path.join(here, 'report-worker.ts');
  const tsconfig = path.resolve(here, '../../tsconfig.node.json');
  if (!existsSync(source) || !existsSync(tsconfig)) return null;
  return {
    code: `require('tsx/cjs/api').register({ tsconfig: ${JSON.stringify(tsconfig)} }); require(${JSON.stringify(source)});`,
  };
}

class ReportWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();

  constructor(private readonly spec: { code: string } | { file: string }) {}

  run(job: ReportJobName, input: unknown): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, job, input } satisfies WorkerRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = 'file' in this.spec ? new Worker(this.spec.file) : new Worker(this.spec.code, { eval: true });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) waiting.resolve(reply.value);
      else if (reply.reportFile) waiting.reject(reportFileError(reply.reportFile));
      else waiting.reject(new Error(english('errors.report_worker_failed')));
    });
    // A worker that dies (out of memory on a hostile file) fails its jobs; the next job starts a new one.
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(english('errors.report_worker_stopped', { code }))));
    this.worker = worker;
    return worker;
  }
}

function reportFileError(e: { problem: ReportFileError['problem']; text: ReportFileError['text'] }): ReportFileError {
  return new ReportFileError(e.problem, e.text.key, e.text.params);
}

let shared: ReportWorker | null | undefined;

/** Runs `job` off the event loop (in the worker), or inline after a yield where no worker can start. */
export async function runReportJob<J extends ReportJobName>(job: J, input: Input<J>): Promise<Output<J>> {
  if (shared === undefined) {
    const spec = workerSpec();
    shared = spec ? new ReportWorker(spec) : null;
  }
  if (shared) return (await shared.run(job, input)) as Output<J>;
  await new Promise((resolve) => setImmediate(resolve));
  return (REPORT_JOBS[job] as (i: Input<J>) => Output<J>)(input);
}
