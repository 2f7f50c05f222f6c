import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/main/menu';
import { MENU_LABELS } from '../../../shared/menu/menuLabels';
import { menuSpec } from '../../../shared/menu/menuSpec';

const items = (t: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  t.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);

describe('the native menu', () => {
  it('has File, Edit, View, Window and Help (and the app menu on macOS), with native roles', () => {
    const linux = menuTemplate('linux', { language: 'en', enabled: null, recent: [] }, vi.fn());
    expect(linux.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const mac = menuTemplate('darwin', { language: 'en', enabled: null, recent: [] }, vi.fn());
    expect(mac.map((m) => m.label)).toEqual(['Waymark', 'File', 'Edit', 'View', 'Window', 'Help']);
    const roles = items(linux).flatMap((i) => (i.role ? [i.role] : []));
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
  });

  it('speaks the interface language and sends the command id when clicked', () => {
    const send = vi.fn();
    const viMenu = menuTemplate('win32', { language: 'vi', enabled: null, recent: [] }, send);
    expect(viMenu.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    const exportMenu = items(viMenu).find((i) => i.label === 'Xuất')!;
    const pdf = (exportMenu.submenu as MenuItemConstructorOptions[]).find((i) => i.id === 'file.export.pdf')!;
    expect(pdf.label).toBe('PDF…');
    (pdf.click as () => void)();
    expect(send).toHaveBeenCalledWith('file.export.pdf');
  });

  it('enables only the commands the renderer says can run', () => {
    const t = menuTemplate(
      'linux',
      { language: 'en', enabled: new Set(['file.newMap', 'view.zoomIn']), recent: [] },
      vi.fn(),
    );
    const byId = new Map(items(t).flatMap((i) => (i.id ? [[i.id, i]] : [])));
    expect(byId.get('file.newMap')!.enabled).toBe(true);
    expect(byId.get('view.zoomIn')!.enabled).toBe(true);
    expect(byId.get('file.export.pdf')!.enabled).toBe(false);
    expect(byId.get('view.zoomIn')!.accelerator).toBe('CmdOrCtrl+=');
  });

  it('names every section in both languages and takes command labels from their declaration', () => {
    for (const platform of ['darwin', 'linux'])
      for (const section of menuSpec(platform)) {
        expect(MENU_LABELS.en[section.id]).toBeTruthy();
        expect(MENU_LABELS.vi[section.id]).toBeTruthy();
      }
    const labels = items(menuTemplate('linux', { language: 'vi', enabled: null, recent: [] }, vi.fn()));
    expect(labels.find((i) => i.id === 'map.saveNow')!.label).toBe('Lưu ngay');
    expect(labels.find((i) => i.id === 'file.export.mermaid')!.label).toBe('Sơ đồ Mermaid');
  });

  it('lists recent maps under File ▸ Recent, each opening its map', () => {
    const send = vi.fn();
    const t = menuTemplate('linux', { language: 'en', enabled: null, recent: [{ id: 'm1', title: 'Tesla' }] }, send);
    const recent = items(t).find((i) => i.label === 'Recent maps')!;
    const [tesla] = recent.submenu as MenuItemConstructorOptions[];
    expect(tesla!.label).toBe('Tesla');
    (tesla!.click as () => void)();
    expect(send).toHaveBeenCalledWith('file.open:m1');
    const empty = menuTemplate('linux', { language: 'vi', enabled: null, recent: [] }, send);
    expect(
      (items(empty).find((i) => i.label === 'Bản đồ gần đây')!.submenu as MenuItemConstructorOptions[])[0],
    ).toMatchObject({
      label: 'Chưa có bản đồ gần đây',
      enabled: false,
    });
  });
});
