export class EditError extends Error {
  override name = 'EditError';
}
