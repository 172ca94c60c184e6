import { buildBuiltInCalendar } from '../../calendar/built-in-calendar.ts';
import type { IsoDate } from '../../calendar/iso-date.ts';
import { applyTransition } from '../lifecycle/apply-transition.ts';
import type { CaseCommand } from '../lifecycle/case-command.ts';
import type { CaseState } from '../lifecycle/case-state.ts';
import { computeCaseDeadlines } from '../lifecycle/compute-case-deadlines.ts';
import { draftDecision, type DisclosureDecision } from '../outcomes/disclosure-decision.ts';
import type { OutcomeCode } from '../outcomes/outcome-catalogue.ts';
import { outcomeDefinitions } from '../outcomes/outcomes.ts';
import { buildLetter } from './build-letter.ts';
import type { Letter } from './letter.ts';
import type { LetterAgency } from './letter-agency.ts';
import { letterKindOfTemplateKey, outcomeCodeOfTemplateKey, type LetterTemplateKey } from './letter-kind.ts';
import type { LetterRequest } from './letter-request.ts';
import type { LetterTemplate } from './letter-template.ts';

/**
 * Demo data for trying the letters (`gongkai letter sample`) and for the renderer tests: a fictitious
 * agency and one request received online on Monday 22 September 2025, so the reply period runs
 * across the National Day holiday (1–8 October 2025; 28 September and 11 October are working days).
 */
export const sampleAgency: LetterAgency = {
  name: '示范市商务局',
  officeName: '示范市商务局办公室',
  officeAddress: '示范市人民路1号',
  officePostcode: '100000',
  officeTelephone: '0000-12345678',
  documentNumberPattern: '示商务依复〔{年}〕{序号}号',
  documentNumberPatterns: { receipt: '示商务依登〔{年}〕{序号}号', feeNotice: '示商务依费〔{年}〕{序号}号' },
  reconsiderationBody: '示范市人民政府',
  court: '示范市示范区人民法院',
  feePaymentInstructions:
    '请持本通知书到本机关政府信息公开工作机构窗口缴纳，或者通过示范市非税收入缴费平台缴纳（执收单位：示范市商务局）',
};

export const sampleRequest: LetterRequest = {
  caseNumber: 'sfsw-2025-00012',
  applicantName: '张三',
  requestedInformation: '示范市2024年度外贸发展专项资金项目清单及评审专家意见',
};

const receivedOn: IsoDate = '2025-09-22';
const register: CaseCommand = {
  type: 'register',
  receivedOn,
  channel: 'onlineForm',
  applicantType: 'naturalPerson',
};

/** A decision for each outcome with what its letter must state (rules.md §3). */
export function sampleDecision(outcomeCode: OutcomeCode): DisclosureDecision {
  const decision = draftDecision({ outcomeCode });
  const { requirements } = outcomeDefinitions[outcomeCode];
  const samples: Partial<Record<OutcomeCode, Partial<DisclosureDecision>>> = {
    alreadyPublished: {
      publishedLocation:
        '该信息已于2025年3月10日在示范市商务局门户网站“政府信息公开—财政资金”栏目公开，您可登录查阅',
    },
    disclosed: { itemsProvided: ['示范市2024年度外贸发展专项资金项目清单（共3页）'] },
    partiallyDisclosed: {
      itemsProvided: ['示范市2024年度外贸发展专项资金项目清单（共3页）'],
      itemsWithheld: [
        {
          description: '评审专家意见',
          reason:
            '属于行政机关在履行行政管理职能过程中形成的过程性信息（《中华人民共和国政府信息公开条例》第十六条第二款）',
        },
        {
          description: '项目清单中申报企业联系人的姓名和手机号码',
          reason:
            '属于个人隐私，公开会对第三方合法权益造成损害（《中华人民共和国政府信息公开条例》第十五条）',
        },
      ],
    },
    notHeldByThisAgency: {
      reasons:
        '该信息由示范市财政局制作并保存，您可以向示范市财政局申请公开（地址：示范市人民路3号，电话：0000-12345699）',
    },
    confirmationRequested: { legalBasis: '《条例》第三十九条（示例，请按实际依据填写）' },
    otherHandling: { legalBasis: '《条例》（示例，请按实际依据填写）' },
  };
  const reasons = requirements.isReasonRequired ? '经审查，该信息的具体情况见本机关审查意见（示例理由）' : '';
  return { ...decision, reasons, ...samples[outcomeCode] };
}

