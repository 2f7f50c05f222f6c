/**
 * The application menu's own words: section titles, the Export submenu and Recent maps. They
 * live in shared/ because the main process builds the menu (it cannot read the renderer's
 * catalogues); command labels come from shared/commands. The type keeps both languages complete.
 */
import type { Language } from '../model/constants';

export type MenuWord = 'app' | 'file' | 'edit' | 'view' | 'window' | 'help' | 'export' | 'recent' | 'noRecent';

export const MENU_LABELS: Readonly<Record<Language, Readonly<Record<MenuWord, string>>>> = {
  en: {
    app: 'Waymark',
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    export: 'Export',
    recent: 'Recent maps',
    noRecent: 'No recent maps',
  },
  vi: {
    app: 'Waymark',
    file: 'Tệp',
    edit: 'Sửa',
    view: 'Xem',
    window: 'Cửa sổ',
    help: 'Trợ giúp',
    export: 'Xuất',
    recent: 'Bản đồ gần đây',
    noRecent: 'Chưa có bản đồ gần đây',
  },
};
