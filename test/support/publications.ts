import type { PublicationDraftInput } from '../../src/use-cases/publications/publication-input.ts';

/** A complete, valid catalogue draft; override what a test is about. */
export function validPublicationDraft(overrides: Partial<PublicationDraftInput> = {}): PublicationDraftInput {
  return {
    title: '示例市商务局关于2025年外贸发展专项资金申报的通知',
    summary: '明确2025年外贸发展专项资金的申报条件、材料和时间。',
    body: '各有关企业：现将2025年外贸发展专项资金申报工作通知如下。',
    writtenOn: '2025-02-20',
    formedOrChangedOn: '2025-02-20',
    publishingOrganisation: '示例市商务局',
    documentNumber: '示商发〔2025〕12号',
    topicCategory: '商贸、海关、旅游',
    genre: '通知',
    statutoryItem: 'article20.5',
    disclosureMethod: 'proactive',
    isNormativeDocument: false,
    effectiveOn: '',
    validUntil: '',
    keywords: '外贸 专项资金，申报',
    ...overrides,
  };
}
