import { z } from 'zod';
import { applicantTypes } from '../../domain/applications/applicant/applicant-type.ts';
import { letterKindLabels, type LetterKind } from '../../domain/applications/letters/letter-kind.ts';
import { caseCommandSchema } from '../../domain/applications/lifecycle/case-schemas.ts';
import { caseStatuses } from '../../domain/applications/lifecycle/case-status.ts';
import { workQueuePhases } from '../../domain/applications/lifecycle/work-queue-phase.ts';
import { appealKinds, appealResults } from '../../use-cases/appeal-cases/appeal-case-input.ts';
import {
  applicantInputSchema,
  informationInputSchema,
  isoDateSchema,
  staffIntakeChannels,
} from '../../use-cases/disclosure-requests/request-input.ts';

/**
 * The JSON shapes of the API, in zod: the routes validate with them and the OpenAPI document is
 * generated from them (`z.toJSONSchema`), so the description cannot drift from the checks.
 */
export const apiAttachmentSchema = z.object({
  fileName: z.string().min(1).max(200),
  mediaType: z.string(),
  /** The file's bytes, base64-encoded (PDF, JPG, PNG or DOCX; at most 5 MB each, 5 files). */
  contentBase64: z.string().max(7_000_000, '附件过大'),
});

export const createApplicationBodySchema = z.object({
  /** `onlineForm` (default): an application forwarded from an online platform, received today (Art. 31 item 3). */
  channel: z.enum(['onlineForm', ...staffIntakeChannels]).default('onlineForm'),
  /** Art. 31 receipt date; required for the other channels, ignored for `onlineForm`. */
  receivedOn: isoDateSchema.optional(),
  isOral: z.boolean().default(false),
  applicant: applicantInputSchema,
  information: informationInputSchema,
  attachments: z.array(apiAttachmentSchema).max(5, '附件最多5个').default([]),
  /** The same key again returns the first application instead of creating a second one. */
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,100}$/)
    .optional(),
});

export const listApplicationsQuerySchema = z.object({
  phase: z.union([z.enum(workQueuePhases), z.array(z.enum(workQueuePhases))]).optional(),
  status: z.union([z.enum(caseStatuses), z.array(z.enum(caseStatuses))]).optional(),
  applicantType: z.enum(applicantTypes).optional(),
  receivedFrom: isoDateSchema.optional(),
  receivedTo: isoDateSchema.optional(),
  q: z.string().max(100).optional(),
  includeFinished: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});

export const applicationParamsSchema = z.object({ requestId: z.uuid() });

export const attachmentParamsSchema = z.object({ requestId: z.uuid(), attachmentId: z.uuid() });

export const letterParamsSchema = z.object({ requestId: z.uuid(), letterId: z.uuid() });

export const letterFileParamsSchema = letterParamsSchema.extend({
  /** DOCX (the `docx` package) or PDF (embedded CJK font). */
  format: z.enum(['docx', 'pdf'], { error: '格式应为 docx 或 pdf' }),
});

export const issueLetterBodySchema = z.object({
  /** The letter to issue; the case must support it now (e.g. `decision` once a decision is proposed). */
  kind: z.enum(Object.keys(letterKindLabels) as [LetterKind, ...LetterKind[]], { error: '文书种类无效' }),
});

export const transitionBodySchema = z.object({
  /** The `version` of the case the client last read: a case changed since is refused (409). */
  expectedVersion: z.number().int().min(1),
  command: caseCommandSchema,
});

export const listAppealCasesQuerySchema = z.object({ requestId: z.uuid().optional() });

export const createAppealCaseBodySchema = z.object({
  requestId: z.uuid(),
  kind: z.enum(appealKinds),
  reference: z.string().max(100).default(''),
  filedOn: isoDateSchema,
  result: z.enum(appealResults).default('pending'),
  closedOn: isoDateSchema.nullish(),
  isCountedByThisAgency: z.boolean().default(true),
});

export const appealCaseParamsSchema = z.object({ appealCaseId: z.uuid() });

export const updateAppealCaseBodySchema = z.object({
  expectedVersion: z.number().int().min(1),
  result: z.enum(appealResults),
  closedOn: isoDateSchema.nullish(),
});

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.string()),
  }),
});
