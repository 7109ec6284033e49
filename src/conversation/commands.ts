/** Words a trainee can send at any time; matched on the whole normalised message. */
export const COMMANDS = {
  help: /^(\/help|help|帮助|\?|？|菜单|怎么用)$/i,
  start: /^(\/start|\/register|报名|开始报名|我要报名|继续|继续报名|开始|register|start)$/i,
  // "回执", "下载回执", and asking where the form to stamp is: "报名回执模板在哪里下载"
  receipt: /^(\/receipt|receipt|(下载|获取|发送|发我|给我)?(报名)?回执(模板|表格|文件|附件)?(下载)?|(报名)?回执(模板|表格|附件)?(在哪里?|在哪儿|去哪里?|从哪里?|怎么|如何)(下载|获取|找|拿)[吗呢啊？?]*)$/i,
  status: /^(\/status|我的报名|报名状态|查询报名|查看报名|status)$/i,
  scores: /^(我的成绩|我的得分|我的分数|我的排名|我的状态|遴选结果|我入选了吗|我选上了吗|my score|my status)$/i,
  back: /^(返回|上一步|上一题|back)$/i,
  restart: /^(重新开始|重填|重新填写|restart)$/i,
  cancel: /^(取消|取消报名|放弃|cancel|\/cancel)$/i,
  confirmCancel: /^(确认取消|确定取消)$/,
  skip: /^(跳过|skip|无|没有|不填|略)$/i,
  unsubscribe: /^(退订|unsubscribe)$/i,
  subscribe: /^(订阅|subscribe)$/i,
  quality: /(质量分|评分规则|问卷.*(怎么|如何).*(评分|打分|算)|问卷得分)/,
  confirm: /^(确认提交|确认|提交|确定|yes|confirm)$/i,
  edit: /^修改\s*(.*)$/,
  yes: /^(同意|是|好|好的|可以|yes|y|ok|agree|同意公布)$/i,
  no: /^(不同意|否|不|不要|no|n|disagree|不同意公布)$/i,
} as const;

export type CommandName = keyof typeof COMMANDS;

export function isCommand(name: CommandName, text: string): RegExpMatchArray | null {
  return text.match(COMMANDS[name]);
}
