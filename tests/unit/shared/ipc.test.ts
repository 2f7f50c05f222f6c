import { describe, expect, it, vi } from 'vitest';
import { buildApi } from '../../../shared/ipc/api';
import { CHANNELS, isChannel } from '../../../shared/ipc/channels';

describe('the IPC contract', () => {
  it('names every channel namespace:method', () => {
    for (const c of CHANNELS) expect(c).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('recognises only its own channels', () => {
    expect(isChannel('maps:save')).toBe(true);
    for (const bad of ['maps:drop', 'constructor', '__proto__', 42, null]) expect(isChannel(bad)).toBe(false);
  });

  it('builds one function per channel that forwards to the transport', async () => {
    const invoke = vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } }));
    const api = buildApi(invoke);
    expect(Object.keys(api).sort()).toEqual([
      'app',
      'assets',
      'backlog',
      'files',
      'insights',
      'library',
      'maps',
      'notes',
      'personas',
      'pictures',
      'room',
      'snapshots',
      'window',
    ]);
    expect(Object.keys(api.maps).sort()).toEqual(
      [
        'create',
        'createExample',
        'delete',
        'derived',
        'deriveFuture',
        'duplicate',
        'emptyTrash',
        'import',
        'importConfirm',
        'importDiscard',
        'list',
        'load',
        'recent',
        'rename',
        'restore',
        'save',
      ].sort(),
    );
    await api.maps.load({ id: 'm1' });
    expect(invoke).toHaveBeenCalledWith('maps:load', { id: 'm1' });
  });
});
