import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.ts';
import { registerCommands } from './commands.ts';

/** Builds the `gongkai` program; every command lives in its own file under src/cli/. */
export function buildProgram(): Command {
  const program = new Command('gongkai')
    .description('Gongkai 公开 — 政府信息公开工作平台 (government information disclosure platform)')
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" with exit code 0 in commander's exitOverride mode.
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof CliError) {
      process.stderr.write(`错误：${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    throw error;
  }
}
