import type { AgencyInput } from '../agencies/agency-input.ts';
import type { Role } from '../../domain/access/roles.ts';

/** The demo jurisdiction: a city government office (the supervisor) and its commerce bureau. */
export const demoSupervisingAgency: AgencyInput = {
  slug: 'demo-city',
  name: '示例市人民政府办公室',
  shortName: '示例市政府办',
  unifiedSocialCreditCode: '11330400MB00000019',
  level: 'city',
  region: '示例省示例市',
  officeName: '示例市人民政府办公室政务公开科（示例市政务公开办）',
  officeAddress: '示例市人民大道1号',
  officeHours: '工作日上午8:30—12:00，下午14:30—17:30',
  officeTelephone: '0573-80000001',
  officeFax: '0573-80000002',
  officeEmail: 'gongkai@city.example.gov.cn',
  officePostcode: '314000',
  website: 'http://www.city.example.gov.cn',
};

export const demoAgency: AgencyInput = {
  slug: 'demo',
  name: '示例市商务局',
  shortName: '市商务局',
  unifiedSocialCreditCode: '11330400MB00000281',
  level: 'city',
  parentSlug: 'demo-city',
  region: '示例省示例市',
  officeName: '示例市商务局办公室',
  officeAddress: '示例市中山东路100号商务大楼5楼',
  officeHours: '工作日上午8:30—12:00，下午14:30—17:30（法定节假日除外）',
  officeTelephone: '0573-81234567',
  officeFax: '0573-81234568',
  officeEmail: 'xxgk@commerce.example.gov.cn',
  officePostcode: '314000',
  website: 'http://commerce.example.gov.cn',
};

export type DemoAccount = { agencySlug: string; username: string; displayName: string; roles: Role[] };

/** One account per role, so a new user can see every part of the system. */
export const demoAccounts: DemoAccount[] = [
  { agencySlug: 'demo-city', username: 'admin', displayName: '系统管理员', roles: ['systemAdmin'] },
  { agencySlug: 'demo-city', username: 'supervisor', displayName: '周督查', roles: ['supervisor'] },
  { agencySlug: 'demo', username: 'agency-admin', displayName: '王管理', roles: ['agencyAdmin'] },
  { agencySlug: 'demo', username: 'contributor', displayName: '李供稿', roles: ['contributor'] },
  { agencySlug: 'demo', username: 'reviewer1', displayName: '赵初审', roles: ['reviewer1'] },
  { agencySlug: 'demo', username: 'reviewer2', displayName: '钱复审', roles: ['reviewer2'] },
  { agencySlug: 'demo', username: 'reviewer3', displayName: '孙终审', roles: ['reviewer3'] },
  { agencySlug: 'demo', username: 'handler', displayName: '陈承办', roles: ['caseHandler'] },
  { agencySlug: 'demo', username: 'office-head', displayName: '刘主任', roles: ['officeHead'] },
];

/** The demo's shared password: a demo is public by nature; `gongkai demo --random-passwords` for others. */
export const demoPassword = 'gongkai-demo-2025';
