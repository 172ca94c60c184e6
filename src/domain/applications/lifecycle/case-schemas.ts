import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../../calendar/iso-date.ts';
import { applicantTypes } from '../applicant/applicant-type.ts';
import { receiptChannels } from '../deadlines/receipt-channel.ts';
import { outcomeCodes } from '../outcomes/outcome-catalogue.ts';
import type { CaseCommand } from './case-command.ts';
import type { CaseEvent } from './case-event.ts';

/**
 * Schemas of the serialised commands and events: the API and the forms validate commands with
 * them, the repositories read stored event payloads back with them. Messages in Chinese.
 */
const isoDate = z
  .string({ error: '应为 YYYY-MM-DD 格式的日期' })
  .refine((text): text is IsoDate => isIsoDate(text), { error: '应为 YYYY-MM-DD 格式的真实日期' });
const text = z.string({ error: '应为文字' });
const applicantType = z.enum(applicantTypes, { error: '申请人类型无效' });
const channel = z.enum(receiptChannels, { error: '收到申请的渠道无效' });
const consultedParty = z.enum(['thirdParty', 'otherAgency'], { error: '被征求意见方无效' });
const deliveryMethod = z.enum(['handDelivery', 'post', 'electronic'], { error: '送达方式无效' });
const wholeNumber = z.number({ error: '应为数字' }).int({ error: '应为整数' });
const feeMethod = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('perRequest'), requestNumberInMonth: wholeNumber }),
    z.strictObject({ kind: z.literal('perVolume'), pageCount: wholeNumber }),
  ],
  { error: '收费方式应为按件或按量之一' },
);
const outcomeCode = z.enum(outcomeCodes, { error: '办理结果无效' });
const decision = z.strictObject({
  outcomeCode,
  legalBasis: text,
  reasons: text,
  itemsProvided: z.array(text).readonly(),
  itemsWithheld: z.array(z.strictObject({ description: text, reason: text })).readonly(),
  publishedLocation: text.nullable(),
  itemResults: z
    .array(
      z.strictObject({
        description: text,
        outcomeCode,
        provided: text.optional(),
        withheld: text.optional(),
        reason: text.optional(),
      }),
    )
    .readonly(),
});

export const caseEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('registered'), date: isoDate, channel, applicantType }),
  z.strictObject({ type: z.literal('applicantTypeCorrected'), date: isoDate, applicantType, reason: text }),
  z.strictObject({
    type: z.literal('clarificationRequested'),
    date: isoDate,
    supplementWorkingDays: wholeNumber,
    whatToSupply: text,
  }),
  z.strictObject({ type: z.literal('clarificationReceived'), date: isoDate }),
  z.strictObject({
    type: z.literal('consultationSent'),
    date: isoDate,
    consultationId: text,
    consultedParty,
    partyName: text,
  }),
  z.strictObject({
    type: z.literal('consultationAnswered'),
    date: isoDate,
    consultationId: text,
    hasObjection: z.boolean(),
    summary: text,
  }),
  z.strictObject({ type: z.literal('consultationLapsed'), date: isoDate, consultationId: text }),
  z.strictObject({
    type: z.literal('feeNoticeSent'),
    date: isoDate,
    applicantReceivedOn: isoDate.nullable(),
    method: feeMethod,
    amountYuan: wholeNumber,
  }),
  z.strictObject({ type: z.literal('feePaid'), date: isoDate }),
  z.strictObject({ type: z.literal('extended'), date: isoDate, workingDays: wholeNumber, reason: text }),
  z.strictObject({ type: z.literal('laterDeadlineSet'), date: isoDate, dueDate: isoDate, reason: text }),
  z.strictObject({ type: z.literal('decisionProposed'), date: isoDate, decision }),
  z.strictObject({ type: z.literal('decisionReturned'), date: isoDate, reason: text }),
  z.strictObject({ type: z.literal('decisionApproved'), date: isoDate }),
  z.strictObject({ type: z.literal('delivered'), date: isoDate, method: deliveryMethod }),
  z.strictObject({ type: z.literal('closed'), date: isoDate }),
  z.strictObject({ type: z.literal('withdrawn'), date: isoDate, reason: text }),
  z.strictObject({
    type: z.literal('deemedAbandoned'),
    date: isoDate,
    cause: z.enum(['clarificationNotSupplied', 'feeNotPaid']),
  }),
]);

