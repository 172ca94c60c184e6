import type { Actor, SystemActor } from '../../domain/access/actor.ts';
import type { CaseCommand } from '../../domain/applications/lifecycle/case-command.ts';
import type { DisclosureDecision } from '../../domain/applications/outcomes/disclosure-decision.ts';
import { addCalendarDays, isoDateInShanghai, type IsoDate } from '../../domain/calendar/iso-date.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { findDisclosureRequestById } from '../../db/repositories/disclosure-requests.ts';
import { findUserByUsername } from '../../db/repositories/users.ts';
import { recordAppealCase } from '../appeal-cases/record-appeal-case.ts';
import { staffActorOf } from '../auth/sessions.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import type { UseCaseContext } from '../context.ts';
import { applyCaseCommand } from '../disclosure-requests/apply-case-command.ts';
import { registerRequest } from '../disclosure-requests/register-request.ts';
import type { StaffRegistrationInput } from '../disclosure-requests/request-input.ts';
import { demoAgency } from './demo-agencies.ts';

/** Who does a step of a demo case: the demo case handler or the demo office head. */
type DemoRole = 'handler' | 'head';
type DemoStep = { by: DemoRole; command: CaseCommand };

/** A demo request: its intake, then its steps, all through the use cases (so its events exist and replay). */
type DemoRequest = {
  key: string;
  intake: Omit<StaffRegistrationInput, 'agencySlug' | 'idempotencyKey'>;
  steps: DemoStep[];
  appeal?: { kind: 'reconsideration'; filedOn: IsoDate; reference: string };
};

export type DemoRequestsResult = { created: string[]; skipped: string[]; warnings: string[] };

const applicants = {
  wang: { name: '王建国', identityDocumentNumber: '330402198506154566', phone: '13905730001' },
  li: { name: '李秀英', identityDocumentNumber: '330106199203047898', phone: '13905730002' },
  zhao: { name: '赵明', identityDocumentNumber: '11010519491231002X', phone: '13905730003' },
  chen: { name: '陈晓燕', identityDocumentNumber: '330402199001011230', phone: '13905730004' },
} as const;

function intakeOf(options: {
  applicant: keyof typeof applicants;
  receivedOn: IsoDate;
  channel: StaffRegistrationInput['channel'];
  title: string;
  description: string;
}): DemoRequest['intake'] {
  const person = applicants[options.applicant];
  return {
    channel: options.channel,
    receivedOn: options.receivedOn,
    applicant: {
      applicantType: 'naturalPerson',
      name: person.name,
      identityDocumentKind: 'residentIdentityCard',
      identityDocumentNumber: person.identityDocumentNumber,
      phone: person.phone,
      postalAddress: '浙江省示例市南湖区示例路100号',
      postalCode: '314000',
    },
    information: {
      informationTitle: options.title,
      informationDescription: options.description,
      requestedForm: 'paper',
      deliveryMethod: 'post',
    },
  };
}

const notHeld: DisclosureDecision = {
  outcomeCode: 'notHeldByThisAgency',
  legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（五）项',
  reasons: '经检索，本机关未制作、获取该信息；该信息可能由示例市自然资源和规划局掌握，请向其申请。',
  itemsProvided: [],
  itemsWithheld: [],
  publishedLocation: null,
  itemResults: [],
};

const massRepeated: DisclosureDecision = {
  outcomeCode: 'massRepeatedWithoutReason',
  legalBasis: '《中华人民共和国政府信息公开条例》第三十五条',
  reasons: '申请人短期内就同一事项反复提出大量申请，经要求说明理由，未能说明理由或理由不合理。',
  itemsProvided: [],
  itemsWithheld: [],
  publishedLocation: null,
  itemResults: [],
};

const disclosed: DisclosureDecision = {
  outcomeCode: 'disclosed',
  legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
  reasons: '',
  itemsProvided: ['示例市2024年度外贸发展专项资金项目清单'],
  itemsWithheld: [],
  publishedLocation: null,
  itemResults: [],
};

