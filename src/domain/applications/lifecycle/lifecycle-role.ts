import { roleLabels, type Role } from '../../access/roles.ts';

/**
 * Who acts on a case: staff roles (承办人 `caseHandler`, 负责人 `officeHead`), or `portal`, the
 * public portal acting for the applicant (online submission, withdrawal from the status page).
 */
export type LifecycleRole = Role | 'portal';

export function lifecycleRoleLabel(role: LifecycleRole): string {
  return role === 'portal' ? '申请人（网上申请平台）' : roleLabels[role];
}
