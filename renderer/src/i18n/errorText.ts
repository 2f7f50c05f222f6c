import type { TFunction } from 'i18next';
import type { Translatable } from '../../../shared/ipc/errors';
import { EditError } from '../../../shared/model/ops/errors';
import { BridgeError } from '../app/bridge';
import { ExportRefusal } from '../export/pagePlan';

/** The catalogue key and values an error carries, if it carries any. */
export function translatableOf(err: unknown): Translatable | undefined {
  if (err instanceof BridgeError) return err.error.i18n;
  if (err instanceof EditError) return err.i18n;
  if (err instanceof ExportRefusal) return err.i18n;
  return undefined;
}

/** An error in the interface language where it says how; otherwise its own (English) message. */
export function errorText(t: TFunction, err: unknown): string {
  const i18n = translatableOf(err);
  if (i18n) return t(i18n.key, i18n.params ?? {});
  return err instanceof Error ? err.message : String(err);
}
