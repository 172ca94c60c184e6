import type { Command } from 'commander';
import { register as registerDeadline } from './deadline-command.ts';
import { register as registerImport } from './import-command.ts';
import { register as registerWorkdays } from './workdays-command.ts';

/**
 * The list of commands. Each command is one file exporting `register(program)`; add one line
 * here per command file.
 */
const registrations: Array<(program: Command) => void> = [registerWorkdays, registerDeadline, registerImport];

export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
