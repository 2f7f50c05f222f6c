// Web Crypto exists both in Electron's main process (Node 20) and in the renderer, so ids are
// made the same way on both sides without importing node:crypto into shared/.
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
