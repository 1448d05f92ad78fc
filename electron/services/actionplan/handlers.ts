import type { HandlerMap } from '../../api/handler';
import { activityHandlers } from './activities';
import { exportHandlers } from './exports';
import { meetingHandlers } from './meetings';
import { planHandlers } from './plan';
import { reportHandlers } from './report';
import { structureHandlers } from './structure';
import { traceHandlers } from './trace';

export const actionplanHandlers: HandlerMap = { ...planHandlers, ...structureHandlers, ...activityHandlers, ...meetingHandlers, ...traceHandlers, ...reportHandlers, ...exportHandlers };
