import type { Channel, ParsedRequestOf, ResponseOf } from '../../../shared/ipc/contract';

export type Handler<C extends Channel> = (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** One handler per channel; the type makes a missing or misspelled channel a compile error. */
export type HandlerTable = { [C in Channel]: Handler<C> };

export type HandlersOf<N extends string> = {
  [C in Channel as C extends `${N}:${string}` ? C : never]: Handler<C>;
};
