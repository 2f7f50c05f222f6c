import type { LibraryServices } from '../services';

/** A method as the handlers may call it: answered at once in-process, or later from the library thread. */
type MaybeAsync<F> = F extends (...args: infer A) => infer R ? (...args: A) => R | Promise<Awaited<R>> : never;
/** A method of the library thread: always answered later. */
type Async<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
type FunctionKeys<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
type Reachable<T> = { [K in FunctionKeys<T>]: MaybeAsync<T[K]> };
type Remote<T> = { [K in FunctionKeys<T>]: Async<T[K]> };

/** The parts of the library the handlers use by value: known once, when it opens. */
export const LIBRARY_FACTS = ['file', 'schemaVersion', 'movedAside', 'readOnly', 'walLost'] as const;
export type LibraryFacts = Pick<LibraryServices, (typeof LIBRARY_FACTS)[number]>;

/** The repositories reached by name across the thread boundary; nothing else is callable there. */
export const LIBRARY_AREAS = ['maps', 'snapshots', 'personas', 'insights', 'pictures'] as const;
export type LibraryArea = (typeof LIBRARY_AREAS)[number];
/** The library's own calls (not on a repository). */
export const LIBRARY_CALLS = ['saveMap', 'createExample', 'importMap'] as const;

/**
 * The library as the IPC handlers see it. The library services themselves fit it (in tests and
 * the e2e harness); the app gives the handlers the library thread's client, whose every call is
 * answered asynchronously, so the main thread never waits on SQLite.
 */
export type LibraryAccess = LibraryFacts & { [A in LibraryArea]: Reachable<LibraryServices[A]> } & {
  [C in (typeof LIBRARY_CALLS)[number]]: MaybeAsync<LibraryServices[C]>;
} & {
  afterRequest: () => void;
  close: () => void | Promise<void>;
};

/** The library thread's client: the same calls, each a message answered asynchronously. */
export type LibraryThreadClient = LibraryFacts & { [A in LibraryArea]: Remote<LibraryServices[A]> } & {
  [C in (typeof LIBRARY_CALLS)[number]]: Async<LibraryServices[C]>;
} & {
  afterRequest: () => void;
  close: () => Promise<void>;
};
