import type { FileServices } from '../files/fileServices';
import type { LibraryAccess } from '../library/remote/libraryAccess';
import type { RoomService } from '../room/roomService';
import type { ImportReader } from '../files/importReader';

/** Everything the handler table needs; Electron and the e2e harness each build one. */
export interface AppServices {
  library: LibraryAccess;
  files: FileServices;
  onReadyToClose?: () => void;
  /** Reveals a file in the system's file manager (Electron: shell.showItemInFolder). */
  showInFolder?: (path: string) => void;
  /** Opens a file with the system's default application (Electron: shell.openPath). */
  openPath?: (path: string) => void;
  /** The renderer's language and runnable commands, for the native menu. */
  onMenuState?: (state: { language: 'en' | 'vi'; enabled: string[]; recent: { id: string; title: string }[] }) => void;
  /**
   * Reads a file to import (the app: on a thread of its own with a time and memory limit;
   * in-process when not given).
   */
  readImport?: ImportReader;
  /** Workshop rooms (started only when the host opens one). */
  room?: RoomService;
}
