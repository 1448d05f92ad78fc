// `npm run bench`: prints numbers against the targets; not a test, never fails on a miss.
import { benchBigBoard, benchBoard } from './board-bench.mjs';
import { benchBridge } from './bridge-bench.mjs';
import { benchImport } from './import-bench.mjs';
import { benchMap } from './map-bench.mjs';
import { benchMapLayout } from './map-layout-bench.mjs';
import { benchPhones } from './phones-bench.mjs';
import { benchPlan } from './plan-bench.mjs';
import { benchPlanExport } from './plan-export-bench.mjs';
import { benchPrioritisation } from './prioritisation-bench.mjs';
import { benchProjector } from './projector-bench.mjs';
import { benchRisk } from './risk-bench.mjs';
import { benchRiskFile } from './risk-file-bench.mjs';

await benchBridge();
await benchBoard();
await benchBigBoard();
await benchPrioritisation();
await benchProjector();
await benchPhones();
await benchImport();
await benchPlan();
await benchPlanExport();
await benchRisk();
await benchRiskFile();
await benchMapLayout();
await benchMap();
