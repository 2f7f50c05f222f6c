import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { electronAvailability } from './harness/electronApp';

const ROOT = join(import.meta.dirname, '..', '..');

/** A free loopback port (for the window's DevTools endpoint, which this test drives it by). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** An X server of its own (Xvfb picks a free display and says which). */
async function startXvfb(): Promise<{ display: string; stop: () => void }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1440x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  xvfb.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.stdout.once('data', (c: Buffer) => resolve(`:${c.toString().trim()}`));
    xvfb.once('error', (e) => reject(new Error(`Xvfb could not start (apt-get install xvfb): ${e.message}`)));
    xvfb.once('close', () => reject(new Error(`Xvfb ended: ${err}`)));
  });
  return { display, stop: () => xvfb.kill() };
}

/** `npm start` as a person runs it, until it says the window is open; its output is kept for failures. */
async function npmStart(dataDir: string, display: string, port: number) {
  const child = spawn('npm', ['start', '--', '--data-dir', dataDir], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DISPLAY: display, WAYMARK_DEBUG_PORT: String(port) },
  });
  let output = '';
  const collect = (c: Buffer) => (output += c.toString());
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => output.includes('Waymark is open') && resolve());
    child.once('close', (code) => reject(new Error(`npm start ended (${code}) before the window opened:\n${output}`)));
  });
  const stop = async () => {
    const closed = new Promise((resolve) => child.once('close', resolve));
    process.kill(-child.pid!, 'SIGTERM');
    await closed;
  };
  return { child: child as ChildProcess, output: () => output, stop };
}

/** The app window `npm start` opened, driven over the DevTools protocol. */
async function appWindow(port: number): Promise<{ browser: Browser; page: import('@playwright/test').Page }> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const page = browser
    .contexts()[0]!
    .pages()
    .find((p) => p.url().startsWith('http://waymark.localhost/'))!;
  return { browser, page };
}

test.describe('npm start without Electron', () => {
  // Where the Electron binary is installed, npm start runs the desktop app (electron-app.spec.ts).
  test.skip(electronAvailability().ok, 'Electron is installed here: npm start runs the desktop app instead.');

  test('runs the app in Chromium: the library screen opens, a map is created, closed and found again after a restart', async () => {
    test.setTimeout(180_000);
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-npm-start-'));
    const x = await startXvfb();
    try {
      const port = await freePort();
      const first = await npmStart(dataDir, x.display, port);
      expect(first.output()).toContain('Electron is not installed here, so Waymark runs in Chromium');
      expect(first.output()).toContain(`with the same library (${dataDir})`);
      let { browser, page } = await appWindow(port);
      await expect(page.getByRole('button', { name: 'New map' })).toBeVisible();
      await page.getByRole('button', { name: 'New map' }).click();
      const dialog = page.getByRole('dialog', { name: 'New map' });
      await dialog.getByLabel('Title', { exact: true }).fill('Hành trình mua sắm');
      await dialog.getByRole('button', { name: 'Create map' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
      await page.getByRole('button', { name: '← Library' }).click();
      await expect(page.getByRole('button', { name: 'Hành trình mua sắm', exact: true })).toBeVisible();
      await browser.close();
      await first.stop();

      const again = await npmStart(dataDir, x.display, port);
      ({ browser, page } = await appWindow(port));
      await expect(page.getByRole('button', { name: 'Hành trình mua sắm', exact: true })).toBeVisible();
      await browser.close();
      await again.stop();
    } finally {
      x.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
