import { writeFileSync } from "node:fs";
import { livestreamCsv } from "../importAttendance.ts";
writeFileSync("/tmp/att9_live.csv", livestreamCsv(30000, 2));
