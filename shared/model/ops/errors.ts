import type { Translatable } from '../translatable';

/** An edit the model refuses; `i18n` names the message in the interface catalogue (`editErrors.`). */
export class EditError extends Error {
  override name = 'EditError';
  constructor(
    message: string,
    readonly i18n?: Translatable,
  ) {
    super(message);
  }
}
