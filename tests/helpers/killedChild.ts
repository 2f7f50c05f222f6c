import { spawn } from 'node:child_process';

/**
 * Runs a writer child (it prints one number per confirmed save) and kills it with SIGKILL
 * `killAfterMs` after its first confirmed save; resolves with the saves it reported. A child
 * that ends by itself fails the test with its stderr.
 */
export function runUntilKilled(script: string, args: string[], killAfterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: ReturnType<typeof setTimeout> | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // Start the clock at the first committed edit, so every round kills mid-write.
      timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    // 'close', not 'exit': the pipe may still hold lines the writer printed just before it died.
    child.on('close', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own: ${err}`));
      // Only complete lines count as reported: a kill can cut a line in half.
      else resolve(out.split('\n').slice(0, -1).map(Number));
    });
  });
}
