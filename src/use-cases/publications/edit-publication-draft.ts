import type { Actor } from '../../domain/access/actor.ts';
import type { PublicationItemRow } from '../../db/repositories/publications.ts';
import { parseInput, type RawInput } from '../agencies/agency-input.ts';
import type { UseCaseContext } from '../context.ts';
import { draftColumnsOf, searchTermsOfItem } from './draft-rules.ts';
import {
  editPublicationDraftSchema,
  publicationDraftFields,
  type PublicationDraftInput,
} from './publication-input.ts';
import { runReviewCommand } from './run-review-command.ts';

/** The contributor changes a draft or a returned item; the event names the fields changed. */
export async function editPublicationDraft(
  context: UseCaseContext,
  actor: Actor,
  input: (PublicationDraftInput & { itemId: string; expectedVersion: number }) | RawInput,
): Promise<PublicationItemRow> {
  const valid = parseInput(editPublicationDraftSchema, input);
  return runReviewCommand(context, actor, {
    itemId: valid.itemId,
    expectedVersion: valid.expectedVersion,
    action: 'publication.contribute',
    command: () => ({ type: 'editDraft' }),
    save: async ({ row, now }) => {
      const changes = draftColumnsOf({ draft: valid, now });
      const changed = publicationDraftFields.filter(
        (field) => JSON.stringify(changes[field]) !== JSON.stringify(row[field]),
      );
      return {
        changes,
        searchTerms: searchTermsOfItem({ ...valid, indexNumber: row.indexNumber }),
        eventKind: 'publication.edited',
        payload: { changed },
      };
    },
  });
}
