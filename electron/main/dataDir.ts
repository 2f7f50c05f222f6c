/**
 * Where the library lives: `--data-dir <dir>` or `--data-dir=<dir>` on the command line,
 * else WAYMARK_DATA_DIR, else the platform's user-data folder.
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
    if (arg === '--data-dir' && argv[i + 1]) return argv[i + 1]!;
  }
  return env.WAYMARK_DATA_DIR?.trim() || fallback;
}
