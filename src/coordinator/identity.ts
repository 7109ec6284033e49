import { CHANNEL_NAMES, type ChannelName } from "../channels/types.js";
import { isUserIdOf } from "../channels/ids.js";

/** How an account id is written on each channel (the form itself is `isUserIdOf`'s, the one check of it). */
const EXAMPLES: Record<ChannelName, string> = {
  telegram: "telegram:123456789（Telegram 的用户编号是数字，机器人发送 /whoami 可查）",
  wechat: "wechat:wxid_abc123（向机器人发送 /whoami 可查）",
  console: "console:boss",
};

/** `telegram:123456789` normalised, or why it is not an identity. */
export function checkIdentity(raw: string): { ok: true; value: string } | { ok: false; error: string } {
  const t = raw.trim();
  const i = t.indexOf(":");
  const channel = t.slice(0, i) as ChannelName;
  if (i < 0 || !CHANNEL_NAMES.includes(channel)) {
    return { ok: false, error: `“${raw}”不是账号：应写成 渠道:编号，例如 telegram:123456789 或 wechat:wxid_abc123` };
  }
  const userId = t.slice(i + 1);
  if (!isUserIdOf(channel, userId)) return { ok: false, error: `“${raw}”不是${channel}账号的样子，例如 ${EXAMPLES[channel]}` };
  return { ok: true, value: `${channel}:${userId}` };
}
