import type { TFunction } from 'i18next';
import type { Translatable } from '../../../shared/ipc/errors';

const isTranslatable = (v: unknown): v is Translatable =>
  typeof v === 'object' && v !== null && typeof (v as Translatable).key === 'string';

/**
 * The catalogue key and values an error carries, if it carries any: every error meant for a
 * person (EditError, ExportRefusal, BridgeError from the main process) has an `i18n` field.
 */
export function translatableOf(err: unknown): Translatable | undefined {
  if (err instanceof Error && 'i18n' in err && isTranslatable(err.i18n)) return err.i18n;
  return undefined;
}

/** An error in the interface language where it says how; otherwise its own (English) message. */
export function errorText(t: TFunction, err: unknown): string {
  const i18n = translatableOf(err);
  if (i18n) return t(i18n.key, i18n.params ?? {});
  return err instanceof Error ? err.message : String(err);
}
