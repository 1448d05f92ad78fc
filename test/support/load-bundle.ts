/**
 * Runs a built CommonJS bundle from dist/ in this process as a fresh module,
 * with some of its `require`s answered by stand-ins (e.g. `electron`, which
 * cannot run here). Everything else, better-sqlite3 included, is the real
 * thing, resolved from the bundle's own folder. Each load has its own module
 * state, so tests do not share windows or handlers.
 */
import fs from 'node:fs';
import { Module } from 'node:module';
import path from 'node:path';

// Node's CommonJS internals used here are stable but untyped.
interface CompilableModule {
  filename: string;
  paths: string[];
  exports: unknown;
  require(id: string): unknown;
  _compile(source: string, filename: string): void;
}
const NodeModule = Module as unknown as {
  new (id: string, parent?: unknown): CompilableModule;
  _nodeModulePaths(dir: string): string[];
  prototype: CompilableModule;
};

export function builtFile(name: string): string {
  const file = path.resolve('dist', name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (\`npm test\` builds before running vitest)`);
  return file;
}

export interface LoadedBundle {
  readonly exports: unknown;
  /** Removes the process listeners its top level added (bundled libraries such as tmp add an 'exit' hook). */
  unload(): void;
}

function processListeners(): Map<string | symbol, Set<unknown>> {
  return new Map(process.eventNames().map((name) => [name, new Set(process.listeners(name as 'exit'))]));
}

/** Loads `file` with `argv` as process.argv while its top level runs. */
export function loadBundle(file: string, stubs: Readonly<Record<string, unknown>>, argv: readonly string[] = []): LoadedBundle {
  const mod = new NodeModule(file);
  mod.filename = file;
  mod.paths = NodeModule._nodeModulePaths(path.dirname(file));
  mod.require = (id: string) => (Object.hasOwn(stubs, id) ? stubs[id] : NodeModule.prototype.require.call(mod, id));
  const listenersBefore = processListeners();
  const savedArgv = process.argv;
  process.argv = [process.execPath, file, ...argv];
  try {
    mod._compile(fs.readFileSync(file, 'utf8'), file);
  } finally {
    process.argv = savedArgv;
  }
  const added = [...processListeners()].flatMap(([name, listeners]) =>
    [...listeners].filter((listener) => !listenersBefore.get(name)?.has(listener)).map((listener) => [name, listener] as const),
  );
  return {
    exports: mod.exports,
    unload: () => {
      for (const [name, listener] of added) process.removeListener(name as 'exit', listener as () => void);
    },
  };
}
