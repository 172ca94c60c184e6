/**
 * Masking of applicants' personal data for logs, lists and anything shown beyond the case
 * handlers (rules.md §5, personal information). The original stays on the case only.
 */

function maskMiddle(options: { text: string; keepStart: number; keepEnd: number }): string {
  const characters = [...options.text];
  const { keepStart, keepEnd } = options;
  if (characters.length <= keepStart + keepEnd) return '*'.repeat(characters.length);
  const hidden = characters.length - keepStart - keepEnd;
  return (
    characters.slice(0, keepStart).join('') +
    '*'.repeat(hidden) +
    characters.slice(characters.length - keepEnd).join('')
  );
}

/** `330402199001011234` → `330402********1234`; other documents keep 2 characters at each end. */
export function maskIdentityNumber(number: string): string {
  const compact = number.replace(/\s/g, '');
  if (compact.length === 18) return maskMiddle({ text: compact, keepStart: 6, keepEnd: 4 });
  if (compact.length <= 4) return '*'.repeat(compact.length);
  return maskMiddle({ text: compact, keepStart: 2, keepEnd: 2 });
}

/** `张三` → `张*`, `欧阳娜娜` → `欧***`; a Latin name keeps its first letter and spaces. */
export function maskPersonName(name: string): string {
  const characters = [...name.trim()];
  if (characters.length === 0) return '';
  if (characters.length === 1) return '*';
  return (
    characters[0] +
    characters
      .slice(1)
      .map((character) => (character === ' ' ? ' ' : '*'))
      .join('')
  );
}

/** `13812345678` → `138****5678`; a landline keeps its area code and the last 4 digits. */
export function maskPhoneNumber(phone: string): string {
  const compact = phone.replace(/[\s-]/g, '');
  if (/^1\d{10}$/.test(compact)) return maskMiddle({ text: compact, keepStart: 3, keepEnd: 4 });
  const landline = /^(0\d{2,3})(\d{7,8})$/.exec(compact);
  if (landline) return `${landline[1]}-${maskMiddle({ text: landline[2] ?? '', keepStart: 0, keepEnd: 4 })}`;
  return maskMiddle({ text: compact, keepStart: 0, keepEnd: Math.min(4, Math.floor(compact.length / 2)) });
}

/** `zhangsan@example.com` → `z*******@example.com`. */
export function maskEmailAddress(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return maskMiddle({ text: email, keepStart: 1, keepEnd: 0 });
  return maskMiddle({ text: email.slice(0, at), keepStart: 1, keepEnd: 0 }) + email.slice(at);
}
