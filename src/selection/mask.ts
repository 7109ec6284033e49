/** A name as the public list shows it without consent: 张*明, 欧阳**, 张*; Latin names keep the first letter only. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  if (/^\p{Script=Latin}/u.test(chars[0]!)) return `${chars[0]}${"*".repeat(Math.min(chars.length - 1, 4))}`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** What the public list may say about one selected trainee: never a phone or a score. */
export function publicEntry(r: { name: string; organization: string; consentPublish: boolean }): string {
  return r.consentPublish ? `${r.name}（${r.organization}）` : maskName(r.name);
}
