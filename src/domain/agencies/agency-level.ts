/** Administrative level of an agency (机关层级). */
export const agencyLevels = ['stateCouncilDepartment', 'province', 'city', 'county', 'township'] as const;
export type AgencyLevel = (typeof agencyLevels)[number];

export const agencyLevelLabels: Record<AgencyLevel, string> = {
  stateCouncilDepartment: '国务院部门',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇（街道）',
};

export function isAgencyLevel(value: string): value is AgencyLevel {
  return (agencyLevels as readonly string[]).includes(value);
}
