import type { Programme } from "../programme/schema.js";
import { classById } from "../programme/lookup.js";
import { readTable } from "../imports/read.js";
import { downloadedByNumber, parseRegistrationRow } from "../imports/registrationRows.js";
import { questionnaireColumns } from "../imports/questionnaireColumns.js";
import type { Role } from "./roles.js";

/**
 * A class coordinator imports registrations of their own class only: the lines of a questionnaire export that
 * belong to another class, or undefined when every line is theirs (attendance and quiz rows match by mobile).
 */
export async function linesOfOtherClasses(bytes: Uint8Array, p: Programme, role: Role, now: Date): Promise<{ lines: number[]; classes: string[] } | undefined> {
  if (role.kind !== "class") return undefined;
  const table = await readTable(bytes);
  const roles = questionnaireColumns(table.headers, p);
  const layout = { roles, byNumber: downloadedByNumber(table.rows, roles, p), memo: new Map() };
  const lines: number[] = [];
  const classes = new Set<string>();
  for (const { line, cells } of table.rows) {
    const r = parseRegistrationRow(cells, layout, p, now);
    const classId = r.ok ? r.value.classId : undefined;
    if (typeof classId === "string" && classId !== role.classId) {
      lines.push(line);
      classes.add(classById(p, classId)?.name.zh ?? classId);
    }
  }
  return lines.length ? { lines, classes: [...classes] } : undefined;
}

export function otherClassesText(p: Programme, role: Role, o: { lines: number[]; classes: string[] }): string {
  const own = role.kind === "class" ? (classById(p, role.classId)?.name.zh ?? role.classId) : "";
  const shown = o.lines.slice(0, 10).join("、");
  return `文件中有${o.lines.length}行属于${o.classes.join("、")}（第${shown}${o.lines.length > 10 ? "……" : ""}行）。您是${own}的联络员，只能导入本班的报名：请删去这些行后再发，或请省知识产权局导入整个文件。未导入。`;
}
