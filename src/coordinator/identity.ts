import { parseUserKey, type ChannelName } from "../channels/types.js";

/** What an account id looks like on each channel: Telegram's are numbers, WeChat's wxid_… style ids. */
const FORMS: Record<ChannelName, { re: RegExp; example: string }> = {
  telegram: { re: /^[1-9]\d{0,15}$/, example: "telegram:123456789（Telegram 的用户编号是数字，机器人发送 /whoami 可查）" },
  wechat: { re: /^[A-Za-z0-9][\w@.-]{1,63}$/, example: "wechat:wxid_abc123（向机器人发送 /whoami 可查）" },
  console: { re: /^[^\s:]{1,64}$/, example: "console:boss" },
};

/** `telegram:123456789` normalised, or why it is not an identity. */
export function checkIdentity(raw: string): { ok: true; value: string } | { ok: false; error: string } {
  const k = parseUserKey(raw.trim());
  if (!k) return { ok: false, error: `“${raw}”不是账号：应写成 渠道:编号，例如 telegram:123456789 或 wechat:wxid_abc123` };
  const form = FORMS[k.channel];
  if (!form.re.test(k.userId)) return { ok: false, error: `“${raw}”不是${k.channel}账号的样子，例如 ${form.example}` };
  return { ok: true, value: `${k.channel}:${k.userId}` };
}
