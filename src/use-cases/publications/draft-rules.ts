import { isoDateInShanghai } from '../../domain/calendar/iso-date.ts';
import { searchTermsOf } from '../../domain/publications/search-terms.ts';
import { checkValidity } from '../../domain/publications/validity.ts';
import type { NewPublicationItemRow } from '../../db/repositories/publications.ts';
import { ValidationError } from '../errors.ts';
import type { ValidPublicationDraft } from './publication-input.ts';

/** The catalogue columns of a valid draft, after the rules zod cannot check alone (dates against today). */
export function draftColumnsOf(options: {
  draft: ValidPublicationDraft;
  now: Date;
}): Partial<NewPublicationItemRow> {
  const { draft } = options;
  const today = isoDateInShanghai(options.now);
  if (draft.formedOrChangedOn > today) {
    throw new ValidationError('形成或变更日期不能晚于今天', { formedOrChangedOn: '日期不能晚于今天' });
  }
  if (draft.writtenOn !== null && draft.writtenOn > today) {
    throw new ValidationError('成文日期不能晚于今天', { writtenOn: '日期不能晚于今天' });
  }
  const validity = checkValidity({
    record: {
      validity: 'effective',
      effectiveOn: draft.effectiveOn,
      validUntil: draft.validUntil,
      validityEndedOn: null,
      repealingDocument: '',
    },
    previous: null,
    today,
  });
  if (!validity.isValid) throw new ValidationError(validity.message, validity.fieldErrors);
  return {
    title: draft.title,
    summary: draft.summary,
    body: draft.body,
    writtenOn: draft.writtenOn,
    formedOrChangedOn: draft.formedOrChangedOn,
    publishingOrganisation: draft.publishingOrganisation,
    documentNumber: draft.documentNumber,
    topicCategory: draft.topicCategory,
    genre: draft.genre,
    statutoryItem: draft.statutoryItem,
    disclosureMethod: draft.disclosureMethod,
    isNormativeDocument: draft.isNormativeDocument,
    validity: 'effective',
    effectiveOn: draft.effectiveOn,
    validUntil: draft.validUntil,
    validityEndedOn: null,
    repealingDocument: '',
    keywords: draft.keywords,
  };
}

/** The texts the catalogue search indexes (bigrams, `searchTermsOf`). */
export function searchTermsOfItem(item: {
  title: string;
  summary: string;
  body: string;
  documentNumber: string;
  keywords: readonly string[];
  indexNumber: string | null;
  publishingOrganisation: string;
}): string[] {
  return searchTermsOf([
    item.title,
    item.summary,
    item.body,
    item.documentNumber,
    item.keywords.join(' '),
    item.indexNumber ?? '',
    item.publishingOrganisation,
  ]);
}
