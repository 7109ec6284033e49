import { compact, normalise } from "./normalise.js";

const ZH_MARKERS = /[?？]|吗|呢|哪|几|怎|什么|谁|多少|是否|能不能|啥|咋|如何|何时|可否|有没有|是不是|要不要|会不会|可不可以|需不需要|管不管|能否|多久|多长|多大|请问|请教|想问|问一下|问下|还是/;
const EN_START = /^(?:how|what|what's|whats|when|where|which|who|whom|whose|why|is|are|am|do|does|did|can|could|will|would|should|shall|may|might|must|have|has|any|tell me|please tell)\b/;
const EN_INSIDE = /\b(?:how|what|when|where|which|who|why)\b/;

/** True when the text reads as a question. */
export function looksLikeQuestion(text: string): boolean {
  const n = normalise(text);
  if (n.length === 0) return false;
  if (ZH_MARKERS.test(n)) return true;
  return EN_START.test(n) || EN_INSIDE.test(n);
}

const PERSONAL_ZH = [
  /我的(?:报名(?!回执|表|材料|邮箱|问卷|链接|方式|流程|入口)|状态|成绩|分数|得分|总分|排名|名次|审核|结果|资料|信息|记录|时长|学时|考勤|情况)/,
  /我的(?:回执|问卷|证书)(?:收到|通过|审核|提交|有没有|是否|合格|怎么样|发了|下来)/,
  /我(?:有没有|是否|是不是|已经|到底|现在|目前)?(?:报上|报名成功|报成功|报上名|入选|选上|被选|被录取|录取|通过|及格|合格|过了)/,
  /我(?:考|得|拿)了?(?:多少|几)分/,
  /(?:帮我|给我)?查(?:一下|下)?我/,
  /我(?:学|看|听)了?(?:多少|几)(?:个)?(?:小时|时长|学时)/,
  /我(?:能不能|能否|能|可以|可不可以)(?:参加|去)线下/,
  /我(?:报名|提交)(?:了|的)?(?:吗|没|没有)/,
];
const PERSONAL_EN = /\bmy (?:status|score|scores|registration|result|results|application|hours|certificate|record|rank|ranking|form|marks?)\b|\bam i (?:registered|selected|in|on the list|accepted)\b|\bdid i (?:pass|get|register|make)\b|\bhave i (?:registered|been selected|passed)\b/;

/** A question about the asker's own record, which must not be answered in a group. */
export function isPersonalQuestion(text: string): boolean {
  const n = normalise(text);
  const flat = compact(n);
  return PERSONAL_ZH.some((re) => re.test(flat)) || PERSONAL_EN.test(n);
}

// Words that make up greetings, thanks and acknowledgements; a message of nothing else is chatter.
const CHATTER = [
  "大家", "各位", "老师们", "老师", "同学们", "同学", "朋友们", "你们", "你", "您", "我们", "早上好", "上午好", "中午好", "下午好", "晚上好", "晚安",
  "你好", "您好", "好的", "好滴", "好嘞", "好吧", "好", "谢谢", "多谢", "感谢", "辛苦了", "辛苦", "收到", "哈", "呵", "嘿", "嘻", "明天见",
  "再见", "拜拜", "回头见", "明白", "知道了", "知道", "了解", "懂了", "没问题", "可以", "行", "嗯", "哦", "噢", "哇", "啊", "呀", "啦", "了",
  "的", "吧", "欢迎", "加油", "赞", "棒", "厉害", "牛", "早", "在吗", "在", "ok", "okay", "k", "thanks", "thankyou", "thank", "you", "thx", "ty",
  "hi", "hello", "hey", "goodmorning", "goodafternoon", "goodevening", "goodnight", "morning", "bye", "seeyou", "tomorrow", "later", "gotit",
  "noted", "great", "cool", "nice", "welcome", "all", "everyone", "lol", "haha", "yes", "no", "sure", "fine", "good", "一起", "努力", "学习",
  "新人", "报到", "冒泡", "进群", "入群", "1", "666", "888", "大佬", "群主", "好久不见", "早安", "午安",
].sort((a, b) => b.length - a.length);

/** Greetings, thanks, acknowledgements and emoji only. */
export function isChatter(text: string): boolean {
  let rest = compact(normalise(text)).replace(/[\p{S}\p{Emoji_Presentation}]/gu, "");
  if (rest === "") return true;
  let changed = true;
  while (changed && rest) {
    changed = false;
    for (const w of CHATTER) {
      if (rest.startsWith(w)) {
        rest = rest.slice(w.length);
        changed = true;
        break;
      }
    }
  }
  return rest === "";
}

/** A statement about something the writer did or will do ("我已经发邮件了"), not a question. */
export function isReport(text: string): boolean {
  const flat = compact(normalise(text));
  return /^(?:收到|好的|好|ok|嗯|谢谢)/.test(flat) || /我(?:已经|已|刚|刚刚|马上|这就|去|会|来)/.test(flat) || /(?:了|啦)$/.test(flat);
}

// A question put to the other members ("你们收到直播链接了吗？", "有没有人一起拼车"), which the office answers only when asked.
const PEERS = /你们|大家|各位|有没有人|有人|^[\u4e00-\u9fff]{1,3}(?:总|老师|经理|主任|姐|哥)(?=[,，\s])/;
const PEER_ASK = /那边|那儿|那里|了吗|了没|过吗|呢[?？]?$|一起|拼车|谁去|谁报|怎么样/;
// "谁有课件", "哪位有账号": asking the others to share what they have, not asking what the notice says
const PEER_HAVE = /(?:谁|哪位|有谁|哪个)(?:有|能借|借我|帮我|帮忙)(?!资格|权|条件|机会)/;
const TO_THE_BOT = /请问|问一下|问下|想问|知道|清楚|了解/;

export function isAddressedToPeers(text: string): boolean {
  const n = normalise(text);
  return ((PEERS.test(n) && PEER_ASK.test(n)) || PEER_HAVE.test(n)) && !TO_THE_BOT.test(n);
}
