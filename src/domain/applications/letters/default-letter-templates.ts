import { outcomeCodes, type OutcomeCode } from '../outcomes/outcome-catalogue.ts';
import type { LetterTemplateKey, ProceduralLetterKind } from './letter-kind.ts';
import type { LetterTemplate } from './letter-template.ts';

/**
 * The default text of every letter (the agency administrator may edit each; see
 * `validateLetterTemplate`). Articles are of the 《中华人民共和国政府信息公开条例》 (2019).
 */
const regulation = '《中华人民共和国政府信息公开条例》';
const applicationLine =
  '本机关于{收到申请日期}收到您（单位）提出的政府信息公开申请（申请编号：{申请编号}），申请内容为：{申请内容}。';
const contactLine = '联系地址：{通信地址}（邮政编码：{邮政编码}）；联系电话：{联系电话}。';

const procedural: Record<ProceduralLetterKind, Omit<LetterTemplate, 'key'>> = {
  receipt: {
    title: '政府信息公开申请登记回执',
    body: [
      '您（单位）于{收到申请日期}以{收到方式}方式向本机关提出的政府信息公开申请已收到，申请编号为{申请编号}。申请内容：{申请内容}。',
      `根据${regulation}第三十一条的规定，本机关收到申请之日为{收到申请日期}。依照该条例第三十三条第二款的规定，本机关将自收到申请之日起20个工作日内，即于{答复期限}前作出答复；需要延长答复期限的，将另行书面告知。`,
      '申请内容不明确需要补正的，答复期限自本机关收到补正后的申请之日起计算；征求第三方或者其他机关意见所需时间，不计算在答复期限内。',
      '您可以凭申请编号向{工作机构}查询办理进度。',
      contactLine,
    ].join('\n'),
    attachments: [],
  },
  clarificationNotice: {
    title: '补正申请告知书',
    body: [
      applicationLine,
      `经审查，您的申请内容不够明确。根据${regulation}第三十条的规定，请您对以下事项作出补正：`,
      '{补正内容}',
      '请您于{补正工作日数}个工作日内，即{补正期限}前，将补正后的申请提交本机关。答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
      '特此告知。',
      contactLine,
    ].join('\n'),
    attachments: [],
  },
  consultationLetter: {
    title: '政府信息公开第三方意见征询函',
    body: [
      '本机关于{收到申请日期}收到一份政府信息公开申请（申请编号：{申请编号}），申请公开以下政府信息：{申请内容}。',
      `经审查，公开上述政府信息可能损害贵方的合法权益。根据${regulation}第三十二条的规定，现书面征求贵方意见。`,
      '请贵方在15个工作日内，即{征询期限}前，就是否同意公开上述信息向本机关提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。',
      '贵方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。',
      contactLine,
    ].join('\n'),
    attachments: [],
  },
  agencyConsultationLetter: {
    title: '关于政府信息公开申请的征求意见函',
    body: [
      '本机关于{收到申请日期}收到一份政府信息公开申请（申请编号：{申请编号}），申请公开以下政府信息：{申请内容}。',
      `上述政府信息由本机关与贵机关共同制作。根据${regulation}第三十四条的规定，现征求贵机关意见。`,
      '请贵机关在15个工作日内，即{征询期限}前，提出是否同意公开的意见；逾期未提出意见的，视为同意公开。',
      contactLine,
    ].join('\n'),
    attachments: [],
  },
  extensionNotice: {
    title: '延期答复告知书',
    body: [
      applicationLine,
      `因{延期理由}，本机关不能在规定期限内作出答复。根据${regulation}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{延长工作日数}个工作日，本机关将于{延长后答复期限}前作出答复。`,
      '特此告知。',
      contactLine,
    ].join('\n'),
    attachments: [],
  },
  feeNotice: {
    title: '政府信息公开信息处理费收费通知书',
    body: [
      applicationLine,
      '您申请公开政府信息的数量、频次明显超过合理范围。根据{收费依据}的规定，本机关依法收取信息处理费。',
      '计收方式：{计收方式}。收费标准：{收费标准}',
      '收费明细：',
      '{收费明细}',
      '应缴金额合计：{收费金额}。',
      '缴费方式：{缴费方式}',
      '请您自收到本通知书之次日起20个工作日内，即{缴费期限}前缴纳。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。本机关收到费用后继续办理您的申请。',
      contactLine,
    ].join('\n'),
    attachments: [],
  },
};

