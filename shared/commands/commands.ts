import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormatId } from '../exchange/exportFormats';
import type { Language } from '../model/constants';
import type { Localized } from '../templates/labels';

/**
 * Where a command's shortcut is heard: `app` anywhere in the window, `map` while a map is open
 * in the editor. Two commands may share a shortcut only if their scopes never overlap.
 */
export type CommandScope = 'app' | 'map';

export interface CommandSpec {
  label: Localized;
  /**
   * Keys in the renderer's notation ("Mod+Z": Mod is Cmd on macOS, Ctrl elsewhere). The first
   * is the one menus and the shortcut list show, and the native menu's accelerator.
   */
  shortcuts: readonly string[];
  scope: CommandScope;
}

const command = (en: string, vi: string, shortcuts: readonly string[] = [], scope: CommandScope = 'map') =>
  ({ label: { en, vi }, shortcuts, scope }) as const;

/**
 * Every command, declared once: its id (a union type, not a free string), its label in both
 * languages and its shortcuts. The native menu (built by the main process), the toolbar, the
 * context menu, the shortcut list and the key handler all read this table; what a command does
 * and when it is enabled is declared next to the code it drives, in renderer/src/commands/, as
 * a record keyed by these ids, so a command without a handler is a type error. (The two halves
 * live apart because the main process builds the menu and cannot load renderer code.)
 */
const STATIC_COMMANDS = {
  'file.newMap': command('New map…', 'Bản đồ mới…', ['Mod+N'], 'app'),
  'file.library': command('Open library', 'Mở thư viện', ['Mod+L'], 'app'),
  'file.import': command('Import…', 'Nhập…', ['Mod+O'], 'app'),
  'map.saveNow': command('Save now', 'Lưu ngay', ['Mod+S']),
  'edit.undo': command('Undo', 'Hoàn tác', ['Mod+Z']),
  'edit.redo': command('Redo', 'Làm lại', ['Mod+Shift+Z', 'Mod+Y']),
  'card.add': command('Add card', 'Thêm thẻ', ['N']),
  'card.edit': command('Edit text', 'Sửa nội dung', ['F2']),
  'edit.duplicate': command('Duplicate', 'Nhân bản', ['Mod+D']),
  'edit.delete': command('Delete', 'Xoá', ['Delete', 'Backspace']),
  'edit.selectAll': command('Select all cards', 'Chọn tất cả thẻ', ['Mod+A']),
  'edit.clearSelection': command('Clear selection', 'Bỏ chọn', ['Escape']),
  'clipboard.copy': command('Copy', 'Sao chép'),
  'clipboard.cut': command('Cut', 'Cắt'),
  'clipboard.paste': command('Paste', 'Dán'),
  'card.spanMore': command('Span one more stage', 'Kéo dài thêm một giai đoạn', ['Mod+]']),
  'card.spanLess': command('Span one stage less', 'Thu ngắn một giai đoạn', ['Mod+[']),
  'nav.left': command('Select the card to the left', 'Chọn thẻ bên trái', ['ArrowLeft']),
  'nav.right': command('Select the card to the right', 'Chọn thẻ bên phải', ['ArrowRight']),
  'nav.up': command('Select the card above', 'Chọn thẻ phía trên', ['ArrowUp']),
  'nav.down': command('Select the card below', 'Chọn thẻ phía dưới', ['ArrowDown']),
  'cell.left': command('Active cell: one stage left', 'Ô đang chọn: sang trái một giai đoạn', ['Alt+ArrowLeft']),
  'cell.right': command('Active cell: one stage right', 'Ô đang chọn: sang phải một giai đoạn', ['Alt+ArrowRight']),
  'cell.up': command('Active cell: one lane up', 'Ô đang chọn: lên một làn', ['Alt+ArrowUp']),
  'cell.down': command('Active cell: one lane down', 'Ô đang chọn: xuống một làn', ['Alt+ArrowDown']),
  'view.zoomIn': command('Zoom in', 'Phóng to', ['Mod+=', 'Mod++', 'Mod+Shift++', '+', 'Shift++', '=']),
  'view.zoomOut': command('Zoom out', 'Thu nhỏ', ['Mod+-', '-']),
  'view.fit': command('Fit map', 'Vừa khung bản đồ', ['Shift+1', 'Shift+!']),
  'view.fitSelection': command('Zoom to selection', 'Phóng tới vùng chọn', ['Shift+2', 'Shift+@']),
  'view.present': command('Present', 'Trình chiếu', ['F5']),
  'view.guide': command('Guide', 'Hướng dẫn'),
  'view.backlog': command('Backlog', 'Danh sách cơ hội'),
  'card.opportunity': command('Create opportunity', 'Tạo cơ hội'),
  'view.dark': command('Dark mode', 'Chế độ tối', [], 'app'),
  'view.projector': command('Projector theme', 'Giao diện máy chiếu', [], 'app'),
  'help.shortcuts': command('Keyboard shortcuts', 'Phím tắt', ['Mod+/'], 'app'),
  'help.about': command('About Waymark', 'Giới thiệu Waymark', [], 'app'),
} as const satisfies Record<string, CommandSpec>;

export type ExportCommandId = `file.export.${ExportFormatId}`;
export type CommandId = keyof typeof STATIC_COMMANDS | ExportCommandId;

/** File ▸ Export ▸ <format>: one command per export format, labelled as the format is. */
const EXPORT_COMMANDS = Object.fromEntries(
  EXPORT_FORMAT_IDS.map((f): [ExportCommandId, CommandSpec] => [
    exportCommand(f),
    { label: EXPORT_FORMATS[f].label, shortcuts: [], scope: 'map' },
  ]),
) as Record<ExportCommandId, CommandSpec>;

export const COMMANDS: Readonly<Record<CommandId, CommandSpec>> = { ...STATIC_COMMANDS, ...EXPORT_COMMANDS };
export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

export function exportCommand(format: ExportFormatId): ExportCommandId {
  return `file.export.${format}`;
}

export function isCommandId(value: string): value is CommandId {
  return Object.hasOwn(COMMANDS, value);
}

export function commandLabel(id: CommandId, language: Language): string {
  return COMMANDS[id].label[language];
}

/**
 * The native menu's accelerator for a command: its first shortcut in Electron's notation
 * ("Mod+S" → "CmdOrCtrl+S"), but only a chord with Cmd/Ctrl/Alt or a function key. A menu
 * accelerator wins over the page, so a plain key (N, Delete, Shift+1 = "!") would be stolen
 * from every text field; those stay with the renderer's key handler, which knows about fields.
 */
export function accelerator(id: CommandId): string | null {
  const first = COMMANDS[id].shortcuts[0];
  if (!first || !/^(Mod|Alt)\+|^F\d+$/.test(first)) return null;
  return first.replace(/^Mod\+/, 'CmdOrCtrl+').replace(/Arrow(Left|Right|Up|Down)/, '$1');
}
