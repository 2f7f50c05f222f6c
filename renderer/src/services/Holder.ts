/**
 * A mutable slot shared outside React state: the canvas publishes its layout and controls here
 * for commands and pointer handlers to read at event time, without re-rendering anyone.
 */
export class Holder<T> {
  private value: T | null = null;
  get(): T | null {
    return this.value;
  }
  set(value: T | null): void {
    this.value = value;
  }
}
