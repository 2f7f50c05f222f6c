import { describe, expect, it } from 'vitest';
import { createServices } from '../../../renderer/src/app/services';
import { shortcutOf } from '../../../renderer/src/commands/registry';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import { fakeApi } from '../../helpers/fakeApi';
import { updateCard } from '../../../shared/model/operations';
import { sampleMap } from '../../helpers/sampleMap';

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

function setup() {
  const { store, commands } = createServices(fakeApi({}).api, createI18n('en'));
  store.getState().openMap({ document: sampleMap(), revision: 1 });
  return { store, registry: commands };
}

describe('command registry', () => {
  it('maps platform modifiers to Mod', () => {
    expect(shortcutOf(key('z', { ctrl: true }), false)).toBe('Mod+Z');
    expect(shortcutOf(key('z', { meta: true, shift: true }), true)).toBe('Mod+Shift+Z');
    expect(shortcutOf(key('z', { meta: true }), false)).toBe('Z');
  });

  it('a shortcut runs nothing while its command is disabled, and Mod+N (new map) reaches the window command', () => {
    const { store, registry } = setup();
    expect(registry.handleKey(key('d', { ctrl: true }), false)).toBe(false);
    store.getState().select(['c1']);
    expect(registry.handleKey(key('d', { ctrl: true }), false)).toBe(true);
    expect(store.getState().doc!.cards).toHaveLength(4);
    expect(registry.handleKey(key('/', { ctrl: true }), false)).toBe(true);
    expect(store.getState().dialog).toEqual({ kind: 'shortcuts' });
  });

  it('runs undo and redo from their shortcuts, only when there is something to do', () => {
    const { store, registry } = setup();
    expect(registry.isEnabled('edit.undo')).toBe(false);
    expect(registry.handleKey(key('z', { ctrl: true }), false)).toBe(false);
    store.getState().change((d) => updateCard(d, 'c1', { text: 'x' }));
    expect(registry.handleKey(key('z', { ctrl: true }), false)).toBe(true);
    expect(store.getState().doc!.cards[0]!.text).toBe('Thấy quảng cáo trên TikTok');
    expect(registry.handleKey(key('y', { ctrl: true }), false)).toBe(true);
    expect(store.getState().doc!.cards[0]!.text).toBe('x');
  });

  it('deletes the selected cards with Delete, but not while a card is being edited', () => {
    const { store, registry } = setup();
    store.getState().startEditing('c1');
    expect(registry.handleKey(key('Delete'), false)).toBe(false);
    store.getState().startEditing(null);
    store.getState().select(['c1', 'c2']);
    expect(registry.handleKey(key('Delete'), false)).toBe(true);
    expect(store.getState().doc!.cards.map((c) => c.id)).toEqual(['c3']);
    expect(store.getState().selectedCardIds).toEqual([]);
  });
});
