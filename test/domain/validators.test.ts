import { describe, expect, it } from "vitest";
import type { Result } from "../../src/domain/result.js";
import * as v from "../../src/domain/validators.js";
import { parseAnswer } from "../../src/domain/questionnaire/answer.js";
import { questionByKey } from "../../src/domain/questionnaire/questions.js";
import { readChatAnswer } from "../../src/conversation/chatAnswer.js";
import { loadProgramme } from "../../src/programme/load.js";

const accepts = <T>(r: Result<T>, value: T) => expect(r).toEqual({ ok: true, value });
/** Refused, with a Chinese message containing every fragment. */
function refuses(r: Result<unknown>, ...fragments: string[]) {
  expect(r.ok, `expected a refusal, got ${JSON.stringify(r).slice(0, 200)}`).toBe(false);
  if (r.ok) return;
  expect(r.error).toMatch(/\p{Script=Han}/u);
  for (const f of fragments) expect(r.error).toContain(f);
}

const p = loadProgramme();
/** A question's answer as a Result: a value, or the refusal (a question back counts as a refusal here). */
const answer = (key: string, chat = false) => (text: string): Result<unknown> => {
  const q = questionByKey(p, key)!;
  const r = chat ? readChatAnswer(q, text, p, {}) : parseAnswer(q, text, { programme: p, answers: {} });
  return r.type === "value" ? { ok: true, value: r.value } : { ok: false, error: r.type === "error" ? r.error : r.type === "ask" ? `${r.text}` : "跳过" };
};
const [TOPIC_1, TOPIC_2, TOPIC_3] = p.courseTopics;

describe("every parser refuses hostile input with a short Chinese reason", () => {
  const parsers: [string, (s: string) => Result<unknown>][] = [
    ["parseCreditCode", v.parseCreditCode], ["parseMobile", v.parseMobile], ["parseEmail", v.parseEmail],
    ["parseQq", v.parseQq], ["parseLandline", v.parseLandline], ["parseName", v.parseName],
    ["the gender question", answer("gender")], ["parseWholeNumber", (s) => v.parseWholeNumber(s, { max: 1000 })],
    ["the city question", answer("city")], ["the courses question", answer("interests")],
  ];
  const hostile: [string, string][] = [
    ["an empty string", ""], ["only spaces, tabs and line breaks", "  \t \n "], ["only emoji", "😀👍🎉"],
    ["a 100 KB string of letters", "x".repeat(100_000)], ["a 100 KB string of digits", "1".repeat(100_000)],
    ["only control characters", "\u0000\u0007\u001b[31m\u007f"], ["an SQL injection", "'; DROP TABLE trainees; --"],
    ["an SQL tautology", "1 OR 1=1"], ["HTML", "<script>alert(1)</script>"],
  ];
  for (const [name, parse] of parsers) {
    it.each(hostile)(`${name} refuses %s`, (_, input) => {
      const r = parse(input);
      refuses(r);
      if (!r.ok) expect(r.error.length).toBeLessThan(400); // never echoes the whole input back
    });
  }
});

describe("normaliseText", () => {
  it.each([
    ["turns full-width letters and digits into half-width", "ＡＢＣ１２３", "ABC123"],
    ["turns the ideographic space into a space", "湖北\u3000武汉", "湖北 武汉"],
    ["collapses runs of spaces and tabs", "a  \t\t b", "a b"],
    ["trims", "  \n 张三 \t ", "张三"],
    ["strips control characters but keeps line breaks", "a\u0000b\u0007c\nd\u001b", "abc\nd"],
    ["turns CRLF into LF and drops spaces around line breaks", "a \r\n b", "a\nb"],
    ["strips zero-width characters and the BOM", "\uFEFF张\u200B三", "张三"],
    ["returns an empty string for an empty string", "", ""],
  ])("%s", (_, input, expected) => expect(v.normaliseText(input)).toBe(expected));
  it("handles a 100 KB string", () => expect(v.normaliseText(" a  ".repeat(25_000))).toHaveLength(25_000 * 2 - 1));
});