const partial: DisclosureDecision = {
  outcomeCode: 'partiallyDisclosed',
  legalBasis: '《中华人民共和国政府信息公开条例》第三十七条',
  reasons: '',
  itemsProvided: ['示例市商贸流通项目评审结果'],
  itemsWithheld: [{ description: '评审专家个人意见', reason: '属于过程性信息（《条例》第十六条第二款）' }],
  publishedLocation: null,
  itemResults: [],
};

/** The steps from a proposed decision to closing. */
function decide(options: {
  decision: DisclosureDecision;
  proposedOn: IsoDate;
  approvedOn: IsoDate;
  closedOn: IsoDate | null;
}): DemoStep[] {
  return [
    {
      by: 'handler',
      command: { type: 'proposeDecision', date: options.proposedOn, decision: options.decision },
    },
    { by: 'head', command: { type: 'approveDecision', date: options.approvedOn } },
    { by: 'handler', command: { type: 'recordDelivery', date: options.approvedOn, method: 'post' } },
    ...(options.closedOn
      ? [{ by: 'handler' as const, command: { type: 'close' as const, date: options.closedOn } }]
      : []),
  ];
}

/**
 * The 2024 requests of the seed report (tables 三 and 四 of 嘉兴市商务局 2024): three natural
 * persons, one concluded as 本机关不掌握相关政府信息, two as 无正当理由大量反复申请; no appeals.
 */
export const demoRequests2024: readonly DemoRequest[] = [
  {
    key: 'demo-2024-not-held-0001',
    intake: intakeOf({
      applicant: 'wang',
      receivedOn: '2024-03-11',
      channel: 'inPerson',
      title: '示例市某地块土地出让合同',
      description: '请提供南湖区某地块2019年土地出让合同及附件。',
    }),
    steps: decide({
      decision: notHeld,
      proposedOn: '2024-03-27',
      approvedOn: '2024-03-29',
      closedOn: '2024-04-01',
    }),
  },
  {
    key: 'demo-2024-mass-repeated-0002',
    intake: intakeOf({
      applicant: 'li',
      receivedOn: '2024-06-03',
      channel: 'registeredMail',
      title: '2015年至2024年全部商务执法记录',
      description: '请提供2015年以来本机关全部行政执法记录、会议纪要及内部请示。',
    }),
    steps: decide({
      decision: massRepeated,
      proposedOn: '2024-06-19',
      approvedOn: '2024-06-20',
      closedOn: '2024-06-24',
    }),
  },
  {
    key: 'demo-2024-mass-repeated-0003',
    intake: intakeOf({
      applicant: 'li',
      receivedOn: '2024-06-04',
      channel: 'registeredMail',
      title: '2015年至2024年全部商务执法记录（第二份）',
      description: '同前一申请，分项列出每一年度的全部执法记录。',
    }),
    steps: decide({
      decision: massRepeated,
      proposedOn: '2024-06-19',
      approvedOn: '2024-06-20',
      closedOn: '2024-06-24',
    }),
  },
];

