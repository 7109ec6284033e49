import { safeError } from "../../redact.js";
import { createInterface } from "node:readline";
import type { Channel, InboundHandler, OutboundMessage, SendResult } from "../types.js";
import { parseJsonlLine } from "./jsonl.js";

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** JSON lines in and out, for scripts and tests; otherwise a chat for a person in the terminal. */
  jsonl?: boolean;
  /** The person's id in interactive mode. */
  user?: string;
  banner?: string;
}

/** The terminal as a channel: a person typing, or a script speaking JSON lines. */
export class ConsoleChannel implements Channel {
  readonly name = "console" as const;
  readonly limits = { maxText: 100_000 };
  private done?: Promise<void>;
  private rl?: ReturnType<typeof createInterface>;
  private readonly out: NodeJS.WritableStream;

  constructor(private readonly o: ConsoleOptions = {}) {
    this.out = o.output ?? process.stdout;
  }

  async start(onMessage: InboundHandler): Promise<void> {
    const rl = createInterface({ input: this.o.input ?? process.stdin, terminal: false });
    this.rl = rl;
    if (!this.o.jsonl) {
      if (this.o.banner) this.out.write(`${this.o.banner}\n`);
      this.out.write("（在这里输入，回车发送；输入“报名”开始，Ctrl-D 退出）\n> ");
    }
    this.done = (async () => {
      let n = 0;
      for await (const raw of rl) {
        n++;
        if (this.o.jsonl) await this.jsonlLine(raw, n, onMessage);
        else {
          await onMessage({ channel: "console", messageId: `${Date.now()}-${n}-${Math.random()}`, userId: this.o.user ?? "local", text: raw });
          this.out.write("> ");
        }
      }
    })();
  }

  private async jsonlLine(raw: string, n: number, onMessage: InboundHandler) {
    if (raw.trim()) {
      const parsed = await parseJsonlLine(raw);
      if (!parsed.ok) this.write({ error: `line ${n}: ${parsed.error}` });
      else {
        try {
          await onMessage(parsed.msg);
        } catch (e) {
          this.write({ error: `line ${n}: ${safeError(e)}` });
        }
      }
    }
    this.write({ handled: n });
  }

  /** Resolves when the input ends and every line has been handled. */
  finished(): Promise<void> {
    return this.done ?? Promise.resolve();
  }

  async stop(): Promise<void> {
    this.rl?.close();
    await this.done;
  }

  async send(msg: OutboundMessage): Promise<SendResult> {
    if (this.o.jsonl) {
      const head = msg.chatKind === "group" ? { group: msg.chatId } : { to: msg.chatId };
      const options = msg.options?.map((o) => o.label);
      this.write({ ...head, text: msg.text, ...(options ? { options } : {}), ...(msg.file ? { file: msg.file.name } : {}) });
    } else {
      const where = msg.chatKind === "group" ? `[群 ${msg.chatId}] ` : "";
      const opts = msg.options?.map((o, i) => `  ${i + 1}. ${o.label}`).join("\n");
      this.out.write(`\n${where}${msg.text}${opts ? `\n${opts}` : ""}${msg.file ? `\n[附件 ${msg.file.name}]` : ""}\n`);
    }
    return { ok: true };
  }

  private write(obj: object) {
    this.out.write(`${JSON.stringify(obj)}\n`);
  }
}
