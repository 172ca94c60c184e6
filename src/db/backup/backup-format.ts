/**
 * The backup file: gzip-compressed JSON lines, the same for both databases.
 *
 *   {"format":"gongkai-backup","formatVersion":1,"createdAt":…,"source":…,"migrations":[…]}
 *   {"table":"agencies","rowCount":2}
 *   {…row as PostgreSQL's row_to_json writes it…}
 *   …
 *   {"end":true,"tables":{"agencies":2,…},"sha256":"…"}
 *
 * `sha256` is over every preceding line (with its newline), so a changed or cut file is refused
 * before anything is restored.
 */
export const backupFormat = 'gongkai-backup';
export const backupFormatVersion = 1;

export type BackupHeader = {
  format: typeof backupFormat;
  formatVersion: number;
  createdAt: string;
  source: string;
  /** Migrations applied to the backed-up database, in order (drizzle journal tags). */
  migrations: string[];
};

export type BackupTableHeader = { table: string; rowCount: number };

export type BackupTrailer = { end: true; tables: Record<string, number>; sha256: string };

/** A backup file that cannot be restored; the message says why, in Chinese. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}
