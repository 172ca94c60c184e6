import type { Command } from 'commander';
import { register as registerAgency } from './agency-command.ts';
import { register as registerAudit } from './audit-command.ts';
import { register as registerBackup } from './backup-command.ts';
import { register as registerCalendar } from './calendar-command.ts';
import { register as registerDatabase } from './db-command.ts';
import { register as registerDeadline } from './deadline-command.ts';
import { register as registerDemo } from './demo-command.ts';
import { register as registerServe } from './serve-command.ts';
import { register as registerUser } from './user-command.ts';
import { register as registerImport } from './import-command.ts';
import { register as registerLetter } from './letter-command.ts';
import { register as registerWorkdays } from './workdays-command.ts';
import { register as registerToken } from './token-command.ts';
import { register as registerWebsite } from './website-command.ts';

/**
 * The list of commands. Each command is one file exporting `register(program)`; add one line
 * here per command file.
 */
const registrations: Array<(program: Command) => void> = [
  registerServe,
  registerDatabase,
  registerAgency,
  registerUser,
  registerDemo,
  registerBackup,
  registerAudit,
  registerCalendar,
  registerWorkdays,
  registerDeadline,
  registerImport,
  registerLetter,
  registerToken,
  registerWebsite,
];

export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
