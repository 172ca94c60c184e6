import { identityDocumentLabels } from '../../../domain/applications/applicant/identity-document.ts';
import { describeReceiptRule } from '../../../domain/applications/deadlines/receipt-channel.ts';
import { openConsultations } from '../../../domain/applications/lifecycle/case-state.ts';
import { outcomeDefinitionOf } from '../../../domain/applications/outcomes/outcomes.ts';
import { formatChineseDate, type IsoDate } from '../../../domain/calendar/iso-date.ts';
import type { WorkingCalendar } from '../../../domain/calendar/working-calendar.ts';
import type { AppealCaseView } from '../../../use-cases/appeal-cases/appeal-case-input.ts';
import type { CaseView } from '../../../use-cases/disclosure-requests/case-view.ts';
import type { SameApplicantRequests } from '../../../use-cases/disclosure-requests/find-requests-of-same-applicant.ts';
import {
  deliveryPreferenceLabels,
  requestedFormLabels,
} from '../../../use-cases/disclosure-requests/request-input.ts';
import { formatDateTime } from '../../shared/format-time.ts';
import type { CaseAttachmentView } from './case-attachments-section.ts';
import type { CommandFormsView } from './command-forms.ts';
import { describeCaseEvent, describeEventActor, describeLetterIssued } from './describe-case-event.ts';
import { dueDateView, type DueDateView } from './due-date-view.ts';
import { caseHref } from './request-links.ts';

export type LabelledValue = { label: string; value: string };

export type CasePageView = {
  caseNumber: string;
  statusLabel: string;
  phaseLabel: string;
  summary: LabelledValue[];
  /** Null when the actor may not see personal data (a supervisor, an administrator). */
  applicant: LabelledValue[] | null;
  information: LabelledValue[];
  items: string[];
  attachments: CaseAttachmentView[] | null;
  /** A case handler may add files to the case. */
  canAddAttachments: boolean;
  deadlines: {
    replyDue: DueDateView | null;
    isProvisional: boolean;
    clockStateReason: string;
    /** 已于…送达/办结, and whether in time ("answered in time" compares the delivery date). */
    conclusionLabel: string | null;
    obligations: Array<{ description: string; dueDateLabel: string; legalBasis: string; isOverdue: boolean }>;
    explanation: string[];
    warnings: string[];
  } | null;
  calendarWarning: string | null;
  decision: {
    stageLabel: string;
    outcomeLabel: string;
    legalBasis: string;
    reasons: string;
    itemsProvided: string[];
    itemsWithheld: string[];
    publishedLocation: string | null;
    /** Multi-item requests: each item's result and what it states; empty for a single item. */
    itemResults: Array<{ description: string; outcomeLabel: string; details: string[] }>;
  } | null;
  timeline: Array<{
    dateLabel: string;
    title: string;
    details: string;
    actorLabel: string;
    recordedAtLabel: string;
  }>;
  sameApplicant: {
    monthLabel: string;
    inSameMonth: Array<{ caseNumber: string; receivedOnLabel: string; title: string; statusLabel: string }>;
    allOtherCount: number;
  } | null;
  appeals: {
    cases: Array<AppealCaseView & { filedOnLabel: string; closedOnLabel: string }>;
    canRecord: boolean;
  };
  commandForms: CommandFormsView;
};

const partyLabels = { agency: '本机关', applicant: '申请人', consultedParty: '被征求意见方' } as const;

function decisionOf(view: CaseView): CasePageView['decision'] {
  const { facts } = view;
  const entry = facts.decision
    ? { stageLabel: '已批准的答复', decision: facts.decision.decision }
    : facts.proposedDecision
      ? { stageLabel: '拟答复意见（待负责人审批）', decision: facts.proposedDecision.decision }
      : null;
  if (!entry) return null;
  const { decision } = entry;
  return {
    stageLabel: entry.stageLabel,
    outcomeLabel: outcomeDefinitionOf(decision.outcomeCode).label,
    legalBasis: decision.legalBasis,
    reasons: decision.reasons,
    itemsProvided: [...decision.itemsProvided],
    itemsWithheld: decision.itemsWithheld.map((item) => `${item.description}：${item.reason}`),
    publishedLocation: decision.publishedLocation,
    itemResults: decision.itemResults.map((item) => ({
      description: item.description,
      outcomeLabel: outcomeDefinitionOf(item.outcomeCode).label,
      details: [
        ['提供的信息或获取途径', item.provided],
        ['不予公开的部分', item.withheld],
        ['理由', item.reason],
      ]
        .filter(([, text]) => (text ?? '').trim() !== '')
        .map(([label, text]) => `${label}：${text ?? ''}`),
    })),
  };
}

