import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Words of the English interface that must not survive a switch to Vietnamese. */
const ENGLISH_UI = [
  'Library',
  'Settings',
  'Export',
  'Present',
  'Details',
  'History',
  'Card types',
  'Customer journey',
  'New map',
  'Cancel',
  'Trash',
  'Saved',
  'Select a card',
];

async function englishLeft(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return ENGLISH_UI.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
}

/** Interface controls whose text does not fit their box (clipped or spilling). */
async function clipped(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) =>
    els
      .filter((el) => {
        const e = el as HTMLElement;
        return e.offsetParent !== null && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1);
      })
      .map((el) => (el as HTMLElement).innerText.trim()),
  );
}

/** Pairs of header controls drawn over each other (a crowded header must shrink the title instead). */
async function overlapping(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => {
    const boxes = els
      .map((el) => ({ text: (el as HTMLElement).innerText.trim() || el.className, r: el.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0);
    const out: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (
          a.r.left < b.r.right - 1 &&
          b.r.left < a.r.right - 1 &&
          a.r.top < b.r.bottom - 1 &&
          b.r.top < a.r.bottom - 1
        )
          out.push(`${a.text} × ${b.text}`);
      }),
    );
    return out;
  });
}

/** Buttons whose label wrapped onto a second line. */
async function wrapped(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) =>
    els
      .filter((el) => {
        const style = getComputedStyle(el);
        const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3;
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        return el.getBoundingClientRect().height - padding > line * 1.6;
      })
      .map((el) => (el as HTMLElement).innerText.trim()),
  );
}

test('switching to Vietnamese in Settings translates menus, palette and dialogs at once, with no restart', async ({
  app,
}) => {
  const { page, library } = app;
  library.createExample('shopee-retail');
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  // A notice on screen follows the switch too: it is kept as a catalogue key, not as text.
  const good = join(app.dataDir, 'good.waymark');
  writeFileSync(good, JSON.stringify({ ...library.maps.load(library.maps.list()[0]!.id).document, title: 'Nhập lại' }));
  app.dialogs.importPath = good;
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.locator('.notice')).toContainText('Imported “Nhập lại” as a new map.');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Language').selectOption('vi');
  await expect(page.locator('.notice')).toContainText('Đã nhập “Nhập lại” thành một bản đồ mới.');
  const settings = page.getByRole('dialog', { name: 'Cài đặt' });
  await expect(settings).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await settings.getByRole('button', { name: 'Đóng' }).click();
  await expect(page.getByRole('button', { name: 'Bản đồ mới' })).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);

  // Errors from the main process come in the interface language too.
  const broken = join(app.dataDir, 'broken.waymark');
  writeFileSync(broken, '{"formatVersion": 3, "title": "cut off');
  app.dialogs.importPath = broken;
  await page.getByRole('button', { name: 'Nhập…' }).click();
  await expect(page.getByRole('alert')).toContainText('Nhập không thành công: Tệp không phải JSON hợp lệ');

  await page.getByRole('button', { name: 'Bản đồ mới' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bản đồ mới' });
  await expect(dialog.getByText('Loại bản đồ')).toBeVisible();
  await expect(dialog.getByLabel('Ngôn ngữ của mẫu')).toHaveValue('vi');
  expect(await englishLeft(page)).toEqual([]);
  expect(await clipped(page, '.dialog button, .dialog legend, .kind-name')).toEqual([]);
  await dialog.getByRole('button', { name: 'Huỷ' }).click();

  await page.getByRole('button', { name: 'Mua mỹ phẩm trên Shopee và Zalo OA', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Loại thẻ' })).toContainText('Hành trình khách hàng');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toBeVisible();
  await page.getByRole('button', { name: 'Xuất ▾' }).click();
  await expect(page.getByRole('menuitem', { name: 'Ảnh PNG…' })).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
  expect(await clipped(page, '.app-header button, .palette-item, .side-column [role="group"] button')).toEqual([]);
  expect(await overlapping(page, '.editor-header > *')).toEqual([]);
  expect(await wrapped(page, '.app-header button, .side-column [role="group"] button')).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Trình chiếu', exact: true }).click();
  await expect(page.getByRole('banner', { name: 'Trình chiếu' }).getByRole('heading')).toHaveText(
    'Giai đoạn 1/5: Nhận biết',
  );
  expect(await englishLeft(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // The choice is remembered: a reload comes back in Vietnamese.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Bản đồ mới' })).toBeVisible();
});

test('the interface follows a Vietnamese operating system on first run', async ({ app }) => {
  const { page } = app;
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'languages', { get: () => ['vi-VN', 'vi'] });
    Object.defineProperty(navigator, 'language', { get: () => 'vi-VN' });
  });
  await app.open();
  await expect(page.getByRole('button', { name: 'Bản đồ mới' })).toBeVisible();
  await expect(page.getByText('Chưa có bản đồ nào.')).toBeVisible();
});
