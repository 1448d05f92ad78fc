/**
 * The whole API between UI and core: method name → input schema → output
 * schema. Both transports (Electron IPC and the loopback HTTP bridge) reach
 * one dispatcher that validates every input against this map.
 */
import { z } from 'zod';
import { Empty } from '../common/schema';
import type { ApiResult } from './errors';
import { Backup, BackupName, DataInfo } from '../data/schema';
import { HistoryState, HistoryStep } from '../history/schema';
import { Programme, ProgrammeFields, ProgrammeId } from '../programme/schema';
import { Settings } from '../settings/schema';
import { Workshop, WorkshopFields, WorkshopId } from '../workshop/schema';

interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  readonly input: I;
  readonly output: O;
}

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
});

const byId = <T extends z.ZodType>(id: T) => z.object({ id }).strict();

export const contract = {
  'programme.list': method(Empty, z.array(Programme)),
  'programme.get': method(byId(ProgrammeId), Programme),
  'programme.create': method(ProgrammeFields.strict(), Programme),
  'programme.update': method(ProgrammeFields.partial().extend({ id: ProgrammeId }).strict(), Programme),
  'programme.delete': method(byId(ProgrammeId), z.null()),

  'workshop.list': method(z.object({ programmeId: ProgrammeId }).strict(), z.array(Workshop)),
  'workshop.get': method(byId(WorkshopId), Workshop),
  'workshop.create': method(WorkshopFields.extend({ programmeId: ProgrammeId }).strict(), Workshop),
  'workshop.update': method(WorkshopFields.partial().extend({ id: WorkshopId }).strict(), Workshop),
  'workshop.delete': method(byId(WorkshopId), z.null()),

  'history.state': method(Empty, HistoryState),
  'history.undo': method(Empty, HistoryStep),
  'history.redo': method(Empty, HistoryStep),

  'data.info': method(Empty, DataInfo),
  'data.backup': method(Empty, Backup),
  'data.restore': method(z.object({ name: BackupName }).strict(), DataInfo),

  'settings.get': method(Empty, Settings),
  'settings.update': method(Settings.partial().strict(), Settings),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** Pushed to every window/tab after a change is committed. */
export const ChangeEvent = z.object({
  reason: z.enum(['mutation', 'undo', 'redo', 'restore']),
  method: z.string(),
  entities: z.array(z.string()),
});
export type ChangeEvent = z.infer<typeof ChangeEvent>;

/** The only surface the Electron preload exposes to the page. */
export interface DesktopBridge {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiResult<MethodOutput<M>>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}
