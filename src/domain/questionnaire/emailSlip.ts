/** Mail domains most trainees use; a domain one slip away from one of them is probably that one. */
const COMMON = [
  "qq.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "foxmail.com", "139.com", "189.cn",
  "aliyun.com", "gmail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com", "icloud.com", "vip.qq.com", "vip.163.com",
];

/** One edit apart exactly: a letter changed, added, dropped, or two neighbours swapped. */
function oneApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** "zm@qq.con" → "zm@qq.com"; undefined when the domain is a common one or near none. */
export function likelyEmail(email: string): string | undefined {
  const at = email.lastIndexOf("@");
  const domain = email.slice(at + 1).toLowerCase();
  if (COMMON.includes(domain)) return undefined;
  const near = COMMON.filter((c) => oneApart(c, domain));
  return near.length === 1 ? `${email.slice(0, at)}@${near[0]}` : undefined;
}
