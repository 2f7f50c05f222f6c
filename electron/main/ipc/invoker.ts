import { contract, isChannel } from '../../../shared/ipc/contract';
import { AppError, type Result, toIpcError } from '../../../shared/ipc/errors';
import { describeIssues } from '../../../shared/schema/validate';
import type { HandlerTable } from './types';

export interface SenderInfo {
  /** URL of the frame that sent the request. */
  url: string;
  isMainFrame: boolean;
}

export type SenderPolicy = (sender: SenderInfo) => boolean;
export type Invoker = (sender: SenderInfo, channel: unknown, payload: unknown) => Promise<Result<unknown>>;

const fail = (code: AppError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });

/**
 * The one path from a renderer request to a handler: sender check, channel check, payload
 * validation, then the handler, with every failure turned into a result object.
 */
export function createInvoker(
  table: HandlerTable,
  trusted: SenderPolicy,
  log: (message: string, err: unknown) => void = (m, e) => console.error(m, e),
): Invoker {
  return async (sender, channel, payload) => {
    // Refusals are logged too: a request from a strange frame or with a forged payload is worth
    // knowing about, even though nothing happens.
    if (!trusted(sender)) {
      log(`[waymark] refused a request from ${sender.url || 'an unknown frame'}`, channel);
      return fail('FORBIDDEN_SENDER', `Requests from ${sender.url || 'an unknown frame'} are not accepted.`);
    }
    if (!isChannel(channel)) {
      log('[waymark] refused an unknown channel', channel);
      return fail('UNKNOWN_CHANNEL', `Unknown channel ${JSON.stringify(channel)}.`);
    }
    const parsed = contract[channel].request.safeParse(payload ?? {});
    if (!parsed.success) {
      const why = describeIssues(parsed.error.issues);
      log(`[waymark] refused a malformed ${channel} request`, why);
      return fail('INVALID_PAYLOAD', `Bad request to ${channel}: ${why}`);
    }
    try {
      const handler = table[channel] as (req: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof AppError) {
        // A refusal (invalid document, stale revision, in the trash…) changes nothing, but a
        // run of them tells a support person what went wrong: log it like the IPC refusals.
        log(`[waymark] ${channel} refused (${err.code})`, err.message);
        return { ok: false, error: toIpcError(err) };
      }
      log(`[waymark] ${channel} failed`, err);
      return fail(
        'INTERNAL',
        `Waymark hit an unexpected error in ${channel}: ${(err as Error)?.message ?? String(err)}`,
      );
    }
  };
}
