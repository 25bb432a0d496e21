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
import type { CliCommand } from './cli-command';

// A command imports these from cli-command.ts (importing them from here would be a cycle).
export type { CliCommand, CliIo } from './cli-command';

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
