import type { HandlerMap } from '../../api/handler';
import { actionHandlers } from './actions';
import { assessmentHandlers } from './assessments';
import { fileHandlers } from './files';
import { registerHandlers } from './register';
import { riskEditHandlers } from './risks';

export const riskHandlers: HandlerMap = { ...registerHandlers, ...riskEditHandlers, ...assessmentHandlers, ...actionHandlers, ...fileHandlers };
