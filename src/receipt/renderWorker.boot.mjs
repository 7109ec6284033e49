// The render worker's entry: the project runs TypeScript through tsx, which a worker thread does not inherit.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.entry, import.meta.url);
