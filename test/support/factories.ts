import type { DatabaseHandle } from '../../src/db/database.ts';
import type { Actor, StaffActor, SystemActor } from '../../src/domain/access/actor.ts';
import type { Role } from '../../src/domain/access/roles.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import type { UserRow } from '../../src/db/repositories/users.ts';
import { createAgency } from '../../src/use-cases/agencies/create-agency.ts';
import type { AgencyInput } from '../../src/use-cases/agencies/agency-input.ts';
import { createUser } from '../../src/use-cases/users/create-user.ts';
import { staffActorOf } from '../../src/use-cases/auth/sessions.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';

export const testSystemActor: SystemActor = { kind: 'system', name: 'test' };
export const testPassword = 'correct-horse-42';

/** A clock the test moves by hand; starts at 2025-03-03 09:00 Beijing time. */
export function manualClock(start = new Date('2025-03-03T09:00:00+08:00')): {
  now: () => Date;
  advance: (ms: number) => void;
} {
  let current = start.getTime();
  return { now: () => new Date(current), advance: (ms) => (current += ms) };
}

export function contextFor(
  handle: DatabaseHandle,
  now: () => Date = () => new Date('2025-03-03T09:00:00+08:00'),
): UseCaseContext {
  return { db: handle.db, now };
}

let counter = 0;
export function uniqueSlug(prefix = 'agency'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

export async function makeAgency(
  context: UseCaseContext,
  overrides: Partial<AgencyInput> = {},
  actor: Actor = testSystemActor,
): Promise<AgencyRow> {
  const slug = overrides.slug ?? uniqueSlug();
  return createAgency(context, actor, {
    name: `测试机关${slug}`,
    shortName: '测试',
    level: 'city',
    ...overrides,
    slug,
  });
}

export async function makeStaff(
  context: UseCaseContext,
  options: { agency: AgencyRow; roles: Role[]; username?: string },
): Promise<{ user: UserRow; actor: StaffActor }> {
  const user = await createUser(context, testSystemActor, {
    agencySlug: options.agency.slug,
    username: options.username ?? uniqueSlug('user'),
    displayName: '测试用户',
    password: testPassword,
    roles: options.roles,
  });
  return { user, actor: staffActorOf(user) };
}
