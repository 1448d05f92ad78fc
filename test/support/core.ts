import { afterEach } from 'vitest';
import type { MethodName, MethodInput, MethodOutput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import type { CallMeta } from '../../shared/history/schema';
import type { Actor } from '../../electron/api/actor';
import type { AppCore } from '../../electron/app/core';
import { openApp, type OpenAppOptions } from '../../electron/app/open-app';
import { tempDir } from './temp-dir';

export interface TestApp {
  readonly core: AppCore;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  fail(method: string, input: unknown): Promise<ApiError>;
  /** The same app, with every call saying it comes from `scope`'s page (as the renderer does). */
  in(scope: string): TestApp;
  /** The same app, with every call coming from `actor` as a transport would establish it (a joined device, a guest). */
  as(actor: Actor): TestApp;
}

const open: AppCore[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

function testApp(core: AppCore, meta?: CallMeta, actor?: Actor): TestApp {
  return {
    core,
    async call(method, input) {
      const result = await core.dispatch(method, input, meta, actor);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async fail(method, input) {
      const result = await core.dispatch(method, input, meta, actor);
      if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
      return result.error;
    },
    in: (scope) => testApp(core, { scope: scope as never }, actor),
    as: (caller) => testApp(core, meta, caller),
  };
}

/** Opens the real core on a real SQLite file in a temp folder. */
export async function openTestApp(options: Partial<OpenAppOptions> = {}): Promise<TestApp> {
  const core = await openApp({ dataDir: options.dataDir ?? tempDir(), ...options });
  open.push(core);
  return testApp(core);
}
