/**
 * The kinds of information every agency publishes on its own initiative (Art. 20, items 一 to 十五),
 * and the local items that city, county and township governments add (Art. 21). Every published
 * catalogue item names the one it falls under (rules.md §5).
 */
export const statutoryItems = [
  { key: 'article20.1', label: '（一）行政法规、规章和规范性文件' },
  { key: 'article20.2', label: '（二）机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名' },
  { key: 'article20.3', label: '（三）国民经济和社会发展规划、专项规划、区域规划及相关政策' },
  { key: 'article20.4', label: '（四）国民经济和社会发展统计信息' },
  { key: 'article20.5', label: '（五）办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果' },
  {
    key: 'article20.6',
    label: '（六）实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定',
  },
  { key: 'article20.7', label: '（七）财政预算、决算信息' },
  { key: 'article20.8', label: '（八）行政事业性收费项目及其依据、标准' },
  { key: 'article20.9', label: '（九）政府集中采购项目的目录、标准及实施情况' },
  { key: 'article20.10', label: '（十）重大建设项目的批准和实施情况' },
  {
    key: 'article20.11',
    label: '（十一）扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况',
  },
  { key: 'article20.12', label: '（十二）突发公共事件的应急预案、预警信息及应对情况' },
  {
    key: 'article20.13',
    label: '（十三）环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
  },
  { key: 'article20.14', label: '（十四）公务员招考的职位、名额、报考条件等事项以及录用结果' },
  { key: 'article20.15', label: '（十五）法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息' },
  {
    key: 'article21.city',
    label:
      '第二十一条：市政建设、公共服务、公益事业、土地征收、房屋征收、治安管理、社会救助等（设区的市级、县级人民政府）',
  },
  {
    key: 'article21.township',
    label:
      '第二十一条：农业农村政策、农田水利工程建设运营、农村土地承包经营权流转、宅基地使用情况审核、土地征收、房屋征收、筹资筹劳、社会救助等（乡（镇）人民政府）',
  },
] as const;

export type StatutoryItem = (typeof statutoryItems)[number]['key'];

export const statutoryItemKeys = statutoryItems.map((item) => item.key) as [
  StatutoryItem,
  ...StatutoryItem[],
];

export function statutoryItemLabel(key: StatutoryItem): string {
  return statutoryItems.find((item) => item.key === key)?.label ?? key;
}
