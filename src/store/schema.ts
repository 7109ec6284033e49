import { sql } from "drizzle-orm";
import {
  bigint, bigserial, boolean, customType, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex,
} from "drizzle-orm/pg-core";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** One row per identity (`telegram:42`): its conversation state, locked FOR UPDATE while a turn runs. */
export const conversations = pgTable("conversations", {
  userKey: text("user_key").primaryKey(),
  state: jsonb("state").notNull(),
  turns: integer("turns").notNull().default(0),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/**
 * Every inbound message id seen, so a redelivered message is handled once. A message with a place in its chat
 * (`seq`: Telegram's update id, WeChat's message time) is recorded on arrival, unhandled, so that a later one of the
 * same chat at another process waits for it.
 */
export const inbox = pgTable(
  "inbox",
  {
    channel: text("channel").notNull(),
    messageId: text("message_id").notNull(),
    userKey: text("user_key").notNull(),
    receivedAt: ts("received_at").notNull().defaultNow(),
    seq: bigint("seq", { mode: "number" }),
    handled: boolean("handled").notNull().default(true),
    /** By the database's clock: how long an unhandled message may hold up the later ones of its chat. */
    arrivedAt: ts("arrived_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.channel, t.messageId] }),
    index("inbox_unhandled_idx").on(t.channel, t.userKey, t.seq).where(sql`not ${t.handled}`),
    // whether a trainee wrote after a reply of unknown outcome was tried (releaseStale)
    index("inbox_user_arrived_idx").on(t.userKey, t.arrivedAt),
  ],
);

/** How to reach an identity privately, and whether it still can be reached. */
export const contacts = pgTable("contacts", {
  userKey: text("user_key").primaryKey(),
  channel: text("channel").notNull(),
  chatId: text("chat_id").notNull(),
  displayName: text("display_name"),
  unreachableAt: ts("unreachable_at"),
  unreachableReason: text("unreachable_reason"),
  newsOptOut: boolean("news_opt_out").notNull().default(false),
  firstSeenAt: ts("first_seen_at").notNull().defaultNow(),
});

export const registrations = pgTable(
  "registrations",
  {
    id: serial("id").primaryKey(),
    userKey: text("user_key"),
    source: text("source").notNull().default("chat"),
    status: text("status").notNull().default("submitted"),
    organization: text("organization").notNull(),
    creditCode: text("credit_code"),
    city: text("city"),
    classId: text("class_id").notNull(),
    name: text("name").notNull(),
    gender: text("gender"),
    department: text("department"),
    title: text("title"),
    email: text("email"),
    qq: text("qq"),
    officePhone: text("office_phone"),
    mobile: text("mobile").notNull(),
    address: text("address"),
    remarks: text("remarks"),
    enterpriseType: text("enterprise_type"),
    industry: text("industry"),
    patentCount: integer("patent_count"),
    ipYears: text("ip_years"),
    role: text("role"),
    interests: jsonb("interests").$type<string[]>().notNull().default([]),
    needs: text("needs"),
    /** Every answer by question key, also those of questions the columns above do not name (next year's). */
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull().default({}),
    consentData: boolean("consent_data").notNull().default(true),
    consentPublish: boolean("consent_publish").notNull().default(false),
    qualityScore: integer("quality_score").notNull().default(0),
    submittedAt: ts("submitted_at").notNull(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("registrations_mobile_key").on(t.mobile),
    uniqueIndex("registrations_user_key").on(t.userKey).where(sql`${t.userKey} is not null`),
    index("registrations_class_idx").on(t.classId),
  ],
);

/** The stamped scan of the form; kept in the database so every process sees it. */
export const receipts = pgTable("receipts", {
  userKey: text("user_key").primaryKey(),
  fileName: text("file_name").notNull(),
  mime: text("mime").notNull(),
  size: integer("size").notNull(),
  bytes: bytea("bytes").notNull(),
  receivedAt: ts("received_at").notNull().defaultNow(),
});

/** Messages to send: committed with the turn that made them, sent after commit, claimed with SKIP LOCKED. */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    channel: text("channel").notNull(),
    chatId: text("chat_id").notNull(),
    chatKind: text("chat_kind").notNull().default("user"),
    payload: jsonb("payload").notNull(),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    notBefore: ts("not_before").notNull().defaultNow(),
    claimedAt: ts("claimed_at"),
    claimedBy: text("claimed_by"),
    sentAt: ts("sent_at"),
    error: text("error"),
    broadcastId: integer("broadcast_id"),
    dedupeKey: text("dedupe_key"),
    createdAt: ts("created_at").notNull().defaultNow(),
    /** The transaction that wrote the row: one turn's replies share it (PGlite's clock has only milliseconds). */
    writtenBy: bigint("written_by", { mode: "number" }).notNull().default(sql`txid_current()`),
    /**
     * By the database's clock: when its sender was about to hand it to the platform (after the claim, after a file
     * was made). A claimed row without it never went out, whatever happened to its sender; one with it and no
     * `sent_at` has an unknown outcome.
     */
    triedAt: ts("tried_at"),
  },
  (t) => [
    index("outbox_pending_idx").on(t.status, t.notBefore),
    index("outbox_broadcast_idx").on(t.broadcastId, t.status),
    // a chat's recent sends, which its pace is judged by
    index("outbox_chat_idx").on(t.channel, t.chatId, t.notBefore),
    uniqueIndex("outbox_dedupe_key").on(t.dedupeKey).where(sql`${t.dedupeKey} is not null`),
  ],
);

export const coordinators = pgTable("coordinators", {
  userKey: text("user_key").primaryKey(),
  classId: text("class_id"),
  addedAt: ts("added_at").notNull().defaultNow(),
});

export const auditLog = pgTable("audit_log", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  actor: text("actor").notNull(),
  action: text("action").notNull(),
  target: text("target"),
  allowed: boolean("allowed").notNull().default(true),
  detail: jsonb("detail"),
  at: ts("at").notNull().defaultNow(),
});

/** Group chats the bot is in: the class a coordinator bound it to, and the pace of answers there. */
export const groups = pgTable(
  "groups",
  {
    channel: text("channel").notNull(),
    chatId: text("chat_id").notNull(),
    classId: text("class_id"),
    title: text("title"),
    boundBy: text("bound_by"),
    lastAnswerAt: ts("last_answer_at"),
  },
  (t) => [primaryKey({ columns: [t.channel, t.chatId] })],
);

/** One file imported once: its hash makes a re-import a no-op. */
export const imports = pgTable("imports", {
  id: serial("id").primaryKey(),
  kind: text("kind").notNull(),
  fileHash: text("file_hash").notNull(),
  fileName: text("file_name").notNull(),
  rows: integer("rows").notNull(),
  importedAt: ts("imported_at").notNull().defaultNow(),
  /** Which meeting or livestream report this file is (see imports/source.ts): a later file with the same one replaces it. */
  source: text("source"),
}, (t) => [uniqueIndex("imports_kind_hash_key").on(t.kind, t.fileHash), index("imports_kind_source_idx").on(t.kind, t.source)]);

export const attendance = pgTable("attendance", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  importId: integer("import_id").notNull(),
  line: integer("line").notNull(),
  mobile: text("mobile").notNull(),
  seconds: integer("seconds").notNull(),
  /**
   * Content of the session row and its occurrence in the file: an overlapping export adds only new sessions.
   * Checked by the importer against the sessions of the file's mobiles (under a lock), not by a unique index:
   * maintaining one over random keys tripled the time of a 300,000-row import.
   */
  rowKey: text("row_key"),
}, (t) => [index("attendance_mobile_idx").on(t.mobile)]);

