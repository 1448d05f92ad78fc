import type { HandlerMap } from '../../api/handler';
import { arrowHandlers } from './arrows';
import { cardHandlers } from './cards';
import { compareHandlers } from './compare';
import { elementHandlers } from './elements';
import { mapExportHandlers } from './export';
import { mapFileHandlers } from './file';
import { laneHandlers } from './lanes';
import { mapHandlers } from './maps';
import { phaseHandlers } from './phases';

export const processMapHandlers: HandlerMap = { ...mapHandlers, ...laneHandlers, ...phaseHandlers, ...elementHandlers, ...cardHandlers, ...arrowHandlers, ...compareHandlers, ...mapExportHandlers, ...mapFileHandlers };