export const caseCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('register'), receivedOn: isoDate, channel, applicantType }),
  z.strictObject({ type: z.literal('correctApplicantType'), date: isoDate, applicantType, reason: text }),
  z.strictObject({
    type: z.literal('requestClarification'),
    date: isoDate,
    whatToSupply: text,
    supplementWorkingDays: wholeNumber.optional(),
  }),
  z.strictObject({ type: z.literal('receiveClarification'), date: isoDate }),
  z.strictObject({ type: z.literal('deemAbandonedForClarification'), date: isoDate }),
  z.strictObject({
    type: z.literal('sendConsultation'),
    date: isoDate,
    consultationId: text,
    consultedParty,
    partyName: text,
  }),
  z.strictObject({
    type: z.literal('recordConsultationAnswer'),
    date: isoDate,
    consultationId: text,
    hasObjection: z.boolean(),
    summary: text,
  }),
  z.strictObject({ type: z.literal('recordConsultationLapse'), date: isoDate, consultationId: text }),
  z.strictObject({
    type: z.literal('sendFeeNotice'),
    date: isoDate,
    method: feeMethod,
    applicantReceivedOn: isoDate.optional(),
  }),
  z.strictObject({ type: z.literal('recordFeePayment'), date: isoDate }),
  z.strictObject({ type: z.literal('deemAbandonedForFee'), date: isoDate }),
  z.strictObject({
    type: z.literal('approveExtension'),
    date: isoDate,
    workingDays: z.number(),
    reason: text,
  }),
  z.strictObject({ type: z.literal('setLaterDeadline'), date: isoDate, dueDate: isoDate, reason: text }),
  z.strictObject({ type: z.literal('proposeDecision'), date: isoDate, decision }),
  z.strictObject({ type: z.literal('returnDecision'), date: isoDate, reason: text }),
  z.strictObject({ type: z.literal('approveDecision'), date: isoDate }),
  z.strictObject({ type: z.literal('recordDelivery'), date: isoDate, method: deliveryMethod }),
  z.strictObject({ type: z.literal('close'), date: isoDate }),
  z.strictObject({ type: z.literal('withdraw'), date: isoDate, reason: text }),
]);

// The schemas describe exactly the domain types (checked by the compiler both ways).
type Same<Left, Right> = [Left] extends [Right] ? ([Right] extends [Left] ? true : false) : false;
const isEventSchemaExact: Same<z.infer<typeof caseEventSchema>, CaseEvent> = true;
const isCommandSchemaExact: Same<z.infer<typeof caseCommandSchema>, CaseCommand> = true;
void isEventSchemaExact;
void isCommandSchemaExact;

export type ParseResult<Value> = { isValid: true; value: Value } | { isValid: false; problems: string[] };

function parseWith<Value>(schema: z.ZodType<Value>, input: unknown): ParseResult<Value> {
  const result = schema.safeParse(input);
  if (result.success) return { isValid: true, value: result.data };
  return {
    isValid: false,
    problems: result.error.issues.map((issue) =>
      issue.path.length === 0 ? issue.message : `${issue.path.join('.')}：${issue.message}`,
    ),
  };
}

/** Reads a stored event payload (JSON) back into a `CaseEvent`. */
export function parseCaseEvent(input: unknown): ParseResult<CaseEvent> {
  return parseWith(caseEventSchema, input);
}

/** Validates a command received from a form or the API. */
export function parseCaseCommand(input: unknown): ParseResult<CaseCommand> {
  return parseWith(caseCommandSchema, input);
}
