import type { Programme } from "../../src/programme/schema.js";
import type { AnswerContext } from "../../src/answers/index.js";
import { TIME_QUESTIONS } from "./questions-time.js";
import { PEOPLE_QUESTIONS } from "./questions-people.js";
import { RULES_QUESTIONS } from "./questions-rules.js";

/** Questions about the 2022 programme in many phrasings, each with facts its answer must contain. */
export interface Case {
  q: string;
  facts: string[];
  /** The asker's class or city, and the clock (an ISO timestamp) for "明天", "下周一". */
  ctx?: { classId?: string; cityId?: string; now?: string };
  /** The notice does not answer it: the answer must say so. */
  unknown?: boolean;
  /** Answer language, when it must be English. */
  en?: boolean;
  /** Not about the training: the answer must say it is outside what the bot handles. */
  outside?: boolean;
  /** Facts the answer must not contain (another class's contact). */
  absent?: string[];
}

/** The answer context of a case: the programme, the asker's class or city, the clock. */
export function contextOf(c: Case, programme: Programme): AnswerContext {
  const { now, ...rest } = c.ctx ?? {};
  return { programme, ...rest, ...(now ? { now: new Date(now) } : {}) };
}

export const QUESTIONS: Case[] = [...TIME_QUESTIONS, ...PEOPLE_QUESTIONS, ...RULES_QUESTIONS];

/** Greetings, thanks and chatter: never an answer, and silence in a group unless the bot is mentioned. */
export const CHATTER: string[] = [
  "你好", "您好", "大家好", "谢谢", "谢谢老师", "多谢", "收到", "收到，谢谢", "哈哈", "哈哈哈哈", "好的👍", "好的", "好滴",
  "明天见", "再见", "辛苦了", "老师辛苦了", "早上好", "晚安", "👍", "🙏🙏", "OK", "ok thanks", "Thanks!", "Hello everyone",
  "Good morning", "See you tomorrow", "嗯嗯", "了解", "明白了", "知道了", "没问题", "欢迎欢迎", "加油", "666",
  "收到，我去填问卷了", "好的，已经报名了", "我已经发邮件了", "大家一起加油学习", "各位老师好",
];

/** Form answers typed during registration: not questions. */
export const FORM_ANSWERS: string[] = ["荆门", "男", "13800000000", "张三", "zhangsan@example.com", "武汉某某科技有限公司", "知识产权部", "同意"];
