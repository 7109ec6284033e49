import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "node-telegram-bot-api";
import { takeWebhookBody, type IntakeOptions } from "./webhookIntake.js";

export interface WebhookServerOptions {
  /** The path of TELEGRAM_WEBHOOK_URL: anything else is 404. */
  path: string;
  secret: string;
  host: string;
  port: number;
  maxBodyBytes?: number;
  onMalformed: IntakeOptions["onMalformed"];
}

/**
 * Serves Telegram's POSTs as the library's webhookCallback does, without building a web Request and Response for
 * each: a wrong `X-Telegram-Bot-Api-Secret-Token` is 401, and the answer waits for the update to be handled (200)
 * or failed (500, so Telegram redelivers it).
 */
export class WebhookServer {
  private readonly server: http.Server;
  private readonly inFlight = new Set<Promise<void>>();
  /** `handle`: the update, checked on the way in (webhookIntake.ts); it rejects when the update was not handled. */
  constructor(private readonly handle: (u: Update) => Promise<void>, private readonly o: WebhookServerOptions) {
    this.server = http.createServer((req, res) => {
      const work = this.serve(req, res).finally(() => this.inFlight.delete(work));
      this.inFlight.add(work);
    });
  }

  listen(): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.o.port, this.o.host, () => {
        this.server.off("error", reject);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      if ((req.url ?? "/").split("?", 1)[0] !== this.o.path) {
        res.writeHead(404).end("Not Found");
        return;
      }
      if (req.method !== "POST") {
        res.writeHead(405).end("Method Not Allowed");
        return;
      }
      const taken = await takeWebhookBody(req, { secret: this.o.secret, maxBytes: this.o.maxBodyBytes, onMalformed: this.o.onMalformed });
      if ("status" in taken) {
        res.writeHead(taken.status, taken.status === 413 ? { connection: "close" } : {}).end(taken.text);
        return;
      }
      await this.handle(taken.update).then(
        () => res.writeHead(200).end(),
        () => res.writeHead(500).end("Internal Server Error"),
      );
    } catch {
      if (!res.headersSent) res.writeHead(500).end("Internal Server Error");
    }
  }

  /** Stops accepting, lets every request in flight finish and be answered, then closes. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
    this.server.closeIdleConnections();
    await Promise.race([closed, new Promise((r) => setTimeout(r, 2000).unref())]);
    this.server.closeAllConnections();
  }
}
