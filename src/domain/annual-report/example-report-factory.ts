import { catalogueOf, createBlankReport, type AnnualReport } from './annual-report.ts';
import { numberCell, type CellValue } from './cell-value.ts';
import { sectionDefinitions, type SectionKey } from './section-catalogue.ts';

/**
 * Builds synthetic, internally consistent reports for tests, fuzzing and benchmarks: the same
 * seed gives the same report. The figures are random; the texts are invented.
 */

/** A small deterministic pseudo-random generator (mulberry32). */
export function randomSource(seed: number): (limit: number) => number {
  let state = seed >>> 0;
  return (limit: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    const unit = ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    return Math.floor(unit * limit);
  };
}

const agencyNames = [
  '青川县自然资源局',
  '南屿市交通运输局',
  '东岚区市场监督管理局',
  '白沙镇人民政府',
  '临溪市教育局',
];

function sectionTexts(options: {
  agencyName: string;
  year: number;
  received: number;
  reviews: number;
}): Record<SectionKey, string> {
  const { agencyName, year, received, reviews } = options;
  const reviewSentence =
    reviews === 0
      ? '未发生政府信息公开行政复议、行政诉讼案件。'
      : `涉及政府信息公开的行政复议 ${reviews} 件。`;
  return {
    overview: `${year}年，${agencyName}认真贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》），持续完善公开制度。\n（一）主动公开\n全年通过门户网站发布各类信息，及时更新公开目录。\n（二）依申请公开\n${year}年共收到政府信息公开申请${received}件，均在法定期限内答复，${reviewSentence}\n（三）政府信息管理\n落实“三审三校”制度。\n（四）平台建设\n优化网站栏目设置。\n（五）监督保障\n开展业务培训两次。`,
    proactiveDisclosure: '',
    requestsReceivedAndHandled: '',
    reconsiderationAndLitigation: '',
    problemsAndImprovements: `一是公开内容的解读形式较为单一；二是基层工作人员业务能力有待提升。下一步，${agencyName}将丰富解读形式，加强培训。`,
    otherMatters: `${agencyName}${year}年度未收取信息处理费。`,
  };
}

/** A 2021-format report whose tables satisfy rules 1–5 and whose text agrees with them (rule 8). */
export function buildExampleReport(seed: number): AnnualReport {
  const pick = randomSource(seed);
  const year = 2021 + pick(5);
  const agencyName = agencyNames[pick(agencyNames.length)] ?? '青川县自然资源局';
  const report = createBlankReport({ format: '2021', year, agencyName });
  const catalogue = catalogueOf(report);
  const set = (key: string, value: CellValue): void => {
    if (!(key in report.cells)) throw new Error(`unknown cell ${key}`);
    report.cells[key] = value;
  };
  const small = (): number => (pick(3) === 0 ? pick(40) : pick(3));

  const hasRuleMakingPower = pick(2) === 0;
  for (const cell of catalogue.cells.filter((candidate) => candidate.table === '二')) {
    if (cell.row.key === 'regulations' && !hasRuleMakingPower)
      set(cell.key, { kind: 'notApplicable', text: '/' });
    else if (cell.valueKind === 'amountTenThousandYuan') {
      const amount = pick(2) === 0 ? 0 : pick(100000) / 100;
      set(
        cell.key,
        amount === 0 ? numberCell(0) : { kind: 'number', value: amount, text: amount.toFixed(2) },
      );
    } else set(cell.key, numberCell(small() * (cell.row.key === 'licensing' ? 30 : 1)));
  }

  const tableThree = catalogue.blocks.find((block) => block.table === '三');
  if (!tableThree) throw new Error('no table 三');
  const partColumns = tableThree.columns.filter((column) => column.key !== 'total');
  const rowTotals = new Map<string, number>();
  const add = (rowKey: string, value: number): void => {
    rowTotals.set(rowKey, (rowTotals.get(rowKey) ?? 0) + value);
  };
  for (const column of partColumns) {
    let resultSum = 0;
    for (const row of tableThree.rows.filter((candidate) => candidate.role === 'result')) {
      const value = column.key === 'naturalPerson' ? small() : pick(4) === 0 ? pick(3) : 0;
      resultSum += value;
      set(`table3.${row.key}.${column.key}`, numberCell(value));
      add(row.key, value);
    }
    const carriedForward = pick(3);
    const carriedOver = pick(resultSum + carriedForward + 1);
    const entries: Array<[string, number]> = [
      ['resultTotal', resultSum],
      ['carriedForward', carriedForward],
      ['carriedOver', carriedOver],
      ['newlyReceived', resultSum + carriedForward - carriedOver],
    ];
    for (const [rowKey, value] of entries) {
      set(`table3.${rowKey}.${column.key}`, numberCell(value));
      add(rowKey, value);
    }
  }
  for (const row of tableThree.rows) set(`table3.${row.key}.total`, numberCell(rowTotals.get(row.key) ?? 0));

  const tableFour = catalogue.blocks.find((block) => block.table === '四');
  if (!tableFour) throw new Error('no table 四');
  let reviews = 0;
  for (const row of tableFour.rows) {
    let total = 0;
    for (const column of tableFour.columns.filter((candidate) => candidate.key !== 'total')) {
      const value = pick(5) === 0 ? pick(3) : 0;
      total += value;
      set(`table4.${row.key}.${column.key}`, numberCell(value));
    }
    set(`table4.${row.key}.total`, numberCell(total));
    if (row.key === 'reconsideration') reviews = total;
  }
  // The text's "no reconsideration or litigation" sentence must stay true.
  if (reviews === 0) {
    for (const row of tableFour.rows) {
      for (const column of tableFour.columns) set(`table4.${row.key}.${column.key}`, numberCell(0));
    }
  }

  const received = rowTotals.get('newlyReceived') ?? 0;
  const texts = sectionTexts({ agencyName, year, received, reviews });
  sectionDefinitions.forEach((definition, position) => {
    report.sections[definition.key] = {
      key: definition.key,
      title: definition.title,
      text: texts[definition.key],
      position,
    };
  });
  report.title = `${agencyName}${year}年政府信息公开工作年度报告`;
  return report;
}
