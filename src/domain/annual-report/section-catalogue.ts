/** The six sections of the report, in their fixed order (国办公开办函〔2021〕30号). */

export const sectionKeys = [
  'overview',
  'proactiveDisclosure',
  'requestsReceivedAndHandled',
  'reconsiderationAndLitigation',
  'problemsAndImprovements',
  'otherMatters',
] as const;

export type SectionKey = (typeof sectionKeys)[number];

export type SectionDefinition = {
  key: SectionKey;
  numeral: '一' | '二' | '三' | '四' | '五' | '六';
  /** The exact title. */
  title: string;
  /** Wordings real reports use instead; accepted on import, reported by check 10. */
  alternativeTitles: readonly string[];
};

export const sectionDefinitions: readonly SectionDefinition[] = [
  {
    key: 'overview',
    numeral: '一',
    title: '总体情况',
    alternativeTitles: ['总体情况概述', '概述', '基本情况', '总体概况'],
  },
  {
    key: 'proactiveDisclosure',
    numeral: '二',
    title: '主动公开政府信息情况',
    alternativeTitles: ['主动公开政府信息的情况', '主动公开情况'],
  },
  {
    key: 'requestsReceivedAndHandled',
    numeral: '三',
    title: '收到和处理政府信息公开申请情况',
    alternativeTitles: ['收到和处理政府信息公开申请的情况', '依申请公开政府信息情况'],
  },
  {
    key: 'reconsiderationAndLitigation',
    numeral: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    alternativeTitles: [
      '政府信息公开行政复议和行政诉讼情况',
      '因政府信息公开申请行政复议、提起行政诉讼的情况',
    ],
  },
  {
    key: 'problemsAndImprovements',
    numeral: '五',
    title: '存在的主要问题及改进情况',
    alternativeTitles: [
      '存在的主要问题和改进情况',
      '存在的主要问题及改进措施',
      '存在问题及改进措施',
      '存在的问题及改进情况',
    ],
  },
  {
    key: 'otherMatters',
    numeral: '六',
    title: '其他需要报告的事项',
    alternativeTitles: ['其他需要报告的事情', '其他事项'],
  },
];