describe("parseCreditCode", () => {
  it.each([
    ["91350100M000100Y43", "91350100M000100Y43"], ["91110000802100433B", "91110000802100433B"],
    ["91420100MA4KL1234M", "91420100MA4KL1234M"], ["12420000MB1234567Q", "12420000MB1234567Q"],
    ["91420100ma4kl1234m", "91420100MA4KL1234M"], ["9142 0100 MA4K L123 4M", "91420100MA4KL1234M"],
    ["９１４２０１００ＭＡ４ＫＬ１２３４Ｍ", "91420100MA4KL1234M"], ["91420100748330253X", "91420100748330253X"],
  ])("accepts %s", (input, expected) => accepts(v.parseCreditCode(input), expected));
  it.each([
    ["a code of 17 characters", "91420100MA4KL1234", ["18位", "17位"]],
    ["a code of 19 characters", "91420100MA4KL1234MM", ["18位", "19位"]],
    ["the letter O, with a hint that it may be 0", "9142010OMA4KL1234M", ["第8位", "“O”", "I、O、Z、S、V", "“0”"]],
    ["a Chinese character inside", "91420100MA4KL123四M", ["第17位", "“四”"]],
    ["a wrong check character", "91420100MA4KL1234N", ["校验"]],
    ["two swapped characters", "91420100MA4KL1243M", ["校验"]],
    ["914201007483302533 (its check character should be X)", "914201007483302533", ["校验"]],
    ["an organisation name", "武汉某某科技有限公司", ["18位", "10位"]],
  ])("refuses %s", (_, input, fragments) => refuses(v.parseCreditCode(input), ...fragments));
  it("computes check characters that the parser accepts", () => {
    for (const body of ["91420100MA4KL1234", "52420000MJH000001", "11420000000000000"]) {
      accepts(v.parseCreditCode(body + v.creditCodeCheckChar(body)), body + v.creditCodeCheckChar(body));
    }
  });
});

describe("parseMobile", () => {
  it.each([
    "13812345678", "+86 138 1234 5678", "8613812345678", "0086-138-1234-5678", "(+86)13812345678",
    "１３８１２３４５６７８", "138—1234—5678", "(138) 1234 5678", "138\u00001234\u00075678",
  ])("accepts %j as 13812345678", (input) => accepts(v.parseMobile(input), "13812345678"));
  it("accepts numbers starting 19", () => accepts(v.parseMobile("199-0000-1111"), "19900001111"));
  it.each([
    ["a mobile number of ten digits", "1381234567", ["11位", "10位"]],
    ["a mobile number of twelve digits", "138123456789", ["11位", "12位"]],
    ["a number starting 12", "12812345678", ["13到19", "12"]],
    ["a landline, pointing to the office phone field", "027-87520061", ["办公电话"]],
    ["letters", "138abcd5678", ["数字", "“a”"]],
    ["a foreign number", "+1 650 555 1234", ["中国大陆"]],
  ])("refuses %s", (_, input, fragments) => refuses(v.parseMobile(input), ...fragments));
});

describe("parseEmail", () => {
  it.each([
    ["ZhangSan@QQ.COM", "ZhangSan@qq.com"], ["a.b+tag@mail.example.com.cn", "a.b+tag@mail.example.com.cn"],
    ["ｚｓ＠１６３．ｃｏｍ", "zs@163.com"], ["zs@163。com", "zs@163.com"], ["  zs_1@hb-ip.org.cn ", "zs_1@hb-ip.org.cn"],
  ])("accepts %j", (input, expected) => accepts(v.parseEmail(input), expected));
  it.each([
    ["an address without @", "zhangsan163.com", ["缺少“@”"]],
    ["two @", "a@b@c.com", ["一个“@”"]],
    ["a missing user name", "@qq.com", ["前面缺少用户名"]],
    ["a missing domain", "zs@", ["后面缺少"]],
    ["a domain without suffix", "zs@qq", ["后缀"]],
    ["a space inside", "zs @qq.com", ["空格"]],
    ["Chinese characters before @", "张三@qq.com", ["前面的部分"]],
    ["a leading dot", ".zs@qq.com", ["前面的部分"]],
    ["a double dot in the domain", "zs@qq..com", ["格式不正确"]],
    ["a numeric suffix", "zs@qq.c0m", ["后缀"]],
    ["an address longer than 254 characters", "a".repeat(250) + "@qq.com", ["254", "257"]],
  ])("refuses %s", (_, input, fragments) => refuses(v.parseEmail(input), ...fragments));
});

describe("parseQq", () => {
  it.each([["12345", "12345"], ["12345678901", "12345678901"], [" 1234 5678 ", "12345678"], ["１２３４５６", "123456"], ["QQ:123456", "123456"]])(
    "accepts %j", (input, expected) => accepts(v.parseQq(input), expected));
  it.each([
    ["four digits", "1234", ["5到11位", "4位"]], ["twelve digits", "123456789012", ["12位"]],
    ["a leading zero", "012345", ["0开头"]], ["letters", "12345a", ["数字"]], ["an e-mail address", "123456@qq.com", ["邮箱"]],
  ])("refuses %s", (_, input, fragments) => refuses(v.parseQq(input), ...fragments));
});

