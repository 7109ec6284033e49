export * from "./columns.js";
export { writeCsv, writeJson, writeTable } from "./csv.js";
export { fileName, writeXlsx, XLSX_MIME } from "./xlsx.js";
