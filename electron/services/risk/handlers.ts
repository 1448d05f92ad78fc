import type { HandlerMap } from '../../api/handler';
import { fileHandlers } from './files';

export const riskHandlers: HandlerMap = { ...fileHandlers };
