import type { ChannelName } from "./types.js";

/**
 * What a sender's id looks like on each channel: Telegram's are positive integers (up to 52 bits), WeChat's are
 * opaque but printable (wxid_…, @…, ids of mock puppets), the console's are names typed in a terminal.
 */
const USER_ID: Record<ChannelName, RegExp> = {
  telegram: /^[1-9]\d{0,15}$/,
  wechat: /^[\w@.=+/-]{1,128}$/,
  console: /^[\w.@-]{1,64}$/,
};

export const isUserIdOf = (channel: ChannelName, id: string): boolean => USER_ID[channel].test(id) && (channel !== "telegram" || Number(id) <= 2 ** 52);
