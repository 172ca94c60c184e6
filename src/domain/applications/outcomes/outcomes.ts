import {
  outcomeCodes,
  type OutcomeCode,
  type OutcomeDefinition,
  type OutcomeRequirements,
} from './outcome-catalogue.ts';

const regulation = '《条例》';
const feeMeasures = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

const reasonOnly: OutcomeRequirements = {
  isReasonRequired: true,
  isItemsProvidedRequired: false,
  isItemsWithheldRequired: false,
  isPublishedLocationRequired: false,
};

const withheld = (
  code: OutcomeCode,
  label: string,
  legalBasis: string | null,
  reportRowKey: string,
): OutcomeDefinition => ({
  code,
  label,
  legalBasis,
  reportRowKey,
  isDisclosure: false,
  origin: 'decision',
  requirements: reasonOnly,
});

/** The catalogue of outcomes (rules.md §3), keyed by code, in the order of the list there. */
export const outcomeDefinitions: Record<OutcomeCode, OutcomeDefinition> = {
  alreadyPublished: {
    code: 'alreadyPublished',
    label: '已主动公开，告知获取途径',
    legalBasis: `${regulation}第三十六条第（一）项`,
    reportRowKey: 'disclosed',
    isDisclosure: true,
    origin: 'decision',
    requirements: { ...reasonOnly, isReasonRequired: false, isPublishedLocationRequired: true },
  },
  disclosed: {
    code: 'disclosed',
    label: '予以公开，提供信息或告知获取方式和时间',
    legalBasis: `${regulation}第三十六条第（二）项`,
    reportRowKey: 'disclosed',
    isDisclosure: true,
    origin: 'decision',
    requirements: { ...reasonOnly, isReasonRequired: false, isItemsProvidedRequired: true },
  },
  partiallyDisclosed: {
    code: 'partiallyDisclosed',
    label: '部分公开：公开可以公开的部分，对不予公开的部分说明理由',
    legalBasis: `${regulation}第三十七条`,
    reportRowKey: 'partiallyDisclosed',
    isDisclosure: true,
    origin: 'decision',
    requirements: {
      isReasonRequired: false,
      isItemsProvidedRequired: true,
      isItemsWithheldRequired: true,
      isPublishedLocationRequired: false,
    },
  },
  withheldStateSecret: withheld(
    'withheldStateSecret',
    '不予公开：属于国家秘密',
    `${regulation}第十四条`,
    'withheldStateSecret',
  ),
  withheldProhibitedByLaw: withheld(
    'withheldProhibitedByLaw',
    '不予公开：法律、行政法规禁止公开',
    `${regulation}第十四条`,
    'withheldProhibitedByLaw',
  ),
  withheldThreeSecuritiesOneStability: withheld(
    'withheldThreeSecuritiesOneStability',
    '不予公开：公开后可能危及国家安全、公共安全、经济安全、社会稳定',
    `${regulation}第十四条`,
    'withheldThreeSecuritiesOneStability',
  ),
  withheldThirdPartyRights: withheld(
    'withheldThirdPartyRights',
    '不予公开：涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害',
    `${regulation}第十五条`,
    'withheldThirdPartyRights',
  ),
  withheldInternalAffairs: withheld(
    'withheldInternalAffairs',
    '不予公开：属于人事管理、后勤管理、内部工作流程等内部事务信息',
    `${regulation}第十六条第一款`,
    'withheldInternalAffairs',
  ),
  withheldProcessInformation: withheld(
    'withheldProcessInformation',
    '不予公开：属于讨论记录、过程稿、磋商信函、请示报告等过程性信息',
    `${regulation}第十六条第二款`,
    'withheldProcessInformation',
  ),
  withheldEnforcementFiles: withheld(
    'withheldEnforcementFiles',
    '不予公开：属于行政执法案卷信息',
    `${regulation}第十六条第二款`,
    'withheldEnforcementFiles',
  ),
  withheldAdministrativeQuery: withheld(
    'withheldAdministrativeQuery',
    '按照法律、行政法规规定的办法办理（行政查询事项），告知申请人',
    `${regulation}第三十六条第（七）项`,
    'withheldAdministrativeQuery',
  ),
  notExisting: withheld(
    'notExisting',
    '经检索没有所申请公开的信息，告知该政府信息不存在',
    `${regulation}第三十六条第（四）项`,
    'unableNotHeld',
  ),
  notHeldByThisAgency: withheld(
    'notHeldByThisAgency',
    '不属于本机关负责公开，告知申请人并说明理由（能够确定的，告知负责公开的机关及其联系方式）',
    `${regulation}第三十六条第（五）项`,
    'unableNotHeld',
  ),
  needsCreation: withheld(
    'needsCreation',
    '需要对现有政府信息进行加工、分析，不予提供',
    `${regulation}第三十八条`,
    'unableNeedsCreation',
  ),
  stillUnclearAfterClarification: withheld(
    'stillUnclearAfterClarification',
    '补正后申请内容仍不明确，无法提供',
    `${regulation}第三十条`,
    'unableStillUnclear',
  ),
  complaintOrPetition: withheld(
    'complaintOrPetition',
    '以政府信息公开申请形式进行信访、投诉、举报等，告知通过相应渠道提出',
    `${regulation}第三十九条第一款`,
    'notProcessedComplaint',
  ),
  repeatedRequest: withheld(
    'repeatedRequest',
    '已作出答复后重复申请公开相同政府信息，不予重复处理',
    `${regulation}第三十六条第（六）项`,
    'notProcessedRepeated',
  ),
  publicationRequested: withheld(
    'publicationRequested',
    '要求提供政府公报、报刊、书籍等公开出版物，告知获取途径',
    `${regulation}第三十九条第二款`,
    'notProcessedPublication',
  ),
  massRepeatedWithoutReason: withheld(
    'massRepeatedWithoutReason',
    '申请公开政府信息的数量、频次明显超过合理范围且理由不合理，不予处理',
    `${regulation}第三十五条`,
    'notProcessedMassRepeated',
  ),
  confirmationRequested: withheld(
    'confirmationRequested',
    '要求行政机关确认或者重新出具已获取的信息，不予处理',
    null,
    'notProcessedConfirmation',
  ),
  clarificationNotSupplied: {
    code: 'clarificationNotSupplied',
    label: '申请人无正当理由逾期不补正，视为放弃申请，不再处理',
    legalBasis: `${regulation}第三十条`,
    reportRowKey: 'otherNoCorrection',
    isDisclosure: false,
    origin: 'procedural',
    requirements: { ...reasonOnly, isReasonRequired: false },
  },
  feeNotPaid: {
    code: 'feeNotPaid',
    label: '申请人逾期未按收费通知缴纳费用，视为放弃申请，不再处理',
    legalBasis: feeMeasures,
    reportRowKey: 'otherFeeNotPaid',
    isDisclosure: false,
    origin: 'procedural',
    requirements: { ...reasonOnly, isReasonRequired: false },
  },
  otherHandling: {
    code: 'otherHandling',
    label: '其他处理（如申请人撤回申请）',
    legalBasis: null,
    reportRowKey: 'otherOther',
    isDisclosure: false,
    origin: 'decision',
    requirements: reasonOnly,
  },
};

export function outcomeDefinitionOf(code: OutcomeCode): OutcomeDefinition {
  return outcomeDefinitions[code];
}

export function isOutcomeCode(value: string): value is OutcomeCode {
  return (outcomeCodes as readonly string[]).includes(value);
}

/** The outcomes staff may choose in the decision form, in list order. */
export const selectableOutcomes: readonly OutcomeDefinition[] = outcomeCodes
  .map((code) => outcomeDefinitions[code])
  .filter((definition) => definition.origin === 'decision');
