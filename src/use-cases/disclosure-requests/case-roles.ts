import type { Actor } from '../../domain/access/actor.ts';
import type { LifecycleRole } from '../../domain/applications/lifecycle/lifecycle-role.ts';

/**
 * The lifecycle roles an actor holds on a case of its agency (the policy has already said the
 * actor may act there): staff their roles, the public the portal, the named system actor (CLI,
 * demo loader) those of case staff. System administrators hold no case role by their role alone.
 */
export function lifecycleRolesOf(actor: Actor): LifecycleRole[] {
  switch (actor.kind) {
    case 'staff':
      return actor.roles.filter((role) => role === 'caseHandler' || role === 'officeHead');
    case 'system':
      return ['caseHandler', 'officeHead'];
    case 'public':
      return ['portal'];
    default: {
      const unreachable: never = actor;
      return unreachable;
    }
  }
}
