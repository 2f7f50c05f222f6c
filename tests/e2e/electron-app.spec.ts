import { _electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { sampleMap } from '../helpers/sampleMap';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronAvailability, ROOT } from './harness/electronApp';

const electron = electronAvailability();

test.describe('the real Electron app', () => {
  // Runs wherever the Electron binary could be installed; elsewhere it is reported as skipped.
  test.skip(!electron.ok, electron.ok ? '' : `Skipped: ${electron.reason}`);

  test('creates a map, quits, and finds it again on the next launch', async () => {
    if (!electron.ok) return;
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-electron-'));
    const launch = () => _electron.launch({ executablePath: electron.executable, args: [ROOT, '--data-dir', dataDir] });
    try {
      let app = await launch();
      let page = await app.firstWindow();
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      await page.getByRole('button', { name: 'New map' }).click();
      await page.getByRole('button', { name: 'Create map' }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Add card: Awareness · Actions' }).click();
      await page.getByRole('textbox', { name: 'Card text' }).fill('Khách hàng đọc đánh giá trên Shopee');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status')).toHaveAttribute('data-save-state', 'saved');
      await app.close();

      app = await launch();
      page = await app.firstWindow();
      await page.getByRole('button', { name: 'Untitled journey', exact: true }).click();
      await expect(page.getByRole('group', { name: /Khách hàng đọc đánh giá trên Shopee/ })).toBeVisible();
      await app.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('keeps Node out of the page, exports a PDF from the native menu, and opens a map file from argv', async () => {
    if (!electron.ok) return;
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-electron-'));
    const file = join(dataDir, 'from-argv.waymark');
    writeFileSync(file, JSON.stringify({ ...sampleMap(), title: 'Opened from argv' }));
    const pdf = join(dataDir, 'menu-export.pdf');
    try {
      const app = await _electron.launch({
        executablePath: electron.executable,
        args: [ROOT, '--data-dir', dataDir, file],
      });
      const page = await app.firstWindow();
      // Checklist: no Node in the renderer, isolated context.
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
      // The file on the command line was imported and opened.
      await expect(page.getByRole('heading', { name: 'Opened from argv' })).toBeVisible();

      // File ▸ Export ▸ PDF… with the save dialog stubbed in the main process.
      await app.evaluate(({ dialog, Menu }, target) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
        Menu.getApplicationMenu()?.getMenuItemById('file.export.pdf')?.click();
      }, pdf);
      await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Export' }).click();
      await expect(page.getByTestId('notice')).toContainText('menu-export.pdf');
      expect(existsSync(pdf)).toBe(true);
      await app.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