/** Concluded 2025 requests (fixed dates), so the 2025 tables are not empty. */
const demoRequests2025: readonly DemoRequest[] = [
  {
    key: 'demo-2025-disclosed-0001',
    intake: intakeOf({
      applicant: 'zhao',
      receivedOn: '2025-03-04',
      channel: 'email',
      title: '示例市2024年度外贸发展专项资金项目清单',
      description: '请提供2024年度外贸发展专项资金支持项目清单。',
    }),
    steps: decide({
      decision: disclosed,
      proposedOn: '2025-03-18',
      approvedOn: '2025-03-19',
      closedOn: '2025-03-21',
    }),
  },
  {
    key: 'demo-2025-partial-0002',
    intake: intakeOf({
      applicant: 'chen',
      receivedOn: '2025-09-01',
      channel: 'inPerson',
      title: '示例市商贸流通项目评审结果及专家意见',
      description: '请提供2025年商贸流通项目评审结果和专家评审意见。',
    }),
    steps: [
      {
        by: 'handler',
        command: {
          type: 'sendConsultation',
          date: '2025-09-03',
          consultationId: 'consultation-1',
          consultedParty: 'thirdParty',
          partyName: '示例商贸有限公司',
        },
      },
      {
        by: 'handler',
        command: {
          type: 'recordConsultationAnswer',
          date: '2025-09-12',
          consultationId: 'consultation-1',
          hasObjection: false,
          summary: '同意公开评审结果',
        },
      },
      ...decide({
        decision: partial,
        proposedOn: '2025-09-22',
        approvedOn: '2025-09-23',
        closedOn: '2025-09-26',
      }),
    ],
    appeal: { kind: 'reconsideration', filedOn: '2025-10-20', reference: '示政复〔2025〕18号' },
  },
  {
    key: 'demo-2025-withdrawn-0003',
    intake: intakeOf({
      applicant: 'wang',
      receivedOn: '2025-11-03',
      channel: 'ordinaryLetter',
      title: '示例市商业网点规划（征求意见稿）',
      description: '请提供商业网点规划征求意见稿。',
    }),
    steps: [
      { by: 'handler', command: { type: 'withdraw', date: '2025-11-10', reason: '申请人书面申请撤回' } },
    ],
  },
];

/** The working day `count` working days before `date`. */
function workingDaysBefore(calendar: WorkingCalendar, date: IsoDate, count: number): IsoDate {
  let day = date;
  let remaining = count;
  while (remaining > 0) {
    day = addCalendarDays(day, -1);
    if (calendar.isWorkingDay(day)) remaining -= 1;
  }
  return day;
}

/**
 * Open cases relative to today, one or more per work-queue phase: new, waiting for the applicant
 * (correction, fee), consulting, due within 5 working days, overdue, extended, awaiting approval,
 * decided and delivered.
 */
function openDemoRequests(options: { calendar: WorkingCalendar; today: IsoDate }): DemoRequest[] {
  const { calendar, today } = options;
  const ago = (workingDays: number): IsoDate =>
    workingDays === 0 ? today : workingDaysBefore(calendar, today, workingDays);
  const intake = (
    applicant: keyof typeof applicants,
    receivedDaysAgo: number,
    title: string,
    channel: StaffRegistrationInput['channel'] = 'inPerson',
  ) =>
    intakeOf({
      applicant,
      receivedOn: ago(receivedDaysAgo),
      channel,
      title,
      description: `请提供${title}。`,
    });
  const year = today.slice(0, 4);
  return [
    {
      key: `demo-open-${year}-new`,
      intake: intake('zhao', 1, '示例市电子商务进农村综合示范项目验收报告'),
      steps: [],
    },
    {
      key: `demo-open-${year}-clarification`,
      intake: intake('chen', 6, '有关商场的材料', 'email'),
      steps: [
        {
          by: 'handler',
          command: {
            type: 'requestClarification',
            date: ago(4),
            whatToSupply: '请说明所需信息的商场名称、年份和文件名称。',
          },
        },
      ],
    },
    {
      key: `demo-open-${year}-fee`,
      intake: intake('li', 8, '2020年以来全部外资企业设立备案材料', 'registeredMail'),
      steps: [
        {
          by: 'handler',
          command: {
            type: 'sendFeeNotice',
            date: ago(3),
            method: { kind: 'perVolume', pageCount: 150 },
            applicantReceivedOn: ago(2),
          },
        },
      ],
    },
    {
      key: `demo-open-${year}-consulting`,
      intake: intake('wang', 9, '示例购物中心消防整改情况通报'),
      steps: [
        {
          by: 'handler',
          command: {
            type: 'sendConsultation',
            date: ago(5),
            consultationId: 'consultation-1',
            consultedParty: 'otherAgency',
            partyName: '示例市消防救援支队',
          },
        },
      ],
    },
    {
      key: `demo-open-${year}-due-soon`,
      intake: intake('zhao', 17, '示例市成品油零售网点布局规划'),
      steps: [],
    },
    {
      key: `demo-open-${year}-overdue`,
      intake: intake('chen', 23, '示例市家电以旧换新补贴资金发放明细', 'ordinaryLetter'),
      steps: [],
    },
    {
      key: `demo-open-${year}-extended`,
      intake: intake('wang', 25, '示例市历年招商引资协议汇编'),
      steps: [
        {
          by: 'head',
          command: {
            type: 'approveExtension',
            date: ago(8),
            workingDays: 20,
            reason: '涉及文件数量多，需逐件审查',
          },
        },
      ],
    },
    {
      key: `demo-open-${year}-approval`,
      intake: intake('zhao', 12, '示例市2025年促消费活动资金使用情况'),
      steps: [{ by: 'handler', command: { type: 'proposeDecision', date: ago(1), decision: disclosed } }],
    },
    {
      key: `demo-open-${year}-decided`,
      intake: intake('chen', 14, '示例市商务领域安全生产检查通报'),
      steps: [
        { by: 'handler', command: { type: 'proposeDecision', date: ago(2), decision: disclosed } },
        { by: 'head', command: { type: 'approveDecision', date: ago(1) } },
      ],
    },
    {
      key: `demo-open-${year}-delivered`,
      intake: intake('li', 16, '示例市商务局2024年部门决算'),
      steps: decide({ decision: disclosed, proposedOn: ago(4), approvedOn: ago(3), closedOn: null }),
    },
  ];
}

