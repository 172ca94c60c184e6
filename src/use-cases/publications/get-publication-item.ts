import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { assertMay } from '../../domain/access/policy.ts';
import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { availableReviewCommands } from '../../domain/publications/apply-review-command.ts';
import {
  describeFindingPosition,
  personalInformationKindLabels,
} from '../../domain/publications/personal-information-scan.ts';
import { reviewLevelLabels, type ReviewLevel } from '../../domain/publications/publication-status.ts';
import type { ReviewCommandType } from '../../domain/publications/review-command.ts';
import { agencyTarget } from '../../db/repositories/agencies.ts';
import {
  findPublicationItemById,
  findUserNames,
  listPublicationSignOffs,
} from '../../db/repositories/publications.ts';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.ts';
import type { UseCaseContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import {
  findingsOf,
  publicationItemViewOf,
  scannedTextsOf,
  type PublicationItemView,
} from './publication-view.ts';
import { reviewStateOf } from './run-review-command.ts';

export const publicationFieldLabels: Record<string, string> = {
  title: '名称',
  summary: '内容概述',
  body: '正文',
};

export type FindingView = {
  kindLabel: string;
  fieldLabel: string;
  line: number;
  column: number;
  start: number;
  end: number;
  maskedText: string;
};

export type SignOffView = {
  level: ReviewLevel;
  levelLabel: string;
  isReturned: boolean;
  reviewerName: string;
  signedAt: Date;
  opinion: string;
  isConfidentialityCleared: boolean;
};

export type PublicationItemDetails = {
  item: PublicationItemView;
  contributorName: string;
  publisherName: string | null;
  signOffs: SignOffView[];
  findings: FindingView[];
  availableCommands: ReviewCommandType[];
};

const inputSchema = z.object({ itemId: z.uuid({ error: '条目无效' }) });

/** One catalogue item for staff: the metadata, Art. 26 timeliness, scan findings, sign-offs and the actions offered. */
export async function getPublicationItem(
  context: UseCaseContext,
  actor: Actor,
  input: { itemId: string },
): Promise<PublicationItemDetails> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new NotFoundError('找不到该公开目录条目');
  const row = await findPublicationItemById(context.db, { itemId: parsed.data.itemId });
  if (!row) throw new NotFoundError('找不到该公开目录条目');
  assertMay(actor, 'publication.contribute', await agencyTarget(context.db, row.agencyId));
  const [signOffs, calendar, names] = await Promise.all([
    listPublicationSignOffs(context.db, row.id),
    loadWorkingCalendar(context.db),
    findUserNames(context.db, [row.contributorId, ...(row.publishedBy ? [row.publishedBy] : [])]),
  ]);
  const texts = scannedTextsOf(row);
  return {
    item: publicationItemViewOf({ row, calendar, today: isoDateInShanghai(context.now()) }),
    contributorName: names.get(row.contributorId) ?? '',
    publisherName: row.publishedBy ? (names.get(row.publishedBy) ?? '') : null,
    signOffs: signOffs.map((signOff) => ({
      level: signOff.level as ReviewLevel,
      levelLabel: reviewLevelLabels[signOff.level as ReviewLevel] ?? String(signOff.level),
      isReturned: signOff.decision === 'returned',
      reviewerName: signOff.reviewerName,
      signedAt: signOff.signedAt,
      opinion: signOff.opinion,
      isConfidentialityCleared: signOff.isConfidentialityCleared,
    })),
    findings: findingsOf(row).map((finding) => ({
      kindLabel: personalInformationKindLabels[finding.kind],
      fieldLabel: publicationFieldLabels[finding.field] ?? finding.field,
      ...describeFindingPosition(texts[finding.field] ?? '', finding.start),
      start: finding.start,
      end: finding.end,
      maskedText: finding.maskedText,
    })),
    availableCommands:
      actor.kind === 'staff'
        ? availableReviewCommands({
            state: reviewStateOf({ row, signOffs }),
            reviewer: { userId: actor.userId, roles: actor.roles },
          })
        : [],
  };
}
