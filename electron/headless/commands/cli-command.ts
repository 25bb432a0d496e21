// Plain Node. What a headless command is: its own file, so a command need not import the list of all
// commands (commands/index.ts) that imports it.

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
