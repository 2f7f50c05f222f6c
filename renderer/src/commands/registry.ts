import { COMMAND_IDS, COMMANDS, type CommandId, type CommandSpec } from '../../../shared/commands/commands';
import type { WaymarkState } from '../store/types';

export interface CommandContext {
  state: () => WaymarkState;
}

/** What a command does and when it can: the behaviour half of a command's declaration. */
export interface CommandHandler {
  enabled: (ctx: CommandContext) => boolean;
  run: (ctx: CommandContext) => void;
}

/** A handler for every command id; leaving one out is a type error. */
export type CommandHandlers = { readonly [K in CommandId]: CommandHandler };

/** A command as the toolbar, menus and keyboard see it: spec (label, shortcuts) and handler. */
export interface Command extends CommandSpec, CommandHandler {
  id: CommandId;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A shortcut as people read it: "Ctrl+D" (⌘ on a Mac), arrows without "Arrow". */
export const displayShortcut = (s: string) => s.replace('Mod', isMac ? '⌘' : 'Ctrl').replace('Arrow', '');

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
 * The commands of the window: each one's spec from shared/commands (label, shortcuts, scope)
 * joined with its handler, for the toolbar, the context menu, the native menu, the shortcut list
 * and the keyboard (Excalidraw's ActionManager, VS Code's registerAction2).
 */
export class CommandRegistry {
  private readonly commands: ReadonlyMap<CommandId, Command>;

  constructor(
    private readonly ctx: CommandContext,
    handlers: CommandHandlers,
  ) {
    this.commands = new Map(COMMAND_IDS.map((id) => [id, { id, ...COMMANDS[id], ...handlers[id] }]));
  }

  get(id: CommandId): Command {
    return this.commands.get(id)!;
  }

  ids(): CommandId[] {
    return [...this.commands.keys()];
  }

  list(): Command[] {
    return [...this.commands.values()];
  }

  isEnabled(id: CommandId): boolean {
    return this.get(id).enabled(this.ctx);
  }

  run(id: CommandId): boolean {
    const c = this.get(id);
    if (!c.enabled(this.ctx)) return false;
    c.run(this.ctx);
    return true;
  }

  /** Runs the enabled command bound to a key press; true when one handled it. */
  handleKey(e: KeyLike, isMac: boolean): boolean {
    const combo = shortcutOf(e, isMac);
    const command = this.list().find((c) => c.shortcuts.includes(combo) && c.enabled(this.ctx));
    return command ? this.run(command.id) : false;
  }
}
