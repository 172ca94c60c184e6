/**
 * Staff roles (docs/GLOSSARY.md). A user holds one or more roles within one agency.
 * Reviewer levels follow the 三审 practice (初审, 复审, 终审) of rules.md §5.
 */
export const roles = [
  'contributor',
  'reviewer1',
  'reviewer2',
  'reviewer3',
  'caseHandler',
  'officeHead',
  'agencyAdmin',
  'supervisor',
  'systemAdmin',
] as const;

export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  contributor: '供稿人',
  reviewer1: '初审人',
  reviewer2: '复审人',
  reviewer3: '终审人',
  caseHandler: '承办人',
  officeHead: '负责人',
  agencyAdmin: '机关管理员',
  supervisor: '监督人员（政务公开办）',
  systemAdmin: '系统管理员',
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
