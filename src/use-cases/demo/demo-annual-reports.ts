import type { Actor, SystemActor } from '../../domain/access/actor.ts';
import { isoDateInShanghai, yearOf } from '../../domain/calendar/iso-date.ts';
import { findAgencyBySlug } from '../../db/repositories/agencies.ts';
import { findAnnualReportDraft } from '../../db/repositories/annual-report-drafts.ts';
import { findLatestAnnualReportPublication } from '../../db/repositories/annual-report-publications.ts';
import { findUserByUsername } from '../../db/repositories/users.ts';
import { openAnnualReportDraft } from '../annual-reports/open-annual-report-draft.ts';
import { publishAnnualReport } from '../annual-reports/publish-annual-report.ts';
import { saveAnnualReportCells } from '../annual-reports/save-annual-report-cells.ts';
import { saveAnnualReportSections } from '../annual-reports/save-annual-report-sections.ts';
import { staffActorOf } from '../auth/sessions.ts';
import type { UseCaseContext } from '../context.ts';
import { demoAgency } from './demo-agencies.ts';

export type DemoAnnualReportsResult = { published: number[]; drafted: number[]; warnings: string[] };

/**
 * Table 二 of the demo bureau's 2024 report: the figures of the seed report (嘉兴市商务局 2024),
 * whose tables 三 and 四 the demo's 2024 requests reproduce. A commerce bureau makes no rules (规章),
 * so those cells say "/".
 */
const tableTwo2024: Record<string, string> = {
  'table2.regulations.issued': '/',
  'table2.regulations.repealed': '/',
  'table2.regulations.inForce': '/',
  'table2.normativeDocuments.issued': '0',
  'table2.normativeDocuments.repealed': '0',
  'table2.normativeDocuments.inForce': '1',
  'table2.licensing.decisions': '111',
  'table2.penalties.decisions': '0',
  'table2.enforcement.decisions': '0',
  'table2.fees.amount': '0',
};

/** The texts written for the demo (plausible, not copied from a real report). */
const sections2024: Record<string, string> = {
  overview:
    '2024年，示例市商务局深入贯彻落实《中华人民共和国政府信息公开条例》，围绕稳外贸、促消费、优化营商环境等重点工作，及时准确公开政府信息，依法办理政府信息公开申请。\n全年主动公开政府信息2258条，通过政务新媒体发布信息664期；收到政府信息公开申请3件，均在法定期限内答复；未发生政府信息公开行政复议、行政诉讼。',
  proactiveDisclosure:
    '本年度未制发、废止行政规范性文件，现行有效行政规范性文件1件；作出行政许可决定111件，未作出行政处罚、行政强制决定；未收取行政事业性收费。',
  requestsReceivedAndHandled:
    '本年度新收政府信息公开申请3件，均为自然人提出，无上年结转。办理结果：本机关不掌握相关政府信息1件；申请人无正当理由大量反复申请、不予处理2件。无结转下年度继续办理的申请。',
  reconsiderationAndLitigation: '本年度未发生因政府信息公开引起的行政复议、行政诉讼。',
  problemsAndImprovements:
    '存在的主要问题：政策解读形式较为单一，部分栏目更新不够及时。改进措施：丰富图解、视频等解读形式，建立栏目更新提醒机制，加强信息发布审核。',
  otherMatters: '本年度未收取信息处理费。无其他需要报告的事项。',
};

const sections2025: Record<string, string> = {
  overview: '（编制中）2025年，示例市商务局继续深化政府信息公开工作……',
};

/** The 2024 report is published as on 20 January 2025 (before the Art. 49 deadline of 31 January). */
const publishedOn2024 = new Date('2025-01-20T10:00:00+08:00');

/**
 * The demo bureau's annual reports: 2024 published (tables 三/四 from its records), 2025 left as a
 * draft. Each step first looks for what it would create, so repeated runs add nothing twice.
 */
export async function loadDemoAnnualReports(
  context: UseCaseContext,
  options: { actor: SystemActor },
): Promise<DemoAnnualReportsResult> {
  const result: DemoAnnualReportsResult = { published: [], drafted: [], warnings: [] };
  const agency = await findAgencyBySlug(context.db, demoAgency.slug);
  if (!agency) return result;
  const head = await findUserByUsername(context.db, 'office-head');
  const actor: Actor = head ? staffActorOf(head) : options.actor;
  const agencyId = agency.id;
  try {
    if (!(await findLatestAnnualReportPublication(context.db, { agencyId, year: 2024 }))) {
      const then: UseCaseContext = { ...context, now: () => publishedOn2024 };
      const { draft } = await openAnnualReportDraft(then, actor, { agencyId, year: 2024 });
      const cells = await saveAnnualReportCells(then, actor, {
        agencyId,
        year: 2024,
        expectedVersion: draft.version,
        cells: tableTwo2024,
      });
      const texts = await saveAnnualReportSections(then, actor, {
        agencyId,
        year: 2024,
        expectedVersion: cells.draft.version,
        texts: sections2024,
      });
      await publishAnnualReport(then, actor, { agencyId, year: 2024, expectedVersion: texts.draft.version });
      result.published.push(2024);
    }
  } catch (error) {
    result.warnings.push(`示例2024年度报告未能发布：${(error as Error).message}`);
  }
  try {
    const isYearOver = yearOf(isoDateInShanghai(context.now())) > 2025;
    if (isYearOver && !(await findAnnualReportDraft(context.db, { agencyId, year: 2025 }))) {
      const { draft } = await openAnnualReportDraft(context, actor, { agencyId, year: 2025 });
      await saveAnnualReportSections(context, actor, {
        agencyId,
        year: 2025,
        expectedVersion: draft.version,
        texts: sections2025,
      });
      result.drafted.push(2025);
    }
  } catch (error) {
    result.warnings.push(`示例2025年度报告草稿未能生成：${(error as Error).message}`);
  }
  return result;
}
