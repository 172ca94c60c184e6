import { describe, expect, it } from 'vitest';
import { fieldCatalogue2021 } from '../../annual-report/field-catalogue.ts';
import { outcomeCodes } from './outcome-catalogue.ts';
import { outcomeDefinitions, selectableOutcomes } from './outcomes.ts';
import { proposePrimaryOutcome } from './propose-primary-outcome.ts';

// rules.md §3, written out by hand: outcome → (legal basis, table 三 row key).
const expected: Record<string, [string | null, string]> = {
  alreadyPublished: ['《条例》第三十六条第（一）项', 'disclosed'],
  disclosed: ['《条例》第三十六条第（二）项', 'disclosed'],
  partiallyDisclosed: ['《条例》第三十七条', 'partiallyDisclosed'],
  withheldStateSecret: ['《条例》第十四条', 'withheldStateSecret'],
  withheldProhibitedByLaw: ['《条例》第十四条', 'withheldProhibitedByLaw'],
  withheldThreeSecuritiesOneStability: ['《条例》第十四条', 'withheldThreeSecuritiesOneStability'],
  withheldThirdPartyRights: ['《条例》第十五条', 'withheldThirdPartyRights'],
  withheldInternalAffairs: ['《条例》第十六条第一款', 'withheldInternalAffairs'],
  withheldProcessInformation: ['《条例》第十六条第二款', 'withheldProcessInformation'],
  withheldEnforcementFiles: ['《条例》第十六条第二款', 'withheldEnforcementFiles'],
  withheldAdministrativeQuery: ['《条例》第三十六条第（七）项', 'withheldAdministrativeQuery'],
  notExisting: ['《条例》第三十六条第（四）项', 'unableNotHeld'],
  notHeldByThisAgency: ['《条例》第三十六条第（五）项', 'unableNotHeld'],
  needsCreation: ['《条例》第三十八条', 'unableNeedsCreation'],
  stillUnclearAfterClarification: ['《条例》第三十条', 'unableStillUnclear'],
  complaintOrPetition: ['《条例》第三十九条第一款', 'notProcessedComplaint'],
  repeatedRequest: ['《条例》第三十六条第（六）项', 'notProcessedRepeated'],
  publicationRequested: ['《条例》第三十九条第二款', 'notProcessedPublication'],
  massRepeatedWithoutReason: ['《条例》第三十五条', 'notProcessedMassRepeated'],
  confirmationRequested: [null, 'notProcessedConfirmation'],
  clarificationNotSupplied: ['《条例》第三十条', 'otherNoCorrection'],
  feeNotPaid: ['《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）', 'otherFeeNotPaid'],
  otherHandling: [null, 'otherOther'],
};

describe('the outcome catalogue', () => {
  it('has the legal basis and report row of rules.md §3 for every outcome', () => {
    expect([...outcomeCodes].sort()).toEqual(Object.keys(expected).sort());
    for (const code of outcomeCodes) {
      const definition = outcomeDefinitions[code];
      expect([definition.legalBasis, definition.reportRowKey], code).toEqual(expected[code]);
      expect(definition.code).toBe(code);
    }
  });

  it('feeds every result row of table 三, and only result rows', () => {
    const block = fieldCatalogue2021.blocks.find((candidate) => candidate.table === '三');
    const resultRows = block?.rows.filter((row) => row.role === 'result').map((row) => row.key) ?? [];
    expect(resultRows).toHaveLength(21); // （一）（二）, 8 of （三）, 3 of （四）, 5 of （五）, 3 of （六）
    expect(new Set(outcomeCodes.map((code) => outcomeDefinitions[code].reportRowKey))).toEqual(
      new Set(resultRows),
    );
  });

  it('marks disclosures and what each decision must state', () => {
    expect(outcomeCodes.filter((code) => outcomeDefinitions[code].isDisclosure)).toEqual([
      'alreadyPublished',
      'disclosed',
      'partiallyDisclosed',
    ]);
    expect(outcomeDefinitions.partiallyDisclosed.requirements).toEqual({
      isReasonRequired: false,
      isItemsProvidedRequired: true,
      isItemsWithheldRequired: true,
      isPublishedLocationRequired: false,
    });
    expect(outcomeDefinitions.alreadyPublished.requirements.isPublishedLocationRequired).toBe(true);
    expect(outcomeDefinitions.withheldStateSecret.requirements.isReasonRequired).toBe(true);
    expect(outcomeDefinitions.disclosed.requirements.isReasonRequired).toBe(false);
  });

  it('lets staff choose all but the two abandonment outcomes', () => {
    expect(selectableOutcomes).toHaveLength(21);
    expect(selectableOutcomes.map((definition) => definition.code)).not.toContain('feeNotPaid');
    expect(selectableOutcomes.map((definition) => definition.code)).not.toContain('clarificationNotSupplied');
    expect(selectableOutcomes.map((definition) => definition.code)).toContain('otherHandling');
  });
});

describe('proposePrimaryOutcome', () => {
  it.each([
    [['notExisting', 'disclosed'], 'disclosed'],
    [['withheldProcessInformation', 'withheldStateSecret'], 'withheldStateSecret'],
    [['repeatedRequest', 'needsCreation', 'withheldEnforcementFiles'], 'withheldEnforcementFiles'],
    [['disclosed', 'partiallyDisclosed'], 'partiallyDisclosed'],
    [['alreadyPublished', 'disclosed'], 'alreadyPublished'],
    [['otherHandling', 'confirmationRequested'], 'confirmationRequested'],
    [[], null],
  ] as const)('proposes for %j: %s', (itemOutcomes, proposal) => {
    expect(proposePrimaryOutcome({ itemOutcomes })).toBe(proposal);
  });
});
