import { outcomeDefinitions } from '../outcomes/outcomes.ts';
import {
  letterKindOfTemplateKey,
  outcomeCodeOfTemplateKey,
  type LetterKind,
  type LetterTemplateKey,
} from './letter-kind.ts';

export type PlaceholderDefinition = {
  /** The name written in braces in a template, e.g. 申请人 for `{申请人}`. */
  name: string;
  /** What it is filled with, shown to the agency administrator. */
  description: string;
  /** The kinds whose letters can fill it; `all` for every letter. */
  kinds: 'all' | readonly LetterKind[];
};

const consultationKinds: readonly LetterKind[] = ['consultationLetter', 'agencyConsultationLetter'];

/** Every placeholder a template may use. */
export const letterPlaceholders: readonly PlaceholderDefinition[] = [
  { name: '申请人', description: '申请人姓名或名称', kinds: 'all' },
  { name: '申请编号', description: '申请编号，如 sfsw-2025-00012', kinds: 'all' },
  { name: '收到申请日期', description: '收到申请之日（第三十一条），如2025年3月3日', kinds: 'all' },
  { name: '申请内容', description: '申请公开的政府信息（名称、文号或描述）', kinds: 'all' },
  { name: '机关名称', description: '本机关全称', kinds: 'all' },
  { name: '工作机构', description: '政府信息公开工作机构名称', kinds: 'all' },
  { name: '通信地址', description: '政府信息公开工作机构的通信地址', kinds: 'all' },
  { name: '邮政编码', description: '政府信息公开工作机构的邮政编码', kinds: 'all' },
  { name: '联系电话', description: '政府信息公开工作机构的联系电话', kinds: 'all' },
  { name: '落款日期', description: '文书落款日期', kinds: 'all' },
  { name: '收到方式', description: '申请的提交方式，如当面提交', kinds: ['receipt'] },
  { name: '答复期限', description: '答复期限（期限计算结果），如2025年3月31日', kinds: ['receipt'] },
  { name: '补正内容', description: '需要补正的事项（第三十条）', kinds: ['clarificationNotice'] },
  { name: '补正工作日数', description: '补正期限的工作日数，默认15', kinds: ['clarificationNotice'] },
  { name: '补正期限', description: '补正期限届满之日', kinds: ['clarificationNotice'] },
  { name: '被征求意见方', description: '第三方或其他机关的名称', kinds: consultationKinds },
  { name: '征询期限', description: '提出意见的期限（15个工作日）届满之日', kinds: consultationKinds },
  { name: '延长工作日数', description: '延长的工作日数（最长20个）', kinds: ['extensionNotice'] },
  { name: '延期理由', description: '延长答复期限的理由', kinds: ['extensionNotice'] },
  { name: '延长后答复期限', description: '延长后的答复期限', kinds: ['extensionNotice'] },
  { name: '收费依据', description: '收费的法律依据', kinds: ['feeNotice'] },
  { name: '计收方式', description: '按件计收或按量计收', kinds: ['feeNotice'] },
  { name: '收费标准', description: '所适用计收方式的收费标准', kinds: ['feeNotice'] },
  { name: '收费明细', description: '逐档列明的收费计算（多行）', kinds: ['feeNotice'] },
  { name: '收费金额', description: '应缴金额，如1700元', kinds: ['feeNotice'] },
  { name: '缴费方式', description: '缴费方式（本机关设置）', kinds: ['feeNotice'] },
  { name: '缴费期限', description: '缴费期限届满之日', kinds: ['feeNotice'] },
  { name: '办理结果', description: '答复结果的表述', kinds: ['decision'] },
  { name: '法律依据', description: '答复所依据的条款', kinds: ['decision'] },
  { name: '理由', description: '不予公开、无法提供或不予处理的理由', kinds: ['decision'] },
  { name: '提供的信息', description: '提供的政府信息（多行）', kinds: ['decision'] },
  { name: '不予公开的部分', description: '不予公开的部分及理由（多行，第三十七条）', kinds: ['decision'] },
  { name: '附件', description: '提供的政府信息，每项一行，不编号（用于附件栏）', kinds: ['decision'] },
  { name: '获取途径', description: '已主动公开信息的获取途径（第三十六条第（一）项）', kinds: ['decision'] },
  { name: '分项答复', description: '多项申请内容的逐项处理结果（多行；单项申请为空）', kinds: ['decision'] },
  { name: '救济途径', description: '申请行政复议或提起行政诉讼的告知', kinds: ['decision'] },
];

const placeholderByName = new Map(letterPlaceholders.map((definition) => [definition.name, definition]));

export function placeholderDefinitionOf(name: string): PlaceholderDefinition | null {
  return placeholderByName.get(name) ?? null;
}

export function isPlaceholderAvailable(options: { name: string; kind: LetterKind }): boolean {
  const definition = placeholderByName.get(options.name);
  if (!definition) return false;
  return definition.kinds === 'all' || definition.kinds.includes(options.kind);
}

/** The placeholders a template must use: the dates and facts the law requires the letter to state. */
export function requiredPlaceholders(key: LetterTemplateKey): string[] {
  const kind = letterKindOfTemplateKey(key);
  switch (kind) {
    case 'receipt':
      return ['答复期限'];
    case 'clarificationNotice':
      // Art. 30: say what to supply and by when.
      return ['补正内容', '补正期限'];
    case 'consultationLetter':
    case 'agencyConsultationLetter':
      return ['征询期限'];
    case 'extensionNotice':
      return ['延长后答复期限', '延期理由'];
    case 'feeNotice':
      // 国办函〔2020〕109号: basis, standard, amount and how to pay.
      return ['收费依据', '收费标准', '收费明细', '收费金额', '缴费方式', '缴费期限'];
    case 'decision': {
      const outcomeCode = outcomeCodeOfTemplateKey(key);
      const required = ['法律依据', '救济途径'];
      if (outcomeCode === null) return required;
      const { requirements } = outcomeDefinitions[outcomeCode];
      if (requirements.isReasonRequired) required.push('理由');
      if (requirements.isItemsProvidedRequired) required.push('提供的信息');
      if (requirements.isItemsWithheldRequired) required.push('不予公开的部分');
      if (requirements.isPublishedLocationRequired) required.push('获取途径');
      return required;
    }
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