export const quizResults = pgTable("quiz_results", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  importId: integer("import_id").notNull(),
  line: integer("line").notNull(),
  mobile: text("mobile").notNull(),
  score: doublePrecision("score").notNull(),
  maxScore: doublePrecision("max_score").notNull(),
}, (t) => [index("quiz_mobile_idx").on(t.mobile)]);

export const selectionRuns = pgTable("selection_runs", {
  id: serial("id").primaryKey(),
  createdBy: text("created_by").notNull(),
  classId: text("class_id"),
  rows: jsonb("rows").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
  publishedAt: ts("published_at"),
});

export const broadcasts = pgTable("broadcasts", {
  id: serial("id").primaryKey(),
  createdBy: text("created_by").notNull(),
  audience: jsonb("audience").notNull(),
  kind: text("kind").notNull().default("notice"),
  text: text("text").notNull(),
  total: integer("total").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
  /** A draft (previewed, not yet confirmed) has no deliveries; confirming adds them in one transaction. */
  confirmedAt: ts("confirmed_at"),
  finishedAt: ts("finished_at"),
  reportedAt: ts("reported_at"),
});

/** Reminders already sent, keyed by what they are for, so each goes once across restarts. */
export const reminders = pgTable("reminders", {
  key: text("key").primaryKey(),
  broadcastId: integer("broadcast_id"),
  at: ts("at").notNull().defaultNow(),
});

/** Changes to the programme announced by coordinators (the offline time and place). */
export const programmeUpdates = pgTable("programme_updates", {
  id: serial("id").primaryKey(),
  patch: jsonb("patch").notNull(),
  by: text("by").notNull(),
  at: ts("at").notNull().defaultNow(),
});

/** The shared pace of sending, one row per limit (a channel, a chat, a group): several processes take slots from it. */
export const sendPace = pgTable("send_pace", {
  key: text("key").primaryKey(),
  /** The earliest time the next message may go, before the burst allowance. */
  nextAt: ts("next_at").notNull(),
  /** The local day the counts are for (daily caps). */
  day: text("day"),
  dayCount: integer("day_count").notNull().default(0),
  dayBulk: integer("day_bulk").notNull().default(0),
});

/**
 * What a coordinator asked for and must still confirm in chat (a file to import, a publication): kept here,
 * not in memory, so "确认导入" works after a restart and in any process.
 */
export const coordinatorPending = pgTable(
  "coordinator_pending",
  {
    userKey: text("user_key").notNull(),
    action: text("action").notNull(),
    payload: jsonb("payload").notNull(),
    bytes: bytea("bytes"),
    createdAt: ts("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userKey, t.action] })],
);
