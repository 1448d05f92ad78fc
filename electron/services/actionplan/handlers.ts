import type { HandlerMap } from '../../api/handler';
import { activityHandlers } from './activities';
import { meetingHandlers } from './meetings';
import { planHandlers } from './plan';
import { structureHandlers } from './structure';
import { traceHandlers } from './trace';

export const actionplanHandlers: HandlerMap = { ...planHandlers, ...structureHandlers, ...activityHandlers, ...meetingHandlers, ...traceHandlers };
