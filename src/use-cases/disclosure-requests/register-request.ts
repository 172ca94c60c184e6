import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { agencyTarget, findAgencyBySlug } from '../../db/repositories/agencies.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { createDisclosureRequest, type SubmittedRequest } from './create-disclosure-request.ts';
import { staffRegistrationInputSchema, type StaffRegistrationInput } from './request-input.ts';

/**
 * Staff intake of an application received by letter (registered or ordinary), in person, by fax
 * or e-mail, or orally (written down by staff, Art. 29 para 1), with the receipt date of Art. 31
 * and the scan of the paper. Requires `request.handle` at the agency.
 */
export async function registerRequest(
  context: UseCaseContext,
  actor: Actor,
  input: StaffRegistrationInput | RawInput,
): Promise<SubmittedRequest> {
  const valid = parseInput(staffRegistrationInputSchema, input);
  const agency = await findAgencyBySlug(context.db, valid.agencySlug);
  if (!agency) throw new ValidationError('受理机关不存在', { agencySlug: '受理机关不存在' });
  assertMay(actor, 'request.handle', await agencyTarget(context.db, agency.id));
  if (valid.isOral && valid.channel !== 'inPerson') {
    throw new ValidationError('口头申请只能当面提出', { isOral: '口头申请只能当面提出（第二十九条第一款）' });
  }
  return createDisclosureRequest(context, {
    agency,
    actor,
    channel: valid.channel,
    isOral: valid.isOral,
    receivedOn: valid.receivedOn,
    applicant: valid.applicant,
    information: valid.information,
    attachments: valid.attachments,
    attachmentKind: 'paperScan',
    idempotencyKey: valid.idempotencyKey,
  });
}
