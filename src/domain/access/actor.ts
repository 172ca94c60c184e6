import type { Role } from './roles.ts';

/** A member of staff, signed in to the back office of one agency. */
export type StaffActor = {
  kind: 'staff';
  userId: string;
  agencyId: string;
  roles: readonly Role[];
  displayName: string;
};

/** The CLI and scheduled jobs act as a named system actor, never anonymously (architecture rule 9). */
export type SystemActor = { kind: 'system'; name: string };

/** A member of the public (portal visitor or applicant). */
export type PublicActor = { kind: 'public' };

export type Actor = StaffActor | SystemActor | PublicActor;

export function describeActor(actor: Actor): string {
  switch (actor.kind) {
    case 'staff':
      return `staff:${actor.userId}`;
    case 'system':
      return `system:${actor.name}`;
    case 'public':
      return 'public';
    default: {
      const unreachable: never = actor;
      return unreachable;
    }
  }
}
