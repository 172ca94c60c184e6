import type { IsoDate } from '../../calendar/iso-date.ts';
import type { CheckFinding } from '../checks/check-finding.ts';

export type PublicationPlan =
  { isAllowed: true; revision: number; correctionNote: string | null } | { isAllowed: false; reason: string };

const maximumNoteLength = 500;

/**
 * Whether the draft may be published now, and as which revision (Art. 49–50): the year must be
 * over; no hard check failure (report-format.md rules 1–5) may remain, since an inaccurate report
 * is what the format holds officials accountable for; the first publication is revision 1; a later
 * one is a correction that says what it corrects, and must change something.
 */
export function planPublication(options: {
  year: number;
  today: IsoDate;
  hardFindings: readonly CheckFinding[];
  latestRevision: number | null;
  correctionNote: string;
  isSameAsLatest: boolean;
}): PublicationPlan {
  const { year, latestRevision } = options;
  if (options.today <= `${year}-12-31`) {
    return { isAllowed: false, reason: `${year}年度尚未结束，年度结束后才能发布该年度报告` };
  }
  if (options.hardFindings.length > 0) {
    return {
      isAllowed: false,
      reason: `仍有 ${options.hardFindings.length} 项硬性错误（勾稽关系或空白单元格），请修改后再发布`,
    };
  }
  if (latestRevision === null) return { isAllowed: true, revision: 1, correctionNote: null };
  const note = options.correctionNote.trim();
  if (note === '') return { isAllowed: false, reason: '该年度报告已发布，再次发布为更正，请填写更正说明' };
  if (note.length > maximumNoteLength) {
    return { isAllowed: false, reason: `更正说明不能超过${maximumNoteLength}个字符` };
  }
  if (options.isSameAsLatest) {
    return { isAllowed: false, reason: '草稿与已发布的版本相同，没有需要更正的内容' };
  }
  return { isAllowed: true, revision: latestRevision + 1, correctionNote: note };
}
