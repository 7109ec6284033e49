import type { Db } from "../../src/store/db.js";
import { attendance, contacts, coordinators, groups, quizResults, receipts, registrations } from "../../src/store/schema.js";

export interface SeedOptions {
  classId?: string;
  /** Livestream hours of each trainee. */
  hours?: (i: number) => number;
  quality?: (i: number) => number;
  consent?: (i: number) => boolean;
  /** Without a chat identity (imported from the questionnaire). */
  imported?: (i: number) => boolean;
  prefix?: string;
  firstMobile?: number;
  /** The chat platform the trainees use, and their chat ids there (default console:<prefix><i>). */
  channel?: string;
  chatId?: (i: number) => string;
}

const SURNAMES = "张王李赵刘陈杨黄周吴";

/** Trainees with a registration, a contact to reach them, attendance and a quiz result. */
export async function seedTrainees(db: Db, n: number, o: SeedOptions = {}) {
  const prefix = o.prefix ?? "t";
  const channel = o.channel ?? "console";
  const chatId = o.chatId ?? ((i: number) => `${prefix}${i}`);
  const base = o.firstMobile ?? 13_800_000_000;
  const rows = Array.from({ length: n }, (_, i) => {
    const imported = o.imported?.(i) ?? false;
    return {
      userKey: imported ? null : `${channel}:${chatId(i)}`, source: imported ? "import" : "chat", classId: o.classId ?? "wuhan",
      organization: `湖北省第${i}号智能装备制造科技股份有限公司`, name: `${SURNAMES[i % 10]}${i % 3 === 0 ? "小" : ""}明${i % 7 === 0 ? "" : "华"}`.slice(0, 3),
      mobile: String(base + i), consentPublish: o.consent?.(i) ?? i % 2 === 0, qualityScore: o.quality?.(i) ?? 10 + (i % 21),
      submittedAt: new Date(Date.parse("2022-05-20T10:00:00+08:00") + i * 1000),
    };
  });
  await db.insert(registrations).values(rows);
  const reachable = rows.filter((r) => r.userKey);
  if (reachable.length) {
    await db.insert(contacts).values(reachable.map((r) => ({ userKey: r.userKey!, channel, chatId: r.userKey!.slice(channel.length + 1) })));
  }
  await db.insert(attendance).values(rows.map((r, i) => ({ importId: 1, line: i + 2, mobile: r.mobile, seconds: Math.round((o.hours?.(i) ?? 21) * 3600) })));
  await db.insert(quizResults).values(rows.map((r, i) => ({ importId: 2, line: i + 2, mobile: r.mobile, score: 60 + (i % 41), maxScore: 100 })));
  return rows;
}

export async function addCoordinatorRow(db: Db, userKey: string, classId: string | null) {
  await db.insert(coordinators).values({ userKey, classId });
}

export async function bindGroup(db: Db, channel: string, chatId: string, classId: string) {
  await db.insert(groups).values({ channel, chatId, classId, title: `${classId} group` });
}

export async function addReceipt(db: Db, userKey: string) {
  await db.insert(receipts).values({ userKey, fileName: "回执.pdf", mime: "application/pdf", size: 4, bytes: new Uint8Array([37, 80, 68, 70]) });
}
