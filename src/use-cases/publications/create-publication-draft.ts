import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { describeActor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { applyReviewCommand } from '../../domain/publications/apply-review-command.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import { appendEvent } from '../../db/repositories/event-log.ts';
import {
  insertPublicationItem,
  publicationItemSubjectType,
  type PublicationItemRow,
} from '../../db/repositories/publications.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { ValidationError } from '../errors.ts';
import { draftColumnsOf, searchTermsOfItem } from './draft-rules.ts';
import { createPublicationDraftSchema, type PublicationDraftInput } from './publication-input.ts';
import { staffOnly } from './run-review-command.ts';

/** A contributor starts a catalogue item (谁供稿、谁负责): a draft with its event. */
export async function createPublicationDraft(
  context: UseCaseContext,
  actor: Actor,
  input: (PublicationDraftInput & { agencyId: string }) | RawInput,
): Promise<PublicationItemRow> {
  const valid = parseInput(createPublicationDraftSchema, input);
  const staff = staffOnly(actor);
  return context.db.transaction(async (transaction) => {
    assertMay(actor, 'publication.contribute', await agencyTarget(transaction, valid.agencyId));
    const result = applyReviewCommand({
      state: null,
      command: { type: 'createDraft' },
      reviewer: { userId: staff.userId, roles: staff.roles },
    });
    if (!result.isAccepted) throw new ValidationError(result.message);
    const now = context.now();
    const columns = draftColumnsOf({ draft: valid, now });
    const row = await insertPublicationItem(transaction, {
      row: {
        ...columns,
        id: randomUUID(),
        agencyId: valid.agencyId,
        status: result.status,
        title: valid.title,
        summary: valid.summary,
        body: valid.body,
        formedOrChangedOn: valid.formedOrChangedOn,
        publishingOrganisation: valid.publishingOrganisation,
        statutoryItem: valid.statutoryItem,
        disclosureMethod: valid.disclosureMethod,
        keywords: valid.keywords,
        contributorId: staff.userId,
        version: 1,
        createdAt: now,
        updatedAt: now,
      },
      searchTerms: searchTermsOfItem({ ...valid, indexNumber: null }),
    });
    await appendEvent(transaction, {
      agencyId: row.agencyId,
      actor: describeActor(actor),
      kind: 'publication.drafted',
      subjectType: publicationItemSubjectType,
      subjectId: row.id,
      payload: {
        title: row.title,
        formedOrChangedOn: row.formedOrChangedOn,
        statutoryItem: row.statutoryItem,
      },
      occurredAt: now,
    });
    return row;
  });
}
