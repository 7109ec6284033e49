import type { Channel, OutboundMessage, SendResult } from "../../src/channels/types.js";

/** The remote side of a chat platform: records what it is sent, and refuses with `refuse` while that is set. */
export class RecordingChannel implements Channel {
  readonly name = "console" as const;
  readonly limits: { maxText: number };
  sent: OutboundMessage[] = [];
  refuse?: SendResult;

  constructor(maxText = 100_000) {
    this.limits = { maxText };
  }

  async start() {}
  async stop() {}
  async send(m: OutboundMessage): Promise<SendResult> {
    if (this.refuse) return this.refuse;
    this.sent.push(m);
    return { ok: true };
  }
}
