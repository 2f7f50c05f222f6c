// Injected into the page before the renderer runs: the same buildApi the preload uses, with a
// Playwright binding in place of ipcRenderer.invoke.
import { buildApi } from '../../../shared/ipc/api';

type Invoke = (channel: string, request: unknown) => Promise<unknown>;
const w = window as unknown as { __waymarkInvoke: Invoke; waymark: unknown };
w.waymark = buildApi((channel, request) => w.__waymarkInvoke(channel, request));
