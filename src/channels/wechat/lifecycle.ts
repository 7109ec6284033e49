import qrcodeTerminal from "qrcode-terminal";
import { ScanStatus, qrcodeValueToImageUrl, type Wechaty } from "wechaty";

/** The part of a pino logger the channel uses; `console` fits too through `consoleLog`. */
export interface WechatLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const consoleLog: WechatLog = {
  info: (o, m) => console.error(m, o),
  warn: (o, m) => console.error(m, o),
  error: (o, m) => console.error(m, o),
};

/** The QR code as text art on stderr, so a JSONL stdout stays clean. */
export function showQrInTerminal(qrcode: string): void {
  qrcodeTerminal.generate(qrcode, { small: true }, (art) => process.stderr.write(`${art}\n`));
}

/**
 * Logs the account's life (login QR, login, logout, reconnection, errors). An `error` listener
 * must exist: an EventEmitter without one throws, and would take the whole bot down.
 */
export function watchLifecycle(bot: Wechaty, log: WechatLog, showQr: (qrcode: string) => void): void {
  let logins = 0;
  bot.on("scan", (qrcode, status) => {
    const state = ScanStatus[status] ?? String(status);
    if (status === ScanStatus.Waiting || status === ScanStatus.Timeout) {
      showQr(qrcode);
      log.info({ status: state, url: qrcodeValueToImageUrl(qrcode) }, "WeChat login: scan the QR code with the bot's WeChat (or open the url)");
    } else log.info({ status: state }, "WeChat login: scan status");
  });
  bot.on("login", (user) => {
    logins++;
    log.info({ user: user.name(), id: user.id }, logins > 1 ? "WeChat logged in again (reconnected)" : "WeChat logged in");
  });
  bot.on("logout", (user, reason) => {
    log.warn({ user: user.name(), id: user.id, reason }, "WeChat logged out: replies wait in the outbox until the account logs in again");
  });
  bot.on("ready", () => log.info({}, "WeChat ready"));
  bot.on("error", (e) => log.error({ err: e.message }, "WeChat error (the bot keeps running)"));
}