function commandsFor(key: LetterTemplateKey): CaseCommand[] {
  const kind = letterKindOfTemplateKey(key);
  switch (kind) {
    case 'receipt':
      return [register];
    case 'clarificationNotice':
      return [
        register,
        {
          type: 'requestClarification',
          date: '2025-09-24',
          whatToSupply: '所申请信息的文件名称、文号或者其他特征性描述\n所申请信息的形成年份',
        },
      ];
    case 'consultationLetter':
    case 'agencyConsultationLetter':
      return [
        register,
        {
          type: 'sendConsultation',
          date: '2025-09-25',
          consultationId: 'c1',
          consultedParty: kind === 'consultationLetter' ? 'thirdParty' : 'otherAgency',
          partyName: kind === 'consultationLetter' ? '示范市某某建材有限公司' : '示范市财政局',
        },
      ];
    case 'extensionNotice':
      return [
        register,
        {
          type: 'approveExtension',
          date: '2025-10-17',
          workingDays: 20,
          reason: '所申请的信息涉及档案数量较多、年代较久，需要逐件检索核对',
        },
      ];
    case 'feeNotice':
      return [
        register,
        { type: 'sendFeeNotice', date: '2025-09-26', method: { kind: 'perVolume', pageCount: 150 } },
      ];
    case 'decision': {
      const outcomeCode = outcomeCodeOfTemplateKey(key) ?? 'disclosed';
      if (outcomeCode === 'clarificationNotSupplied') {
        return [
          ...commandsFor('clarificationNotice'),
          { type: 'deemAbandonedForClarification', date: '2025-10-27' },
        ];
      }
      if (outcomeCode === 'feeNotPaid') {
        return [...commandsFor('feeNotice'), { type: 'deemAbandonedForFee', date: '2025-11-05' }];
      }
      const clarified: CaseCommand[] =
        outcomeCode === 'stillUnclearAfterClarification'
          ? [
              {
                type: 'requestClarification',
                date: '2025-09-24',
                whatToSupply: '所申请信息的文件名称或文号',
              },
              { type: 'receiveClarification', date: '2025-09-30' },
            ]
          : [];
      return [
        register,
        ...clarified,
        { type: 'proposeDecision', date: '2025-10-16', decision: sampleDecision(outcomeCode) },
        { type: 'approveDecision', date: '2025-10-17' },
      ];
    }
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** The sample case for a letter, built through the lifecycle's transition table. */
export function buildSampleCase(key: LetterTemplateKey): { caseState: CaseState; issuedOn: IsoDate } {
  const calendar = buildBuiltInCalendar();
  let state: CaseState | null = null;
  for (const command of commandsFor(key)) {
    const now = command.type === 'register' ? command.receivedOn : command.date;
    const result = applyTransition({ state, command, roles: ['caseHandler', 'officeHead'], now, calendar });
    if (!result.isAccepted) throw new Error(`示例案件无法生成：${result.message}`);
    state = result.state;
  }
  if (state === null) throw new Error('示例案件无法生成');
  return { caseState: state, issuedOn: state.lastEventOn };
}

/** What a sample letter may take of an agency instead of the demo data. */
export type SampleLetterOptions = {
  /** The agency's letter details (its settings); the demo agency when absent. */
  agency?: LetterAgency;
  /** The text to fill, e.g. an edited template being previewed; the default text when absent. */
  template?: LetterTemplate;
  /** The 文号 sequence to show; null for a letter without 文号; 12 when absent. */
  documentSequence?: number | null;
};

/** A sample letter of a template key, with demo data and the dates of the built-in calendar. */
export function buildSampleLetter(key: LetterTemplateKey, options: SampleLetterOptions = {}): Letter {
  const { caseState, issuedOn } = buildSampleCase(key);
  const deadlines = computeCaseDeadlines({
    state: caseState,
    calendar: buildBuiltInCalendar(),
    now: issuedOn,
  });
  const documentSequence = options.documentSequence === undefined ? 12 : options.documentSequence;
  return buildLetter({
    kind: letterKindOfTemplateKey(key),
    caseState,
    request: sampleRequest,
    agency: options.agency ?? sampleAgency,
    template: options.template,
    issuedOn,
    deadlines,
    documentSequence: documentSequence ?? undefined,
  });
}
