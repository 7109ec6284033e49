import { describe, expect, it } from "vitest";
import { step } from "../../src/conversation/step.js";
import { initialState } from "../../src/conversation/state.js";
import { loadProgramme } from "../../src/programme/load.js";

const programme = loadProgramme();
const open = { now: new Date("2022-05-20T10:00:00+08:00"), programme };
const after = { now: new Date("2022-06-20T10:00:00+08:00"), programme };

/** A hundred first messages of a new chat that ask for no registration: questions, chatter, things outside the training. */
const NOT_A_WISH = [
  "你好", "您好", "在吗", "hello", "hi", "老师好", "早上好", "谢谢", "👍", "？",
  "明天有课吗", "有没有教写专利的课", "以后评职称能帮忙吗", "单位说要交资料费 是真的吗", "明天武汉下雨不",
  "商标被驳回了怎么办", "你们能帮我代理商标注册吗", "发明专利申请费要多少钱", "今天下午讲什么", "写专利的课在第几天",
  "报名截止是哪天", "报名表上的班次怎么选", "中间有一天要出差看不了直播 还能进线下吗", "实战课用的啥系统", "我在枣阳",
  "广水的找谁", "光谷的企业报哪个班", "培训要钱吗", "管饭吗", "住宿怎么安排",
  "线下在哪里", "证书谁发", "直播链接在哪", "回执发哪个邮箱", "怎么报名",
  "报名流程是什么", "报名需要什么材料", "我想了解一下报名的事", "报名的链接发一下", "报名成功了会通知吗",
  "我报名了吗", "我的成绩", "what is this", "Is the training free?", "When is the deadline?",
  "How do I register?", "Which class is Yichang in?", "what's the weather like", "can you register a trademark for me", "thanks",
  "ok", "好的", "收到", "嗯嗯", "哈哈哈", "123", "13800138000", "张三", "湖北某某科技有限公司", "武汉",
  "男", "2", "同意", "不同意", "确认提交", "返回", "跳过", "取消", "重新开始吧不要了",
  "这是什么机器人", "你是谁", "人工客服", "转人工", "我要投诉", "能开发票吗",
  "专利年费怎么交", "高新企业认定怎么弄", "你们公司在哪", "今天几号", "附近有什么好吃的",
  "ＰＤＦ怎么发", "培訓費用多少", "報名截止時間", "线上課程安排", "peixun yaoqian ma",
  "请问下周一讲什么", "第三天上午讲什么", "6.15下午讲啥", "黄石的联系人电话", "十堰班邮箱",
  "线下要带电脑吗", "交通费报销吗", "疫情防控有什么要求", "遴选标准是什么", "20小时怎么算",
  "能不能不参加线上直接线下", "我同事也想参加", "报名了但是没收到直播链接", "考试考什么", "结业证书有什么用",
];

const START = ["报名", "我要报名", "/start", "/register", "开始报名"];

describe("a chat without a registration", () => {
  it("holds a hundred varied messages", () => {
    expect(new Set(NOT_A_WISH).size).toBe(100);
  });

  it("starts no registration for any message that does not ask for one", () => {
    const started = NOT_A_WISH.filter((t) => {
      const r = step(initialState(), { kind: "text", text: t }, open);
      // "我的成绩" looks the record up (an effect) instead of replying at once
      const handled = r.replies.length > 0 || r.effects.some((e) => e.type === "lookupStatus");
      return r.state.phase !== "new" || r.replies.some((x) => x.text.includes("个人信息保护法")) || !handled;
    });
    expect(started).toEqual([]);
  });

  it("starts the form on an explicit wish", () => {
    for (const t of START) {
      const r = step(initialState(), { kind: "text", text: t }, open);
      expect(r.state.phase, t).toBe("consent");
    }
  });

  it("after the deadline invites no registration, whatever is sent", () => {
    for (const t of [...NOT_A_WISH, ...START]) {
      const r = step(initialState(), { kind: "text", text: t }, after);
      expect(r.state.phase, t).toBe("new");
      for (const x of r.replies) expect(x.text, t).not.toMatch(/发送“报名”|即可开始报名|send "register"/);
    }
  });

  it("tells what the bot can do when a message is no question it answers", () => {
    const r = step(initialState(), { kind: "text", text: "你好" }, open);
    expect(r.replies[0]!.text).toContain("我可以解答");
    expect(r.replies.at(-1)!.text).toContain("发送“报名”");
  });
});