describe("parseLandline", () => {
  it.each([
    ["(027)87520061", "027-87520061"], ["027-87520061", "027-87520061"], ["027 8752 0061", "027-87520061"],
    ["02787520061", "027-87520061"], ["0710-3456789", "0710-3456789"], ["07103456789", "0710-3456789"],
    ["010-62345678", "010-62345678"], ["027-87520061转123", "027-87520061-123"], ["027-87520061-123", "027-87520061-123"],
    ["027 87520061 ext 123", "027-87520061-123"], ["（０２７）８７５２００６１", "027-87520061"],
    ["+86 27 87520061", "027-87520061"], ["+86 (027) 87520061", "027-87520061"],
  ])("accepts %j", (input, expected) => accepts(v.parseLandline(input), expected));
  it.each([
    ["a mobile number, pointing to the mobile field", "13812345678", ["手机号一栏"]],
    ["a mobile number with +86", "+86 138 1234 5678", ["手机号一栏"]],
    ["a number without area code", "87520061", ["缺少区号"]],
    ["an impossible area code", "0270-87520061", ["区号", "0270"]],
    ["a number of six digits", "027-875200", ["7到8位", "6位"]],
    ["a number of nine digits", "027-875200611", ["7到8位", "9位"]],
    ["a number starting with 0", "027-07520061", ["0或1开头"]],
    ["an extension of seven digits", "027-87520061转1234567", ["分机号", "7位"]],
    ["letters", "027-8752abcd", ["不能有", "“a”"]],
    ["two extensions", "027-87520061-12转34", ["只需写一次"]],
  ])("refuses %s", (_, input, fragments) => refuses(v.parseLandline(input), ...fragments));
});

describe("parseName", () => {
  it.each([
    ["张三", "张三"], ["欧阳娜娜", "欧阳娜娜"], [" 张 三 ", "张三"], ["买买提·艾力", "买买提·艾力"],
    ["买买提•艾力", "买买提·艾力"], ["Li Ming", "Li Ming"], ["  li   ming ", "li ming"], ["Jean-Luc O'Brien", "Jean-Luc O'Brien"],
    ["王".repeat(20), "王".repeat(20)], ["ＬＩ ＭＩＮＧ", "LI MING"],
  ])("accepts %j", (input, expected) => accepts(v.parseName(input), expected));
  it.each([
    ["a single character", "张", ["至少2个", "1个"]], ["21 characters", "王".repeat(21), ["最多20", "21"]],
    ["digits", "张三1", ["数字"]], ["emoji", "张三😀", ["不能包含", "😀"]], ["punctuation", "张三！", ["不能包含", "!"]],
    ["Chinese mixed with Latin", "张三Li", ["不要混用"]], ["a dot at the start", "·张三", ["“·”"]],
    ["an @", "zhang@san", ["不能包含", "@"]],
  ])("refuses %s", (_, input, fragments) => refuses(v.parseName(input), ...fragments));
});

describe("the gender question", () => {
  const g = answer("gender");
  it.each(["男", "男性", "先生", "male", "MALE", "m", "M", " 男 ", "男的", "男同志"])("reads %j as male", (s) => accepts(g(s), "male"));
  it.each(["女", "女性", "女士", "female", "Female", "f", "F", "ｆ", "女生"])("reads %j as female", (s) => accepts(g(s), "female"));
  it.each(["男女", "2", "unknown", "其他"])("refuses %j, naming the question", (s) => refuses(g(s), "性别"));
});

describe("parseWholeNumber", () => {
  const max = { max: 100_000, label: "专利数量" };
  it.each([
    ["12", 12], ["０", 0], ["１２", 12], ["12件", 12], ["3 个", 3], ["5项", 5], ["1,234", 1234], ["007", 7],
    ["无", 0], ["没有", 0], ["100000", 100_000],
  ])("accepts %j as %d", (input, expected) => accepts(v.parseWholeNumber(input, max), expected));
  it.each([
    ["a negative number", "-3", ["负数"]], ["a decimal", "2.5", ["整数", "小数"]], ["a decimal with unit", "2.5件", ["小数"]],
    ["a number in words", "三", ["阿拉伯数字"]], ["a vague amount", "几个", ["阿拉伯数字"]], ["an unknown unit", "12吨", ["单位", "吨"]],
    ["two numbers", "1 2", ["一个整数"]], ["a number above the maximum", "100001", ["不能超过100000", "100001"]],
    ["a number of twenty digits", "9".repeat(20), ["过大"]], ["bad thousands separators", "1,00", ["一个整数"]],
  ])("refuses %s", (_, input, fragments) => refuses(v.parseWholeNumber(input, max), ...fragments));
  it("refuses 0 and 无 when the minimum is 1", () => {
    refuses(v.parseWholeNumber("0", { min: 1, max: 9 }), "至少为1");
    refuses(v.parseWholeNumber("无", { min: 1, max: 9 }), "至少为1");
  });
  it("names the field in its messages", () => refuses(v.parseWholeNumber("abc", max), "专利数量"));
});

