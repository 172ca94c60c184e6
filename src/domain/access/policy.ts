import type { Actor } from './actor.ts';
import { roles, type Role } from './roles.ts';

/**
 * The one access policy: "may this actor do this to that agency's records?" (architecture rule 9).
 * Every staff route, API route and CLI command asks it; lists use `agencyScope` as their filter.
 */
export const actions = [
  'backoffice.enter',
  'agency.view',
  'agency.create',
  'agency.update',
  'user.view',
  'user.manage',
  'event.view',
  'audit.verify',
  'calendar.manage',
  'request.view',
  /** A case without the applicant's personal data (status, dates, outcome). */
  'request.viewSummary',
  'request.handle',
  'request.approve',
  'report.view',
  'report.manage',
  /** Publishing the agency's own annual report (Art. 49), first publication or correction. */
  'report.publish',
  'report.import',
  'publication.contribute',
  'publication.review',
  /** The supervision pages (督查): annual report status, aggregate, request lateness; never personal data. */
  'supervision.view',
  'apiToken.manage',
  /** The agency's letter settings (文号 pattern, remedy bodies, fee payment) and letter templates. */
  'letter.configure',
  /**
   * Public consultations (公开征求意见): drafting, opening, closing, moderating comments (with the
   * commenters' contacts, personal data) and publishing the feedback.
   */
  'consultation.manage',
  /** The website health page (rules.md §7): columns, new-media accounts, statistics, check findings. */
  'website.view',
  /** Columns, accounts and statistics of the agency's website and new media; running a check. */
  'website.manage',
] as const;

export type Action = (typeof actions)[number];

/** The agency a record belongs to, with the ids of its ancestors (root first, itself last). */
export type AgencyTarget = { agencyId: string; lineage: readonly string[] };

export type Decision = { isAllowed: true } | { isAllowed: false; reason: string };

/** Every role a member of an agency's staff can hold (the system administrator is not of an agency). */
const everyAgencyRole: readonly Role[] = roles.filter((role) => role !== 'systemAdmin');

/** Which roles of the agency's own staff may do what. */
const ownAgencyRoles: Record<Action, readonly Role[]> = {
  'backoffice.enter': everyAgencyRole,
  'agency.view': everyAgencyRole,
  'agency.create': ['supervisor'],
  'agency.update': ['agencyAdmin'],
  'user.view': ['agencyAdmin', 'officeHead'],
  'user.manage': ['agencyAdmin'],
  'event.view': ['agencyAdmin', 'officeHead', 'supervisor'],
  'audit.verify': ['agencyAdmin', 'supervisor'],
  'calendar.manage': [],
  'request.view': ['caseHandler', 'officeHead'],
  'request.viewSummary': ['caseHandler', 'officeHead', 'agencyAdmin', 'supervisor'],
  'request.handle': ['caseHandler', 'officeHead'],
  'request.approve': ['officeHead'],
  'report.view': [
    'contributor',
    'reviewer1',
    'reviewer2',
    'reviewer3',
    'caseHandler',
    'officeHead',
    'agencyAdmin',
    'supervisor',
  ],
  'report.manage': ['officeHead', 'agencyAdmin'],
  'report.publish': ['officeHead'],
  'report.import': ['supervisor', 'agencyAdmin'],
  'publication.contribute': ['contributor', 'reviewer1', 'reviewer2', 'reviewer3'],
  'publication.review': ['reviewer1', 'reviewer2', 'reviewer3'],
  'supervision.view': ['agencyAdmin', 'supervisor'],
  'apiToken.manage': ['agencyAdmin'],
  'letter.configure': ['agencyAdmin'],
  'consultation.manage': ['contributor', 'reviewer1', 'reviewer2', 'reviewer3', 'officeHead'],
  'website.view': ['officeHead', 'agencyAdmin', 'supervisor'],
  'website.manage': ['agencyAdmin'],
};

/**
 * What a supervisor (政务公开办) may do in the agencies below its own. Supervisors read; they never
 * see applicants' personal data (request.view is not here) and never act on another agency's cases.
 */
const subtreeSupervisorActions: readonly Action[] = [
  'agency.view',
  'event.view',
  'audit.verify',
  'report.view',
  'report.import',
  'agency.create',
  'request.viewSummary',
  'supervision.view',
  'website.view',
];

export function may(actor: Actor, action: Action, target?: AgencyTarget): Decision {
  if (actor.kind === 'system') return { isAllowed: true };
  if (actor.kind === 'public') return { isAllowed: false, reason: '请先登录' };
  // Applicants' and commenters' personal data: only the handling agency's staff, never by an
  // administrator's rank alone (issue 4). The own-agency table below says which roles.
  const isPersonalData = action === 'request.view' || action === 'consultation.manage';
  if (actor.roles.includes('systemAdmin') && !isPersonalData) return { isAllowed: true };
  if (action === 'calendar.manage') return { isAllowed: false, reason: '只有系统管理员可以维护工作日历' };
  const agencyId = target?.agencyId ?? actor.agencyId;
  if (agencyId === actor.agencyId) {
    const allowedRoles = ownAgencyRoles[action];
    if (actor.roles.some((role) => allowedRoles.includes(role))) return { isAllowed: true };
    return { isAllowed: false, reason: '您的角色没有此项操作的权限' };
  }
  const isBelow = target !== undefined && target.lineage.includes(actor.agencyId);
  if (isBelow && actor.roles.includes('supervisor') && subtreeSupervisorActions.includes(action)) {
    return { isAllowed: true };
  }
  return { isAllowed: false, reason: '您无权访问其他机关的数据' };
}

/** The filter a list query applies: which agencies' records this actor may see for an action. */
export type AgencyScope =
  | { kind: 'all' }
  | { kind: 'subtree'; rootAgencyId: string }
  | { kind: 'agency'; agencyId: string }
  | { kind: 'none' };

export function agencyScope(actor: Actor, action: Action): AgencyScope {
  if (actor.kind === 'system') return { kind: 'all' };
  if (actor.kind === 'public') return { kind: 'none' };
  if (actor.roles.includes('systemAdmin')) return { kind: 'all' };
  if (actor.roles.includes('supervisor') && subtreeSupervisorActions.includes(action)) {
    return { kind: 'subtree', rootAgencyId: actor.agencyId };
  }
  if (may(actor, action).isAllowed) return { kind: 'agency', agencyId: actor.agencyId };
  return { kind: 'none' };
}

/** Thrown by use cases when the policy says no; routes turn it into 403 with its message. */
export class AccessDeniedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'AccessDeniedError';
  }
}

export function assertMay(actor: Actor, action: Action, target?: AgencyTarget): void {
  const decision = may(actor, action, target);
  if (!decision.isAllowed) throw new AccessDeniedError(decision.reason);
}
