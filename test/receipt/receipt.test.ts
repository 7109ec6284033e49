import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { receiptData, ReceiptFormError } from "../../src/receipt/receiptData.js";
import { receiptDocx } from "../../src/receipt/docx.js";
import { receiptPdf } from "../../src/receipt/pdf.js";
import { chineseFontFace } from "../../src/receipt/font.js";
import { SAMPLE_REGISTRATION as R } from "../../src/receipt/sample.js";
import { docxParagraphs, docxTable, pdfEmbeddedFonts, pdfLines } from "../support/documents.js";


/** The sample registration with some answers changed (the record's own copies of its key fields follow). */
const amend = (a: Record<string, string | null>) => {
  const answers = { ...R.answers, ...a };
  return { ...R, answers, organization: String(answers.organization), name: String(answers.name), mobile: String(answers.mobile), classId: String(answers.classId) };
};

const p = loadProgramme();
const at = new Date("2022-05-20T10:00:00+08:00");
const v = receiptData(R, p, at);

// 附件2's table, as the notice lays it out, filled with the sample trainee's answers
const TABLE = [
  ["姓名", "张晓明", "性别", "男"],
  ["部门", "知识产权部", "职务职称", "知识产权专员／工程师"],
  ["电子邮箱", "zhangxm@example.com", "QQ号", "12345678"],
  ["办公电话", "027-87654321", "手机", "13800138000"],
  ["通讯地址", "武汉市东湖新技术开发区高新大道999号"],
  ["备注", "需要开具参训证明"],
];

describe("the receipt's content (附件2 from the answers)", () => {
  it("labels each answer with the questionnaire's label and places it in the notice's table", () => {
    expect(v.rows.map((r) => r.flatMap((c) => [c.label, c.value]))).toEqual(TABLE);
  });

  it("marks the chosen class and leaves the others open", () => {
    expect(v.classes.options).toEqual([
      { id: "wuhan", name: "武汉“1+8”城市圈", chosen: true },
      { id: "xiangshisuishen", name: "襄十随神城市群", chosen: false },
      { id: "yijingjingen", name: "宜荆荆恩城市群", chosen: false },
    ]);
  });

  it("writes the note with the programme's deadline and the class's e-mail", () => {
    expect(v.note).toBe("注：报名回执加盖单位公章后，请于2022年6月5日前将回执扫描件和电子件报送所在班次报名邮箱（whfw011@163.com）或上传报名问卷系统。");
    expect(receiptData(amend({ classId: "yijingjingen", city: "yichang" }), p, at).note).toContain("446131789@qq.com");
  });

  it("names the file by trainee and organisation", () => {
    expect(v.fileBase).toBe("报名回执-张晓明-武汉光谷智造科技有限公司");
    expect(receiptData(amend({ organization: "A/B:公司" }), p, at).fileBase).toBe("报名回执-张晓明-A_B_公司");
  });

  it("leaves a skipped optional answer blank rather than writing 未填", () => {
    const blank = receiptData(amend({ qq: null, officePhone: null, remarks: null }), p, at);
    expect(blank.rows.flat().filter((c) => c.value === "").map((c) => c.key)).toEqual(["qq", "officePhone", "remarks"]);
  });

  it("refuses a programme whose receipt names a question the questionnaire lacks", () => {
    const bad = { ...p, receiptForm: { ...p.receiptForm, rows: [["name", "shoeSize"]] } };
    expect(() => receiptData(R, bad, at)).toThrow(ReceiptFormError);
  });
});

describe("the DOCX", () => {
  it("holds the title, the organisation line, the class line with the chosen class marked, the table and the note", async () => {
    const bytes = await receiptDocx(v);
    const paras = await docxParagraphs(bytes);
    expect(paras).toContain("2022年湖北省知识产权专员培训班报名回执");
    expect(paras).toContain("单位名称（盖章）：武汉光谷智造科技有限公司");
    expect(paras).toContain("报名班次：■武汉“1+8”城市圈　　□襄十随神城市群　　□宜荆荆恩城市群");
    expect(paras).toContain(v.note);
    expect(await docxTable(bytes)).toEqual(TABLE);
  });

  it.each(p.classes.map((c) => [c.id, c.name.zh]))("marks %s when the trainee chose it", async (classId, name) => {
    const paras = await docxParagraphs(await receiptDocx(receiptData(amend({ classId }), p, at)));
    const line = paras.find((x) => x.startsWith("报名班次："))!;
    expect(line).toContain(`■${name}`);
    expect(line.match(/■/g)).toHaveLength(1);
    expect(line.match(/□/g)).toHaveLength(p.classes.length - 1);
  });

  it("gives a new receipt when an answer changes", async () => {
    const changed = await docxTable(await receiptDocx(receiptData(amend({ mobile: "13912345678", department: "法务部" }), p, at)));
    expect(changed[1]).toEqual(["部门", "法务部", "职务职称", "知识产权专员／工程师"]);
    expect(changed[3]).toEqual(["办公电话", "027-87654321", "手机", "13912345678"]);
    expect(changed.flat()).not.toContain("13800138000");
  });
});

describe("the PDF", () => {
  it("reads back every line of the receipt, the table row by row, in the embedded Chinese font", async () => {
    const bytes = await receiptPdf(v, chineseFontFace());
    const lines = await pdfLines(bytes);
    expect(lines.slice(0, 4)).toEqual([
      "附件2", "2022年湖北省知识产权专员培训班报名回执", "单位名称（盖章）：武汉光谷智造科技有限公司",
      "报名班次：■武汉“1+8”城市圈 | □襄十随神城市群 | □宜荆荆恩城市群",
    ]);
    expect(lines.slice(4, 10)).toEqual(TABLE.map((r) => r.join(" | ")));
    expect(lines.slice(10).join("")).toBe(v.note);
    expect(pdfEmbeddedFonts(bytes)).toEqual([expect.stringMatching(/^[A-Z]{6}\+NotoSansHans-Regular$/)]);
  });

  it("gives a new receipt when an answer changes", async () => {
    const lines = await pdfLines(await receiptPdf(receiptData(amend({ name: "李四", classId: "xiangshisuishen", city: "xiangyang" }), p, at), chineseFontFace()));
    expect(lines).toContain("姓名 | 李四 | 性别 | 男");
    expect(lines).toContain("报名班次：□武汉“1+8”城市圈 | ■襄十随神城市群 | □宜荆荆恩城市群");
    expect(lines.join("\n")).not.toContain("张晓明");
  });
});

describe("the Chinese font", () => {
  const font = chineseFontFace();
  const missing = (text: string) => [...new Set(text)].filter((ch) => !/\s/.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0)!));

  it("has a glyph for every character the programme's receipt and the sample trainee's answers print", () => {
    const text = [v.attachment, v.title, v.organization.label, v.organization.value, v.classes.label, v.classes.chosenMark, v.classes.otherMark,
      ...v.classes.options.map((o) => o.name), ...v.rows.flat().flatMap((c) => [c.label, c.value]), v.note].join("");
    expect(missing(text)).toEqual([]);
  });

  it("has a glyph for the rarer characters of Chinese names and company names", () => {
    expect(missing("喆堃昇犇淼鑫垚焱燚晔珺琤璟玥婕妤彧翀骞燊峣曌龑赟霁翯")).toEqual([]);
  });
});
