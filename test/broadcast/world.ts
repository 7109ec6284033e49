import type { Db } from "../../src/store/db.js";
import { contacts, conversations, coordinators, groups, registrations, selectionRuns } from "../../src/store/schema.js";

export const AT = new Date("2022-06-20T10:00:00+08:00");
const earlier = new Date(AT.getTime() - 86_400_000);

/**
 * A small training: who registered, who only started, who blocked the bot or opted out of news, two
 * coordinators, two groups and a published selection for the Wuhan class.
 */
export async function seedWorld(db: Db): Promise<void> {
  const people: { key: string; phase: string; answers?: object; reg?: { classId: string; mobile: string }; optOut?: boolean; blocked?: boolean }[] = [
    { key: "r1", phase: "submitted", reg: { classId: "wuhan", mobile: "13800000001" } },
    { key: "r2", phase: "submitted", reg: { classId: "wuhan", mobile: "13800000002" }, optOut: true },
    { key: "r3", phase: "submitted", reg: { classId: "yijingjingen", mobile: "13800000003" } },
    { key: "r4", phase: "submitted", reg: { classId: "wuhan", mobile: "13800000004" }, blocked: true },
    { key: "s1", phase: "form", answers: { city: "xiaogan" } },
    { key: "s2", phase: "form", answers: { city: "yichang" } },
    { key: "n1", phase: "new" },
    { key: "prov", phase: "new" },
    { key: "cw", phase: "new" },
  ];
  for (const p of people) {
    const userKey = `telegram:${p.key}`;
    await db.insert(conversations).values({ userKey, state: { v: 1, phase: p.phase, answers: p.answers ?? {}, history: [] }, turns: 3, updatedAt: earlier });
    await db.insert(contacts).values({
      userKey, channel: "telegram", chatId: p.key, newsOptOut: Boolean(p.optOut), firstSeenAt: earlier,
      ...(p.blocked ? { unreachableAt: AT, unreachableReason: "403: bot was blocked by the user" } : {}),
    });
    if (p.reg) await db.insert(registrations).values({ userKey, ...p.reg, organization: "湖北某某科技有限公司", name: `学员${p.key}`, submittedAt: earlier });
  }
  const [imported] = await db
    .insert(registrations)
    .values({ userKey: null, source: "import", classId: "wuhan", mobile: "13800000009", organization: "某公司", name: "导入学员", submittedAt: earlier })
    .returning({ id: registrations.id });
  await db.insert(coordinators).values([{ userKey: "telegram:prov", classId: null }, { userKey: "telegram:cw", classId: "wuhan" }]);
  await db.insert(groups).values([
    { channel: "telegram", chatId: "-100", classId: "wuhan", title: "武汉班群" },
    { channel: "telegram", chatId: "-200", classId: null, title: "闲聊群" },
  ]);
  const row = (userKey: string | null, selected: boolean, registrationId = 0) => ({ registrationId, userKey, classId: "wuhan", selected, status: "submitted" });
  await db.insert(selectionRuns).values({
    createdBy: "test", classId: "wuhan", createdAt: earlier, publishedAt: earlier,
    rows: [row("telegram:r1", true), row("telegram:r2", false), row(null, true, imported!.id), row("telegram:r4", true)],
  });
}
