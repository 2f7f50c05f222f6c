import type { TFunction } from 'i18next';
import type { Translatable } from '../../../shared/ipc/errors';

/** A notice as the person reads it: already text, or a catalogue key translated now. */
export function noticeText(t: TFunction, notice: string | Translatable): string {
  return typeof notice === 'string' ? notice : t(notice.key, notice.params ?? {});
}
