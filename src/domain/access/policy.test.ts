import { describe, expect, it } from 'vitest';
import type { StaffActor } from './actor.ts';
import { agencyScope, may, type AgencyTarget } from './policy.ts';
import type { Role } from './roles.ts';

const city: AgencyTarget = { agencyId: 'city', lineage: ['city'] };
const bureau: AgencyTarget = { agencyId: 'bureau', lineage: ['city', 'bureau'] };
const otherCity: AgencyTarget = { agencyId: 'other', lineage: ['other'] };

function staff(agencyId: string, roles: Role[]): StaffActor {
  return { kind: 'staff', userId: 'u', agencyId, roles, displayName: '张三' };
}

describe('access policy', () => {
  it('lets a case handler handle requests of their own agency only', () => {
    const handler = staff('bureau', ['caseHandler']);
    expect(may(handler, 'request.handle', bureau).isAllowed).toBe(true);
    expect(may(handler, 'request.handle', city).isAllowed).toBe(false);
    expect(may(handler, 'request.approve', bureau).isAllowed).toBe(false);
  });

  it('reserves approval of extensions and decisions to the office head (Art. 33)', () => {
    expect(may(staff('bureau', ['officeHead']), 'request.approve', bureau).isAllowed).toBe(true);
    expect(may(staff('bureau', ['agencyAdmin']), 'request.approve', bureau).isAllowed).toBe(false);
  });

  it('lets a supervisor read its subtree but never applicants’ requests', () => {
    const supervisor = staff('city', ['supervisor']);
    expect(may(supervisor, 'report.view', bureau).isAllowed).toBe(true);
    expect(may(supervisor, 'audit.verify', bureau).isAllowed).toBe(true);
    expect(may(supervisor, 'request.view', bureau).isAllowed).toBe(false);
    expect(may(supervisor, 'report.view', otherCity).isAllowed).toBe(false);
    expect(agencyScope(supervisor, 'report.view')).toEqual({ kind: 'subtree', rootAgencyId: 'city' });
  });

  it('lets the office head, the administrator and supervisors above view the website checks; only the administrator manages (rules.md §7)', () => {
    expect(may(staff('bureau', ['officeHead']), 'website.view', bureau).isAllowed).toBe(true);
    expect(may(staff('bureau', ['officeHead']), 'website.manage', bureau).isAllowed).toBe(false);
    expect(may(staff('bureau', ['agencyAdmin']), 'website.manage', bureau).isAllowed).toBe(true);
    expect(may(staff('bureau', ['caseHandler']), 'website.view', bureau).isAllowed).toBe(false);
    expect(may(staff('city', ['supervisor']), 'website.view', bureau).isAllowed).toBe(true);
    expect(may(staff('city', ['supervisor']), 'website.manage', bureau).isAllowed).toBe(false);
    expect(may(staff('city', ['agencyAdmin']), 'website.manage', bureau).isAllowed).toBe(false);
  });

  it('does not let an agency administrator of one agency manage another', () => {
    const admin = staff('bureau', ['agencyAdmin']);
    expect(may(admin, 'user.manage', bureau).isAllowed).toBe(true);
    expect(may(admin, 'user.manage', city)).toEqual({ isAllowed: false, reason: '您无权访问其他机关的数据' });
    expect(agencyScope(admin, 'user.manage')).toEqual({ kind: 'agency', agencyId: 'bureau' });
  });

  it('lets only the agency administrator configure its own agency’s letters', () => {
    expect(may(staff('bureau', ['agencyAdmin']), 'letter.configure', bureau).isAllowed).toBe(true);
    expect(may(staff('bureau', ['caseHandler']), 'letter.configure', bureau).isAllowed).toBe(false);
    expect(may(staff('bureau', ['officeHead']), 'letter.configure', bureau).isAllowed).toBe(false);
    expect(may(staff('city', ['agencyAdmin']), 'letter.configure', bureau).isAllowed).toBe(false);
    expect(may(staff('city', ['supervisor']), 'letter.configure', bureau).isAllowed).toBe(false);
  });

  it('lets the drafting and reviewing staff and the office head handle consultations, not an administrator by rank', () => {
    expect(may(staff('bureau', ['contributor']), 'consultation.manage', bureau).isAllowed).toBe(true);
    expect(may(staff('bureau', ['officeHead']), 'consultation.manage', bureau).isAllowed).toBe(true);
    expect(may(staff('bureau', ['agencyAdmin']), 'consultation.manage', bureau).isAllowed).toBe(false);
    expect(may(staff('city', ['supervisor']), 'consultation.manage', bureau).isAllowed).toBe(false);
    // The commenters' contacts are personal data: not even the system administrator by rank.
    expect(may({ ...staff('city', ['systemAdmin']) }, 'consultation.manage', bureau).isAllowed).toBe(false);
  });

  it('gives the system administrator and the named system actor everything, the public nothing', () => {
    expect(may(staff('city', ['systemAdmin']), 'user.manage', otherCity).isAllowed).toBe(true);
    expect(may({ kind: 'system', name: 'cli' }, 'calendar.manage').isAllowed).toBe(true);
    expect(may({ kind: 'public' }, 'agency.view', city).isAllowed).toBe(false);
    expect(agencyScope({ kind: 'public' }, 'agency.view')).toEqual({ kind: 'none' });
  });

  it('shows the supervision pages to a supervisor over its subtree and an agency administrator over its own agency', () => {
    const supervisor = staff('city', ['supervisor']);
    expect(agencyScope(supervisor, 'supervision.view')).toEqual({ kind: 'subtree', rootAgencyId: 'city' });
    expect(may(supervisor, 'supervision.view', otherCity).isAllowed).toBe(false);
    expect(agencyScope(staff('bureau', ['agencyAdmin']), 'supervision.view')).toEqual({
      kind: 'agency',
      agencyId: 'bureau',
    });
    expect(agencyScope(staff('bureau', ['caseHandler', 'contributor']), 'supervision.view')).toEqual({
      kind: 'none',
    });
  });

  it('keeps calendar maintenance to system administrators', () => {
    expect(may(staff('city', ['agencyAdmin', 'supervisor']), 'calendar.manage').isAllowed).toBe(false);
  });
});