describe("parseFreeText", () => {
  const opts = { label: "培训需求", min: 5, max: 200 };
  it.each([
    ["希望学习专利检索", "希望学习专利检索"], ["  多个   空格\t也行  ", "多个 空格 也行"],
    ["第一行\r\n第二行", "第一行\n第二行"], ["Robert'); DROP TABLE students;--", "Robert'); DROP TABLE students;--"],
  ])("accepts %j and normalises it", (input, expected) => accepts(v.parseFreeText(input, opts), expected));
  it.each([
    ["an empty answer", "", ["培训需求", "不能为空"]], ["whitespace only", " \t\n ", ["不能为空"]],
    ["a too short answer, saying the minimum and the length", "好", ["至少需要5个字", "1个字"]],
    ["a too long answer, saying the limit and the length", "字".repeat(201), ["最多200个字", "201个字"]],
    ["a 100 KB answer", "x".repeat(100_000), ["最多200个字", "100000个字"]],
    ["only emoji", "😀😀😀😀😀😀", ["文字内容"]], ["only punctuation", "。。。！！！", ["文字内容"]],
    ["only digits", "123456", ["文字内容"]],
  ])("refuses %s", (_, input, fragments) => refuses(v.parseFreeText(input, opts), ...fragments));
  it("counts an emoji as one character", () => {
    accepts(v.parseFreeText("好😀😀", { label: "备注", max: 3 }), "好😀😀");
    refuses(v.parseFreeText("好😀😀😀", { label: "备注", max: 3 }), "最多3个字", "4个字");
  });
});

describe("a single choice (the city)", () => {
  const city = answer("city");
  it.each([
    ["shiyan", "shiyan"], ["SHIYAN", "shiyan"], ["十堰", "shiyan"], [" 十 堰 ", "shiyan"], ["Shiyan", "shiyan"],
    ["ｗｕｈａｎ", "wuhan"], ["十堰市", "shiyan"], ["我们在十堰", "shiyan"], ["神龙架", "shennongjia"],
  ])("accepts %j as %s", (input, expected) => accepts(city(input), expected));
  it.each([
    ["a number in an import (no option numbers there)", "2", ["“2”", "所在市州"]],
    ["an unknown city, without listing the choices (the question shows them)", "北京", ["“北京”", "所在市州"]],
  ])("refuses %s", (_, input, fragments) => refuses(city(input), ...fragments));
  it("takes the number of an option shown numbered, in chat only", () => {
    accepts(answer("city", true)("2"), p.cities[1]!.id);
    refuses(answer("city", true)("18"), "没有第18项", "1到17");
    refuses(answer("city", true)("0"), "没有第0项");
  });
});

describe("a multiple choice (the courses)", () => {
  const chat = answer("interests", true);
  it.each([
    ["1,3", [TOPIC_1, TOPIC_3]], ["3，1", [TOPIC_1, TOPIC_3]], ["1、2、3", [TOPIC_1, TOPIC_2, TOPIC_3]], ["1 3", [TOPIC_1, TOPIC_3]],
    ["3 1 1 3", [TOPIC_1, TOPIC_3]], ["1-3", [TOPIC_1, TOPIC_2, TOPIC_3]], ["２；３", [TOPIC_2, TOPIC_3]], ["1,3,", [TOPIC_1, TOPIC_3]],
    ["全部", p.courseTopics], ["ALL", p.courseTopics], ["维权、检索", ["知识产权检索查新技能实务", "知识产权维权策略实务"]],
  ])("accepts %j in chat", (input, expected) => accepts(chat(input), expected));
  it.each([
    ["an unknown number", "1,17", ["没有第17项", "1到10"]], ["an unknown name", "1,飞行", ["“飞行”"]],
    ["a range past the end", "4-19", ["没有第19项"]], ["an empty answer", "", ["请填写"]],
  ])("refuses %s", (_, input, fragments) => refuses(chat(input), ...fragments));
  it("reads the names 问卷星 joins with ┋ in an import, and no option numbers there", () => {
    accepts(answer("interests")(`${TOPIC_1}┋${TOPIC_3}`), [TOPIC_1, TOPIC_3]);
    refuses(answer("interests")("1,3"), "“1”");
  });
});
