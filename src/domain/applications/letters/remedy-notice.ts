/**
 * The remedy notice every decision letter carries (rules.md §2 Remedies): administrative
 * reconsideration within 60 days of learning of the decision (《中华人民共和国行政复议法》2023年修订
 * 第二十条), or an administrative lawsuit within 6 months (《中华人民共和国行政诉讼法》第四十六条).
 */
export function buildRemedyNotice(options: {
  reconsiderationBody: string | null;
  court: string | null;
}): string {
  const reconsideration =
    options.reconsiderationBody === null || options.reconsiderationBody.trim() === ''
      ? '依法申请行政复议'
      : `向${options.reconsiderationBody.trim()}申请行政复议`;
  const lawsuit =
    options.court === null || options.court.trim() === ''
      ? '依法向人民法院提起行政诉讼'
      : `向${options.court.trim()}提起行政诉讼`;
  return (
    `如对本答复不服，可以自知道该行政行为之日起六十日内${reconsideration}，` +
    `或者自知道该行政行为之日起六个月内${lawsuit}。`
  );
}
