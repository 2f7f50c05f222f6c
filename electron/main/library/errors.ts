import { AppError } from '../../../shared/ipc/errors';
import type { PictureRefusal } from '../../../shared/model/pictures';

/** A failure of the library file itself; its message is shown to the user as is. */
export class LibraryError extends AppError {
  override name = 'LibraryError';
}

/** A picture or photo the library refuses (shared/model/pictures.ts says why); nothing is stored. */
export function pictureError(refusal: PictureRefusal | null): LibraryError {
  const r = refusal ?? {
    message: 'That file is not an image Waymark can use (PNG, JPEG, WebP or GIF).',
    key: 'errors.notImage',
  };
  return new LibraryError('INVALID_IMAGE', r.message, { key: r.key, ...(r.params ? { params: r.params } : {}) });
}
