import type { Actor } from '../../domain/access/actor.ts';
import { isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import { findAgencyBySlug } from '../../db/repositories/agencies.ts';
import { findPublicationItemTitles } from '../../db/repositories/publications.ts';
import { findUserByUsername } from '../../db/repositories/users.ts';
import { staffActorOf } from '../auth/sessions.ts';
import type { UseCaseContext } from '../context.ts';
import { createPublicationDraft } from '../publications/create-publication-draft.ts';
import type { PublicationDraftInput } from '../publications/publication-input.ts';
import { publishPublication } from '../publications/publish-publication.ts';
import { signOffPublication } from '../publications/sign-off-publication.ts';
import { submitPublication } from '../publications/submit-publication.ts';
import { withdrawPublication } from '../publications/withdraw-publication.ts';
import { demoAgency } from './demo-agencies.ts';

/** How far a demo item goes through the review (三审, 先审后发). */
type DemoStage = 'draft' | 'submitted' | 'firstReviewed' | 'secondReviewed' | 'published' | 'withdrawn';

/**
 * A demo catalogue item. Published items are written, signed and published on `publishedOn`
 * (09:00 to 11:30 Beijing time, the clock of each step); items still in review are dated today.
 */
type DemoPublication = {
  draft: Partial<PublicationDraftInput> & Pick<PublicationDraftInput, 'title' | 'summary' | 'statutoryItem'>;
  stage: DemoStage;
  publishedOn?: IsoDate;
  withdrawal?: { on: IsoDate; reason: string };
};

export type DemoPublicationsResult = { created: string[]; skipped: number; warnings: string[] };

const organisation = '示例市商务局';

/** The published catalogue: Art. 20 items a commerce bureau publishes in a year. */
const publishedItems: DemoPublication[] = [
  {
    stage: 'published',
    publishedOn: '2025-01-08',
    draft: {
      title: '示例市商务局主要职责和内设机构',
      summary: '示例市商务局的主要职责、内设机构、办公地址、办公时间、联系方式和负责人。',
      body: '一、主要职责\n贯彻落实国家和省关于内外贸易、外商投资、对外投资和对外经济合作的方针政策……\n二、内设机构\n办公室、对外贸易科、市场运行和消费促进科、外资和对外经济合作科。\n三、办公地址：示例市中山东路100号商务大楼5楼\n办公时间：工作日上午8:30—12:00，下午14:30—17:30\n联系电话：0573-81234567',
      writtenOn: '2025-01-02',
      formedOrChangedOn: '2025-01-02',
      topicCategory: '综合政务',
      genre: '其他',
      statutoryItem: 'article20.2',
      keywords: '机构职能 内设机构 联系方式',
    },
  },
  {
    stage: 'published',
    publishedOn: '2025-01-10',
    draft: {
      title: '示例市商务局行政许可事项清单（2025年版）',
      summary: '本局实施的行政许可事项的名称、设定依据、实施条件、办理程序和期限。',
      body: '1. 对外劳务合作经营资格核准\n设定依据：《对外劳务合作管理条例》\n2. 成品油零售经营资格审批（初审）\n设定依据：《国务院对确需保留的行政审批项目设定行政许可的决定》',
      writtenOn: '2025-01-06',
      formedOrChangedOn: '2025-01-06',
      topicCategory: '商贸、海关、旅游',
      genre: '其他',
      statutoryItem: 'article20.5',
      keywords: '行政许可 事项清单',
    },
  },
  {
    stage: 'published',
    publishedOn: '2025-02-21',
    draft: {
      title: '示例市商务局2025年部门预算',
      summary: '2025年部门收支预算总表、财政拨款收支预算表、一般公共预算“三公”经费预算表及情况说明。',
      body: '一、部门基本情况\n二、收支预算总体情况：2025年收入预算合计3865.42万元，支出预算合计3865.42万元。\n三、“三公”经费预算：合计18.60万元，比上年减少1.20万元。',
      writtenOn: '2025-02-14',
      formedOrChangedOn: '2025-02-14',
      topicCategory: '财政、金融、审计',
      genre: '其他',
      statutoryItem: 'article20.7',
      keywords: '部门预算 三公经费',
    },
  },
  {
    stage: 'published',
    publishedOn: '2025-03-14',
    draft: {
      title: '示例市商务局关于印发《示例市外贸发展专项资金管理办法》的通知',
      summary:
        '规定外贸发展专项资金的支持范围、申报条件、审核程序和监督管理，自2025年4月10日起施行，有效期5年。',
      body: '各县（市、区）商务主管部门，各有关企业：\n现将《示例市外贸发展专项资金管理办法》印发给你们，请认真贯彻执行。\n第一条 为规范外贸发展专项资金管理，提高资金使用效益，制定本办法。',
      writtenOn: '2025-03-10',
      formedOrChangedOn: '2025-03-10',
      documentNumber: '示商规〔2025〕1号',
      topicCategory: '商贸、海关、旅游',
      genre: '通知',
      statutoryItem: 'article20.1',
      isNormativeDocument: true,
      effectiveOn: '2025-04-10',
      validUntil: '2030-04-09',
      keywords: '外贸 专项资金 规范性文件',
    },
  },
  {
    stage: 'published',
    publishedOn: '2025-03-24',
    draft: {
      title: '《示例市2025年家电以旧换新补贴实施细则》政策解读',
      summary: '解读家电以旧换新补贴的对象、品类、标准和申领流程。',
      body: '一、补贴对象：在本市购买新家电并交售旧家电的个人消费者。\n二、补贴标准：按新家电成交价的15%给予补贴，每件最高2000元。\n三、申领流程：通过“示例消费”小程序申领。',
      writtenOn: '2025-03-20',
      formedOrChangedOn: '2025-03-20',
      topicCategory: '商贸、海关、旅游',
      genre: '解读',
      statutoryItem: 'article20.11',
      keywords: '以旧换新 补贴 政策解读',
    },
  },
  {
    stage: 'published',
    publishedOn: '2025-04-03',
    draft: {
      title: '示例市电子商务公共服务平台运营服务采购项目公开招标公告',
      summary: '项目编号SYCG2025-017，预算金额198万元，采购方式公开招标，投标截止时间2025年4月24日。',
      body: '一、项目基本情况\n项目编号：SYCG2025-017\n预算金额：198万元\n采购需求：电子商务公共服务平台运营服务，服务期一年。\n二、申请人的资格要求：满足《中华人民共和国政府采购法》第二十二条规定。',
      writtenOn: '2025-04-01',
      formedOrChangedOn: '2025-04-01',
      topicCategory: '商贸、海关、旅游',
      genre: '公告',
      statutoryItem: 'article20.9',
      keywords: '政府采购 招标公告 电子商务',
    },
  },
  {
    stage: 'published',
    publishedOn: '2025-05-09',
    draft: {
      title: '示例市电子商务公共服务平台运营服务采购项目中标结果公告',
      summary: '项目编号SYCG2025-017的中标供应商、中标金额和评审专家名单。',
      body: '一、项目编号：SYCG2025-017\n二、中标供应商：示例数字商务服务有限公司\n三、中标金额：186.5万元',
      writtenOn: '2025-05-06',
      formedOrChangedOn: '2025-05-06',
      topicCategory: '商贸、海关、旅游',
      genre: '公告',
      statutoryItem: 'article20.9',
      keywords: '政府采购 中标结果',
    },
  },
  {
    stage: 'published',
    publishedOn: '2025-05-16',
    draft: {
      title: '示例市商务局关于准予示例国际经济技术合作有限公司对外劳务合作经营资格的行政许可决定公告',
      summary: '经审查，申请人符合《对外劳务合作管理条例》规定的条件，准予对外劳务合作经营资格。',
      body: '根据《中华人民共和国行政许可法》和《对外劳务合作管理条例》，经审查，示例国际经济技术合作有限公司符合对外劳务合作经营资格条件，决定准予许可。',
      writtenOn: '2025-05-12',
      formedOrChangedOn: '2025-05-12',
      documentNumber: '示商许〔2025〕23号',
      topicCategory: '商贸、海关、旅游',
      genre: '公告',
      statutoryItem: 'article20.5',
      keywords: '行政许可 对外劳务合作',
    },
  },
  {
    stage: 'published',
    publishedOn: '2025-06-13',
    draft: {
      title: '2025年上半年示例市商务领域安全生产专项检查情况通报',
      summary: '检查商贸企业86家，发现隐患132处，已整改127处。',
      body: '按照全市安全生产工作部署，市商务局于4月至6月对商场超市、加油站等商贸企业开展专项检查，共检查企业86家，发现隐患132处，已整改127处，其余限期整改。',
      writtenOn: '2025-06-09',
      formedOrChangedOn: '2025-06-09',
      topicCategory: '安全生产监管',
      genre: '通报',
      statutoryItem: 'article20.13',
      keywords: '安全生产 专项检查',
    },
  },
  {
    stage: 'withdrawn',
    publishedOn: '2025-06-25',
    withdrawal: { on: '2025-06-27', reason: '公示名单中一家企业名称有误，已撤回核对，更正后另行公示' },
    draft: {
      title: '2025年第一批外贸发展专项资金拟支持项目公示',
      summary: '拟支持项目42个，拟安排资金1260万元，公示期5个工作日。',
      body: '根据《示例市外贸发展专项资金管理办法》，经企业申报、县（市、区）初审和专家评审，现将拟支持项目予以公示。',
      writtenOn: '2025-06-20',
      formedOrChangedOn: '2025-06-20',
      topicCategory: '商贸、海关、旅游',
      genre: '公示',
      statutoryItem: 'article20.15',
      keywords: '外贸 专项资金 公示',
    },
  },
  {
    stage: 'published',
    publishedOn: '2025-07-25',
    draft: {
      title: '2025年1—6月示例市社会消费品零售总额运行情况',
      summary: '1—6月全市实现社会消费品零售总额652.3亿元，同比增长5.8%。',
      body: '1—6月，全市实现社会消费品零售总额652.3亿元，同比增长5.8%。其中，限额以上单位商品零售额312.6亿元，增长6.4%。',
      writtenOn: '2025-07-18',
      formedOrChangedOn: '2025-07-18',
      topicCategory: '商贸、海关、旅游',
      genre: '统计信息',
      statutoryItem: 'article20.4',
      keywords: '社会消费品零售总额 统计',
    },
  },
  {
    stage: 'published',
    publishedOn: '2025-08-22',
    draft: {
      title: '示例市商务局2024年部门决算',
      summary: '2024年部门收支决算总表、财政拨款收支决算表、“三公”经费支出决算表及情况说明。',
      body: '2024年度收入决算合计3712.08万元，支出决算合计3698.55万元；“三公”经费支出17.32万元。',
      writtenOn: '2025-08-15',
      formedOrChangedOn: '2025-08-15',
      topicCategory: '财政、金融、审计',
      genre: '其他',
      statutoryItem: 'article20.7',
      keywords: '部门决算 三公经费',
    },
  },
  {
    // Formed 1 Sep 2025, due 28 Sep (the make-up working day before National Day): published late.
    stage: 'published',
    publishedOn: '2025-10-15',
    draft: {
      title: '示例市商务系统突发事件应急预案（2025年修订）',
      summary: '商贸流通领域突发事件的分级、应急响应、生活必需品市场供应保障措施。',
      body: '一、总则\n二、组织指挥体系\n三、预警和应急响应\n四、生活必需品市场供应保障\n五、附则',
      writtenOn: '2025-09-01',
      formedOrChangedOn: '2025-09-01',
      topicCategory: '应急管理',
      genre: '其他',
      statutoryItem: 'article20.12',
      keywords: '应急预案 市场供应',
    },
  },
];

/** Items still in review (one at each level, so every reviewer has a task) and a draft. */
const itemsInReview: DemoPublication[] = [
  {
    stage: 'submitted',
    draft: {
      title: '示例市促进消费提质扩容若干措施（征求意见稿）起草说明',
      summary: '说明措施的起草背景、主要内容和征求意见情况。',
      topicCategory: '商贸、海关、旅游',
      genre: '说明',
      statutoryItem: 'article20.11',
      keywords: '促消费 起草说明',
    },
  },
  {
    stage: 'firstReviewed',
    draft: {
      title: '示例市商务局关于2026年度外贸发展专项资金项目申报的通知',
      summary: '明确2026年度外贸发展专项资金的申报条件、材料和时间。',
      genre: '通知',
      topicCategory: '商贸、海关、旅游',
      statutoryItem: 'article20.5',
      keywords: '外贸 专项资金 申报',
    },
  },
  {
    stage: 'secondReviewed',
    draft: {
      title: '示例市成品油零售网点布局规划（2026—2030年）',
      summary: '全市成品油零售网点的总量控制、布局原则和分区规划。',
      genre: '规划',
      topicCategory: '商贸、海关、旅游',
      statutoryItem: 'article20.3',
      keywords: '成品油 网点布局 规划',
    },
  },
  {
    stage: 'draft',
    draft: {
      title: '示例市商务局2026年政府信息公开工作要点',
      summary: '（草稿）2026年政府信息公开重点工作安排。',
      genre: '其他',
      topicCategory: '综合政务',
      statutoryItem: 'article20.15',
      keywords: '政务公开 工作要点',
    },
  },
];

export const demoPublications: readonly DemoPublication[] = [...publishedItems, ...itemsInReview];

const stageOrder: readonly DemoStage[] = [
  'draft',
  'submitted',
  'firstReviewed',
  'secondReviewed',
  'published',
];

function reaches(stage: DemoStage, step: DemoStage): boolean {
  const reached = stage === 'withdrawn' ? 'published' : stage;
  return stageOrder.indexOf(reached) >= stageOrder.indexOf(step);
}

/** The clock of one step: on `date` at `time` Beijing time. */
function at(date: IsoDate, time: string): () => Date {
  const instant = new Date(`${date}T${time}:00+08:00`);
  return () => instant;
}

/**
 * Loads the demo bureau's 主动公开 catalogue through the use cases, as the demo contributor and
 * the three demo reviewers, so every step has its sign-off and its event and every published item
 * its 索引号. An item whose title the catalogue already holds is skipped (idempotent).
 */
export async function loadDemoPublications(context: UseCaseContext): Promise<DemoPublicationsResult> {
  const result: DemoPublicationsResult = { created: [], skipped: 0, warnings: [] };
  const agency = await findAgencyBySlug(context.db, demoAgency.slug);
  if (!agency) return result;
  const actors: Partial<Record<'contributor' | 'reviewer1' | 'reviewer2' | 'reviewer3', Actor>> = {};
  for (const username of ['contributor', 'reviewer1', 'reviewer2', 'reviewer3'] as const) {
    const user = await findUserByUsername(context.db, username);
    if (user?.agencyId === agency.id) actors[username] = staffActorOf(user);
  }
  const { contributor, reviewer1, reviewer2, reviewer3 } = actors;
  if (!contributor || !reviewer1 || !reviewer2 || !reviewer3) {
    result.warnings.push('缺少示例供稿人或审核人账号，未生成示例主动公开目录');
    return result;
  }
  const existing = await findPublicationItemTitles(context.db, {
    agencyId: agency.id,
    titles: demoPublications.map((demo) => demo.draft.title),
  });
  const today = isoDateInShanghai(context.now());
  for (const demo of demoPublications) {
    if (existing.has(demo.draft.title)) {
      result.skipped += 1;
      continue;
    }
    const day = demo.publishedOn ?? today;
    const clockOf = (time: string): UseCaseContext =>
      demo.publishedOn ? { ...context, now: at(day, time) } : context;
    try {
      let row = await createPublicationDraft(clockOf('09:00'), contributor, {
        agencyId: agency.id,
        body: '',
        writtenOn: day,
        formedOrChangedOn: day,
        publishingOrganisation: organisation,
        documentNumber: '',
        topicCategory: '',
        genre: '',
        disclosureMethod: 'proactive',
        isNormativeDocument: false,
        effectiveOn: '',
        validUntil: '',
        keywords: '',
        ...demo.draft,
      });
      if (reaches(demo.stage, 'submitted')) {
        row = await submitPublication(clockOf('09:30'), contributor, {
          itemId: row.id,
          expectedVersion: row.version,
        });
      }
      if (reaches(demo.stage, 'firstReviewed')) {
        row = await signOffPublication(clockOf('10:00'), reviewer1, {
          itemId: row.id,
          expectedVersion: row.version,
          opinion: '经保密审查，不涉及国家秘密、工作秘密和个人隐私，同意公开',
          isConfidentialityCleared: true,
        });
      }
      if (reaches(demo.stage, 'secondReviewed')) {
        row = await signOffPublication(clockOf('10:30'), reviewer2, {
          itemId: row.id,
          expectedVersion: row.version,
          opinion: '内容准确，同意',
        });
      }
      if (reaches(demo.stage, 'published')) {
        row = await signOffPublication(clockOf('11:00'), reviewer3, {
          itemId: row.id,
          expectedVersion: row.version,
          opinion: '同意发布',
        });
        row = await publishPublication(clockOf('11:30'), reviewer3, {
          itemId: row.id,
          expectedVersion: row.version,
        });
      }
      if (demo.withdrawal) {
        await withdrawPublication({ ...context, now: at(demo.withdrawal.on, '15:00') }, reviewer3, {
          itemId: row.id,
          expectedVersion: row.version,
          reason: demo.withdrawal.reason,
        });
      }
      result.created.push(demo.draft.title);
    } catch (error) {
      result.warnings.push(`示例公开信息“${demo.draft.title}”未能完整生成：${(error as Error).message}`);
    }
  }
  return result;
}