/** The middle of each 答复告知书: the outcome, its reasons and its article (rules.md §3). */
const decisionTexts: Record<OutcomeCode, string> = {
  alreadyPublished:
    '您申请公开的政府信息已经主动公开。根据{法律依据}的规定，现告知您获取该政府信息的方式和途径：{获取途径}',
  disclosed:
    '经审查，您申请公开的政府信息属于公开范围。根据{法律依据}的规定，本机关向您提供以下政府信息（见附件）：\n{提供的信息}',
  partiallyDisclosed:
    '经审查，您申请公开的政府信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理。根据{法律依据}的规定，本机关向您提供可以公开的部分（见附件）：\n{提供的信息}\n对以下部分不予公开：\n{不予公开的部分}',
  withheldStateSecret:
    '经审查，您申请公开的政府信息属于依法确定为国家秘密的政府信息。{理由}根据{法律依据}的规定，本机关决定不予公开。',
  withheldProhibitedByLaw:
    '经审查，您申请公开的政府信息属于法律、行政法规禁止公开的政府信息。{理由}根据{法律依据}的规定，本机关决定不予公开。',
  withheldThreeSecuritiesOneStability:
    '经审查，您申请公开的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。{理由}根据{法律依据}的规定，本机关决定不予公开。',
  withheldThirdPartyRights:
    '经审查，您申请公开的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。{理由}根据{法律依据}的规定，本机关决定不予公开。',
  withheldInternalAffairs:
    '经审查，您申请公开的政府信息属于人事管理、后勤管理、内部工作流程等内部事务信息。{理由}根据{法律依据}的规定，本机关决定不予公开。',
  withheldProcessInformation:
    '经审查，您申请公开的政府信息属于本机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息。{理由}根据{法律依据}的规定，本机关决定不予公开。',
  withheldEnforcementFiles:
    '经审查，您申请公开的政府信息属于行政执法案卷信息。{理由}根据{法律依据}的规定，本机关决定不予公开。',
  withheldAdministrativeQuery:
    '经审查，您申请获取的信息属于法律、行政法规对信息的获取有特别规定的事项。{理由}根据{法律依据}的规定，请您按照有关法律、行政法规的规定办理。',
  notExisting: '经检索，本机关没有您所申请公开的信息。{理由}根据{法律依据}的规定，现告知您该政府信息不存在。',
  notHeldByThisAgency:
    '经审查，您申请公开的政府信息不属于本机关负责公开。{理由}根据{法律依据}的规定，特此告知。',
  needsCreation:
    '经审查，您申请获取的信息需要本机关对现有政府信息进行加工、分析后方能形成。{理由}根据{法律依据}的规定，本机关不予提供。',
  stillUnclearAfterClarification:
    '经补正，您的申请内容仍不明确，本机关无法确定您所申请的政府信息。{理由}根据{法律依据}的规定，本机关无法提供。',
  complaintOrPetition:
    '经审查，您以政府信息公开申请的形式进行信访、投诉、举报等活动。{理由}根据{法律依据}的规定，本机关不作为政府信息公开申请处理，请您通过相应的渠道提出。',
  repeatedRequest:
    '经审查，本机关已就您申请公开的政府信息作出答复，您重复申请公开相同的政府信息。{理由}根据{法律依据}的规定，本机关不予重复处理。',
  publicationRequested:
    '您申请获取的是政府公报、报刊、书籍等公开出版物。{理由}根据{法律依据}的规定，请您通过相应的出版发行渠道获取。',
  massRepeatedWithoutReason:
    '您申请公开政府信息的数量、频次明显超过合理范围，经本机关要求说明理由，您提出的理由不合理。{理由}根据{法律依据}的规定，本机关不予处理。',
  confirmationRequested:
    '经审查，您的申请系要求本机关确认或者重新出具您已获取的信息。{理由}根据{法律依据}的规定，本机关不予处理。',
  clarificationNotSupplied:
    '本机关已书面告知您对申请作出补正，您无正当理由逾期未补正。根据{法律依据}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。',
  feeNotPaid:
    '本机关已向您发出信息处理费收费通知书，您逾期未缴纳。根据{法律依据}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。',
  otherHandling: '经审查，本机关对您的申请作如下处理：{理由}根据{法律依据}的规定，特此告知。',
};

function decisionTemplate(outcomeCode: OutcomeCode): LetterTemplate {
  return {
    key: `decision.${outcomeCode}`,
    title: '政府信息公开申请答复告知书',
    body: [
      '本机关于{收到申请日期}收到您（单位）提出的政府信息公开申请（申请编号：{申请编号}），申请内容为：{申请内容}。现答复如下：',
      decisionTexts[outcomeCode],
      '{分项答复}',
      '{救济途径}',
      contactLine,
    ].join('\n'),
    attachments: outcomeCode === 'disclosed' || outcomeCode === 'partiallyDisclosed' ? ['{附件}'] : [],
  };
}

/** The default template of every key. */
export const defaultLetterTemplates: ReadonlyMap<LetterTemplateKey, LetterTemplate> = new Map<
  LetterTemplateKey,
  LetterTemplate
>([
  ...Object.entries(procedural).map(([key, template]): [LetterTemplateKey, LetterTemplate] => [
    key as ProceduralLetterKind,
    { key: key as ProceduralLetterKind, ...template },
  ]),
  ...outcomeCodes.map((code): [LetterTemplateKey, LetterTemplate] => [
    `decision.${code}`,
    decisionTemplate(code),
  ]),
]);

export function defaultLetterTemplate(key: LetterTemplateKey): LetterTemplate {
  const template = defaultLetterTemplates.get(key);
  if (!template) throw new RangeError(`没有文书模板“${key}”`);
  return template;
}