/**
 * This request's ordinal among the same applicant's requests of its calendar month (国办函〔2020〕109号
 * 按件计收), by receipt date then case number: the fee form's starting value, staff may change it.
 */
function requestNumberInMonth(options: { view: CaseView; sameApplicant: SameApplicantRequests }): number {
  const { view } = options;
  const earlier = options.sameApplicant.inSameMonth.filter(
    (other) =>
      other.receivedOn < view.receivedOn ||
      (other.receivedOn === view.receivedOn && other.caseNumber < view.caseNumber),
  );
  return earlier.length + 1;
}

/**
 * The case history (Art. 45): the case events and the letters issued, in the order they were
 * recorded (a letter recorded at the same instant as a step comes after it).
 */
function timelineOf(view: CaseView): CasePageView['timeline'] {
  const entries = [
    ...view.events.map((entry) => ({
      recordedAt: entry.recordedAt,
      dateLabel: formatChineseDate(entry.event.date),
      ...describeCaseEvent(entry.event),
      actor: entry.actor,
    })),
    ...view.letterEvents.map((entry) => ({
      recordedAt: entry.recordedAt,
      dateLabel: formatChineseDate(entry.issuedOn),
      ...describeLetterIssued(entry),
      actor: entry.actor,
    })),
  ];
  // A stable sort: the case events keep their log order among themselves.
  entries.sort((first, second) =>
    first.recordedAt < second.recordedAt ? -1 : first.recordedAt > second.recordedAt ? 1 : 0,
  );
  return entries.map(({ recordedAt, actor, ...entry }) => ({
    ...entry,
    actorLabel: describeEventActor(actor),
    recordedAtLabel: recordedAt ? formatDateTime(recordedAt) : '',
  }));
}

