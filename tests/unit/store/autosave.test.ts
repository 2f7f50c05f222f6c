import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateCard } from '../../../shared/model/operations';
import type { Result } from '../../../shared/ipc/errors';
import { startAutosave } from '../../../renderer/src/store/autosave';
import { createWaymarkStore } from '../../../renderer/src/store/createWaymarkStore';
import { fakeApi } from '../../helpers/fakeApi';
import { sampleMap } from '../../helpers/sampleMap';

const ok = (revision: number): Result<unknown> => ({
  ok: true,
  value: { revision, updatedAt: '2026-11-23T10:00:00.000Z' },
});

function setup(save: (request: unknown) => Result<unknown> | Promise<Result<unknown>>) {
  const store = createWaymarkStore();
  store.getState().openMap({ document: sampleMap(), revision: 1 });
  const { api, invoke } = fakeApi({ 'maps:save': save });
  const autosave = startAutosave(store, api, 400);
  const edit = (text: string) => store.getState().change((d) => updateCard(d, 'c1', { text }));
  return { store, invoke, autosave, edit };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause, then saves once with the confirmed revision as base', async () => {
    const { store, invoke, edit } = setup(() => ok(2));
    edit('a');
    edit('ab');
    expect(store.getState().save.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(399);
    expect(invoke).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(invoke).toHaveBeenCalledTimes(1);
    const request = invoke.mock.calls[0]![1] as { baseRevision: number; document: { cards: { text: string }[] } };
    expect(request.baseRevision).toBe(1);
    expect(request.document.cards[0]!.text).toBe('ab');
    expect(store.getState().save).toEqual({ state: 'saved', at: '2026-11-23T10:00:00.000Z' });
    expect(store.getState().revision).toBe(2);
  });

  it('saves again at once, without a new edit, when the library restarted under the save', async () => {
    let calls = 0;
    const { store, invoke, edit } = setup(() =>
      ++calls === 1
        ? {
            ok: false,
            error: { code: 'STORAGE_ERROR', message: 'restarted', i18n: { key: 'errors.libraryRestarted' } },
          }
        : ok(2),
    );
    edit('a');
    await vi.advanceTimersByTimeAsync(400);
    expect(store.getState().save).toMatchObject({ state: 'error', i18n: { key: 'errors.libraryRestarted' } });
    await vi.advanceTimersByTimeAsync(400);
    expect(invoke).toHaveBeenCalledTimes(2);
    expect(store.getState().save.state).toBe('saved');
  });

  it('does not save a map that was reloaded from the library (a restored version, a reload)', async () => {
    const { store, invoke } = setup(() => ok(2));
    store.getState().openMap({ document: { ...sampleMap(), title: 'Restored' }, revision: 3 });
    expect(store.getState().save.state).toBe('saved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('shows "saved" only after the main process answered', async () => {
    let answer!: (r: Result<unknown>) => void;
    const { store, edit } = setup(() => new Promise((resolve) => (answer = resolve)));
    edit('a');
    await vi.advanceTimersByTimeAsync(400);
    expect(store.getState().save.state).toBe('saving');
    answer(ok(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().save.state).toBe('saved');
  });

  it('keeps the edit and reports the error when the save is refused', async () => {
    const { store, edit } = setup(() => ({
      ok: false,
      error: { code: 'STALE_REVISION', message: 'changed elsewhere' },
    }));
    edit('a');
    await vi.advanceTimersByTimeAsync(400);
    expect(store.getState().save).toEqual({ state: 'error', code: 'STALE_REVISION', message: 'changed elsewhere' });
    expect(store.getState().doc!.cards[0]!.text).toBe('a');
    expect(store.getState().revision).toBe(1);
  });

  it('saves again when the map changed while a save was in flight', async () => {
    let calls = 0;
    let answer!: (r: Result<unknown>) => void;
    const { store, invoke, edit } = setup(() => {
      calls += 1;
      return calls === 1 ? new Promise((resolve) => (answer = resolve)) : ok(3);
    });
    edit('a');
    await vi.advanceTimersByTimeAsync(400);
    edit('ab');
    answer(ok(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().save.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(400);
    expect(invoke).toHaveBeenCalledTimes(2);
    expect((invoke.mock.calls[1]![1] as { baseRevision: number }).baseRevision).toBe(2);
    expect(store.getState().save.state).toBe('saved');
    expect(store.getState().revision).toBe(3);
  });

  it('flush saves immediately without waiting for the pause', async () => {
    const { store, invoke, autosave, edit } = setup(() => ok(2));
    edit('a');
    await autosave.flush();
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(store.getState().save.state).toBe('saved');
  });

  it('does not save when a map is merely opened', async () => {
    const { store, invoke } = setup(() => ok(2));
    store.getState().openMap({ document: sampleMap(), revision: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('saves an undo like any other change', async () => {
    const { store, invoke, edit } = setup(() => ok(2));
    edit('a');
    await vi.advanceTimersByTimeAsync(400);
    store.history.getState().undo();
    await vi.advanceTimersByTimeAsync(400);
    expect(invoke).toHaveBeenCalledTimes(2);
    const second = invoke.mock.calls[1]![1] as { document: { cards: { text: string }[] } };
    expect(second.document.cards[0]!.text).toBe('Thấy quảng cáo trên TikTok');
  });
});
