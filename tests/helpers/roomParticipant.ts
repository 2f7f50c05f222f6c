import { expect } from 'vitest';
import { waitFor } from './roomPeer';

export { participant } from './roomPeer';

/** Waits for a condition, at most two seconds, and fails the test if it never holds. */
export async function until(ok: () => boolean): Promise<void> {
  expect(await waitFor(ok)).toBe(true);
}