/** The case page's view model, from the use cases' answers (rule 8: no rows in views). */
export function casePageView(options: {
  view: CaseView;
  sameApplicant: SameApplicantRequests | null;
  appeals: AppealCaseView[];
  canHandle: boolean;
  calendar: WorkingCalendar;
  today: IsoDate;
  failed?: CommandFormsView['failed'];
}): CasePageView {
  const { view, today, calendar } = options;
  const { applicant, information, deadlines } = view;
  const optional = (label: string, value: string | null): LabelledValue[] =>
    value ? [{ label, value }] : [];
  const open = openConsultations({ ...view.facts, events: [] });
  return {
    caseNumber: view.caseNumber,
    statusLabel: view.statusLabel,
    phaseLabel: view.phaseLabel,
    summary: [
      { label: '办理状态', value: view.statusLabel },
      { label: '收到申请之日', value: formatChineseDate(view.receivedOn) },
      {
        label: '收到方式',
        value: `${describeReceiptRule(view.channel)}${view.isOral ? '（口头申请，工作人员代为填写）' : ''}`,
      },
      { label: '申请人类型', value: view.applicantTypeLabel },
    ],
    applicant: applicant
      ? [
          { label: '姓名或名称', value: applicant.name },
          {
            label: identityDocumentLabels[applicant.identityDocumentKind],
            value: applicant.identityDocumentNumber,
          },
          ...optional('法定代表人或主要负责人', applicant.legalRepresentative),
          ...optional('联系人', applicant.contactPerson),
          ...optional('联系电话', applicant.phone),
          ...optional('电子邮箱', applicant.email),
          ...optional('通信地址', applicant.postalAddress),
          ...optional('邮政编码', applicant.postalCode),
        ]
      : null,
    information: [
      { label: '信息名称', value: information.title },
      ...optional('文件编号', information.documentNumber),
      { label: '内容描述', value: information.description },
      ...optional('用途', information.purpose),
      { label: '提供形式', value: requestedFormLabels[information.requestedForm] },
      { label: '获取方式', value: deliveryPreferenceLabels[information.deliveryMethod] },
    ],
    items: information.items.length > 1 ? information.items.map((item) => item.description) : [],
    attachments:
      view.attachments?.map((attachment) => ({
        href: caseHref(view.caseNumber, `/attachments/${attachment.id}`),
        fileName: attachment.fileName,
        sizeLabel: `${Math.max(1, Math.round(attachment.sizeBytes / 1024))} KB`,
        kindLabel: attachment.kindLabel,
        description: attachment.description,
        addedLabel: `${attachment.addedByName ?? describeEventActor(attachment.addedBy)}于${formatDateTime(attachment.addedAt)}添加`,
      })) ?? null,
    canAddAttachments: options.canHandle && view.attachments !== null,
    deadlines: deadlines
      ? {
          replyDue:
            deadlines.replyDueDate === null || deadlines.conclusion !== null
              ? null
              : dueDateView({ dueDate: deadlines.replyDueDate, today, calendar }),
          isProvisional: deadlines.isReplyDueDateProvisional,
          clockStateReason: deadlines.clockStateReason,
          conclusionLabel: deadlines.conclusion
            ? `${formatChineseDate(deadlines.conclusion.date)}${
                deadlines.conclusion.isInTime === null
                  ? ''
                  : deadlines.conclusion.isInTime
                    ? '，在答复期限内'
                    : '，超过答复期限'
              }`
            : null,
          obligations: deadlines.obligations.map((obligation) => ({
            description: `${partyLabels[obligation.party]}：${obligation.description}`,
            dueDateLabel: formatChineseDate(obligation.dueDate),
            legalBasis: obligation.legalBasis,
            isOverdue: obligation.isOverdue,
          })),
          explanation: deadlines.explanation,
          warnings: deadlines.warnings,
        }
      : null,
    calendarWarning: view.calendarWarning,
    decision: decisionOf(view),
    timeline: timelineOf(view),
    sameApplicant: options.sameApplicant
      ? {
          monthLabel: `${options.sameApplicant.month.slice(0, 4)}年${Number(options.sameApplicant.month.slice(5, 7))}月`,
          inSameMonth: options.sameApplicant.inSameMonth.map((other) => ({
            caseNumber: other.caseNumber,
            receivedOnLabel: formatChineseDate(other.receivedOn),
            title: other.informationTitle,
            statusLabel: other.statusLabel,
          })),
          allOtherCount: options.sameApplicant.allOther.length,
        }
      : null,
    appeals: {
      cases: options.appeals.map((appeal) => ({
        ...appeal,
        filedOnLabel: formatChineseDate(appeal.filedOn),
        closedOnLabel: appeal.closedOn ? formatChineseDate(appeal.closedOn) : '',
      })),
      canRecord: options.canHandle,
    },
    commandForms: {
      caseNumber: view.caseNumber,
      version: view.version,
      today,
      commands: view.availableCommands,
      openConsultations: open.map((consultation) => ({
        consultationId: consultation.consultationId,
        label: `${consultation.partyName}（${formatChineseDate(consultation.sentOn)}发出）`,
      })),
      nextConsultationId: `consultation-${view.facts.consultations.length + 1}`,
      items:
        information.items.length > 1
          ? information.items.map((item) => ({ position: item.position, description: item.description }))
          : [],
      replyDueDateLabel: deadlines?.replyDueDate ? formatChineseDate(deadlines.replyDueDate) : null,
      failed: options.failed,
      defaults: options.sameApplicant
        ? {
            sendFeeNotice: {
              feeMethod: 'perRequest',
              requestNumberInMonth: String(
                requestNumberInMonth({ view, sameApplicant: options.sameApplicant }),
              ),
            },
          }
        : {},
    },
  };
}
