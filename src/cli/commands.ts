import type { Command } from 'commander';

/**
 * The list of commands. Each command is one file exporting `register(program)`; add one line
 * here per command file.
 */
const registrations: Array<(program: Command) => void> = [];

export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
