import { describe, expect, it } from 'vitest';
import { buildCaseInStatus } from '../lifecycle/testing/case-factories.ts';
import { availableLetterKinds } from './available-letter-kinds.ts';
import { defaultLetterTemplate } from './default-letter-templates.ts';
import { letterSchema, letterTemplateSchema } from './letter-schemas.ts';
import { buildSampleLetter } from './sample-letters.ts';

describe('letterSchema and letterTemplateSchema', () => {
  it('read back a letter and a template through JSON unchanged', () => {
    const letter = buildSampleLetter('decision.partiallyDisclosed');
    expect(letterSchema.parse(JSON.parse(JSON.stringify(letter)))).toEqual(letter);
    const template = defaultLetterTemplate('feeNotice');
    expect(letterTemplateSchema.parse(JSON.parse(JSON.stringify(template)))).toEqual(template);
  });

  it('refuses an unknown template key in Chinese', () => {
    const result = letterTemplateSchema.safeParse({
      ...defaultLetterTemplate('receipt'),
      key: 'decision.unknown',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('文书模板代码无效');
  });
});

describe('availableLetterKinds', () => {
  it.each([
    ['registered', ['receipt']],
    ['awaitingClarification', ['receipt', 'clarificationNotice']],
    ['consulting', ['receipt', 'consultationLetter']],
    ['awaitingFeePayment', ['receipt', 'feeNotice']],
    ['awaitingApproval', ['receipt', 'decision']],
    ['decided', ['receipt', 'decision']],
    ['deemedAbandoned', ['receipt', 'decision']],
    ['withdrawn', ['receipt']],
  ] as const)('%s: %j', (status, kinds) => {
    expect(availableLetterKinds({ caseState: buildCaseInStatus(status) })).toEqual(kinds);
  });
});
