import { AppError } from '../../../shared/ipc/errors';

/** A failure of the library file itself; its message is shown to the user as is. */
export class LibraryError extends AppError {
  override name = 'LibraryError';
}
