/**
 * A message the interface can say in its own language: a catalogue key (under `errors.`) and
 * the values it needs. The English `message` stays beside it for logs and tests.
 */
export interface Translatable {
  key: string;
  params?: Record<string, string | number>;
}
