import type { WaymarkState } from '../store/types';

export interface CommandContext {
  state: () => WaymarkState;
}

export interface Command {
  /** Also names the command's label in the i18n catalogue: `commands.<id>`. */
  id: string;
  /** e.g. "Mod+Z", "Mod+Shift+Z": Mod is Cmd on macOS and Ctrl elsewhere. */
  shortcuts: readonly string[];
  enabled: (ctx: CommandContext) => boolean;
  run: (ctx: CommandContext) => void;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function shortcutOf(e: KeyLike, isMac: boolean): string {
  const parts: string[] = [];
  if (isMac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (isMac && e.ctrlKey) parts.push('Ctrl');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  parts.push(e.key.length === 1 ? e.key.toUpperCase() : e.key);
  return parts.join('+');
}

/**
 * One registry of commands for the toolbar, the keyboard and (later) the native menu, so a
 * command's label, shortcut and enabled state are defined once (Excalidraw's actions).
 */
export class CommandRegistry {
  private readonly commands = new Map<string, Command>();

  constructor(private readonly ctx: CommandContext) {}

  register(...commands: Command[]): this {
    for (const c of commands) {
      if (this.commands.has(c.id)) throw new Error(`command "${c.id}" registered twice`);
      this.commands.set(c.id, c);
    }
    return this;
  }

  get(id: string): Command {
    const c = this.commands.get(id);
    if (!c) throw new Error(`unknown command "${id}"`);
    return c;
  }

  has(id: string): boolean {
    return this.commands.has(id);
  }

  ids(): string[] {
    return [...this.commands.keys()];
  }

  list(): Command[] {
    return [...this.commands.values()];
  }

  isEnabled(id: string): boolean {
    return this.get(id).enabled(this.ctx);
  }

  run(id: string): boolean {
    const c = this.get(id);
    if (!c.enabled(this.ctx)) return false;
    c.run(this.ctx);
    return true;
  }

  /** Runs the command bound to a key press; true when one handled it. */
  handleKey(e: KeyLike, isMac: boolean): boolean {
    const combo = shortcutOf(e, isMac);
    const command = this.list().find((c) => c.shortcuts.includes(combo));
    return command ? this.run(command.id) : false;
  }
}
