// Plain Node. The headless tool's commands (`npm run doctor -- <command>`); a feature adds one line.
import { reportCommand } from './report';
import { accountsCommand } from './accounts';
import { connectCommand } from './connect';
import { forgetCommand } from './forget';
import { diagnoseCommand } from './diagnose';
import { recoverCommand } from './recover';
import { testChargeCommand } from './test-charge';
import { supportBundleCommand } from './support-bundle';
import { explainCommand } from './explain';
import { sweepCommand } from './sweep';
import { boardCommand } from './board';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code: 0 when it ran, non-zero only when it could not. */
  run(argv: string[], io: CliIo): Promise<number>;
}

export const commands: CliCommand[] = [
  reportCommand,
  connectCommand,
  accountsCommand,
  forgetCommand,
  diagnoseCommand,
  testChargeCommand,
  recoverCommand,
  supportBundleCommand,
  explainCommand,
  sweepCommand,
  boardCommand,
];
