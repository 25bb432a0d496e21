// Main process (plain Node), worker thread. Runs the reports feature's long pure steps (report-jobs.ts)
// away from the event loop that answers IPC calls, a running test's polling among them.
import { parentPort } from 'node:worker_threads';
import { REPORT_JOBS, type ReportJobName } from './report-jobs';
import { ReportFileError } from './read-report-file';

export interface WorkerRequest {
  id: number;
  job: ReportJobName;
  input: unknown;
}

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; reportFile?: { problem: ReportFileError['problem']; text: ReportFileError['text'] } };

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const run = REPORT_JOBS[request.job] as (input: unknown) => unknown;
    reply = { id: request.id, ok: true, value: run(request.input) };
  } catch (error) {
    // Only what the service turns into a message crosses back; anything else is a generic failure.
    reply =
      error instanceof ReportFileError
        ? { id: request.id, ok: false, reportFile: { problem: error.problem, text: error.text } }
        : { id: request.id, ok: false };
  }
  parentPort?.postMessage(reply);
});
