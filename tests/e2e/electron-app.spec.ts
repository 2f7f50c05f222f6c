import { _electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
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
      await page.getByRole('button', { name: 'Add card: Awareness · Actions' }).click();
      await page.getByRole('textbox', { name: 'Card text' }).fill('Khách hàng đọc đánh giá trên Shopee');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status')).toHaveAttribute('data-save-state', 'saved');
      await app.close();

      app = await launch();
      page = await app.firstWindow();
      await page.getByRole('button', { name: 'Current-State map', exact: true }).click();
      await expect(page.getByRole('group', { name: /Khách hàng đọc đánh giá trên Shopee/ })).toBeVisible();
      await app.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