/**
 * Loads the demo agency's disclosure requests through the use cases, as the demo case handler and
 * office head (or the system actor when those accounts are missing). Each request carries a fixed
 * idempotency key: a second run finds it and adds nothing. Open cases are dated relative to today,
 * so the queue always shows due-soon and overdue cases.
 */
export async function loadDemoRequests(
  context: UseCaseContext,
  options: { actor: SystemActor },
): Promise<DemoRequestsResult> {
  const actorFor = async (username: string): Promise<Actor> => {
    const user = await findUserByUsername(context.db, username);
    return user ? staffActorOf(user) : options.actor;
  };
  const actors: Record<DemoRole, Actor> = {
    handler: await actorFor('handler'),
    head: await actorFor('office-head'),
  };
  const calendar = await loadWorkingCalendar(context.db);
  const today = isoDateInShanghai(context.now());
  const result: DemoRequestsResult = { created: [], skipped: [], warnings: [] };
  let open: DemoRequest[] = [];
  try {
    open = openDemoRequests({ calendar, today });
  } catch (error) {
    result.warnings.push(`未生成在办示例申请：${(error as Error).message}`);
  }
  for (const demo of [...demoRequests2024, ...demoRequests2025, ...open]) {
    try {
      const submitted = await registerRequest(context, actors.handler, {
        ...demo.intake,
        agencySlug: demoAgency.slug,
        idempotencyKey: demo.key,
      });
      if (submitted.isDuplicate) {
        result.skipped.push(submitted.caseNumber);
        continue;
      }
      for (const step of demo.steps) {
        const row = await findDisclosureRequestById(context.db, { requestId: submitted.requestId });
        await applyCaseCommand(context, actors[step.by], {
          requestId: submitted.requestId,
          expectedVersion: row?.version ?? 0,
          command: step.command,
        });
      }
      if (demo.appeal) {
        await recordAppealCase(context, actors.handler, { requestId: submitted.requestId, ...demo.appeal });
      }
      result.created.push(submitted.caseNumber);
    } catch (error) {
      result.warnings.push(`示例申请 ${demo.key} 未能完整生成：${(error as Error).message}`);
    }
  }
  return result;
}
