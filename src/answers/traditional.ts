// Traditional characters a trainee's phone may produce, mapped to the simplified ones the keywords use.
const PAIRS =
  "訓训報报費费時时間间鏈链線线課课書书證证聯联繫系係系郵邮電电話话場场點点嗎吗麼么問问題题單单們们開开會会學学員员與与號号價价錢钱發发個个幾几請请選选參参檢检專专權权產产識识辦办務务實实戰战體体這这說说還还議议導导劃划寫写護护維维標标準准結结業业頒颁計计屬属區区黃黄岡冈門门陽阳寧宁隨随潛潜農农荊荆漢汉帶带腦脑筆笔記记飯饭車车線线網网絡络從从後后週周麼么啟启稱称職职報报趕赶遲迟讓让給给嗎吗聽听講讲師师鐘钟內内對对應应歡欢謝谢條条裡里裏里麵面擇择績绩數数總总額额遞递傳传掃扫碼码";

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);
const ANY = new RegExp(`[${[...MAP.keys()].join("")}]`, "g");

/** "報名截止時間" → "报名截止时间". */
export function toSimplified(text: string): string {
  return text.replace(ANY, (ch) => MAP.get(ch) ?? ch);
}
