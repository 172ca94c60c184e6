import type { PublicActor } from '../../domain/access/actor.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { findAgencyBySlug } from '../../db/repositories/agencies.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { createDisclosureRequest, type SubmittedRequest } from './create-disclosure-request.ts';
import { onlineRequestInputSchema, type OnlineRequestInput } from './request-input.ts';

const portalActor: PublicActor = { kind: 'public' };

/**
 * An application through the portal's online form (Art. 29; receipt on the day of submission, the
 * day the office's system confirms it, Art. 31 item 3). No login: the applicant gets the case
 * number and the query code, shown once. The same form submitted twice (same idempotency key)
 * gives one case and the same answer.
 */
export async function submitOnlineRequest(
  context: UseCaseContext,
  input: OnlineRequestInput | RawInput,
): Promise<SubmittedRequest> {
  const valid = parseInput(onlineRequestInputSchema, input);
  const agency = await findAgencyBySlug(context.db, valid.agencySlug);
  if (!agency) throw new ValidationError('受理机关不存在', { agencySlug: '受理机关不存在' });
  return createDisclosureRequest(context, {
    agency,
    actor: portalActor,
    channel: 'onlineForm',
    isOral: false,
    receivedOn: isoDateInShanghai(context.now()),
    applicant: valid.applicant,
    information: valid.information,
    attachments: valid.attachments,
    attachmentKind: 'applicantUpload',
    idempotencyKey: valid.idempotencyKey,
  });
}
