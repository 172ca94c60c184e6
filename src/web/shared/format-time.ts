const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** A moment in Beijing time for people: 2025/03/03 09:00:00. */
export function formatDateTime(moment: Date | string): string {
  return dateTimeFormat.format(typeof moment === 'string' ? new Date(moment) : moment);
}
