/** Staff password rule: at least 10 characters, with letters and digits. Returns a Chinese message or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return '密码至少需要10个字符';
  if (password.length > 200) return '密码不能超过200个字符';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码需同时包含字母和数字';
  return null;
}
