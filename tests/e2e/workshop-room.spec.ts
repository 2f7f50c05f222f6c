import { expect, test, type Browser } from '@playwright/test';
import { test as appTest } from './fixtures';
import { openFromLibrary } from './harness/canvas';
import { join } from 'node:path';
import { openRoom, type Room } from '../../electron/main/room/roomServer';
import { createMapDoc, readMap } from '../../shared/collab/mapBinding';
import { createExampleMap } from '../../shared/templates/examples';

const APP = join(import.meta.dirname, '..', '..', 'dist', 'renderer');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** A room on loopback serving the built participant page, for the Shopee example (Vietnamese). */
async function shopeeRoom() {
  const doc = createMapDoc(createExampleMap('shopee-retail', new Date('2026-11-23T10:00:00Z'))!);
  const room = await openRoom({ host: '127.0.0.1', doc, appDir: APP });
  return { doc, room };
}

async function enter(browser: Browser, room: Room, options: Parameters<Browser['newContext']>[0]) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(room.url);
  return { context, page, errors };
}

test('participants join from a phone and a laptop, add cards, change only their own, and see each other live', async ({
  browser,
}) => {
  const { doc, room } = await shopeeRoom();
  try {
    const phone = await enter(browser, room, { ...PHONE, locale: 'vi-VN' });
    const laptop = await enter(browser, room, { viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
    await expect(phone.page.getByRole('heading', { name: 'Mua mỹ phẩm trên Shopee và Zalo OA' })).toBeVisible();
    await expect(phone.page.getByRole('status').filter({ hasText: 'Đã kết nối' })).toBeVisible();

    // The phone adds a touchpoint to stage 2 (one stage at a time on a phone).
    await phone.page.getByRole('button', { name: 'Giai đoạn sau' }).tap();
    const stage = phone.page.getByRole('region', { name: 'Tìm hiểu' });
    await stage.getByRole('button', { name: '+ Thêm vào Điểm chạm & kênh' }).tap();
    await stage
      .getByRole('textbox', { name: 'Thẻ mới trong Điểm chạm & kênh' })
      .fill('Livestream của shop trên TikTok');
    await stage.getByRole('button', { name: 'Thêm', exact: true }).tap();
    await expect.poll(() => readMap(doc).cards.map((c) => c.text)).toContain('Livestream của shop trên TikTok');

    // The laptop sees it at once, in the whole grid, with no way to change it.
    const theirs = laptop.page.getByRole('listitem').filter({ hasText: 'Livestream của shop trên TikTok' });
    await expect(theirs).toBeVisible();
    await expect(theirs.getByRole('button')).toHaveCount(0);

    // The phone changes its own card.
    const mine = phone.page.getByRole('listitem').filter({ hasText: 'Livestream của shop trên TikTok' });
    await expect(mine).toContainText('Của bạn');
    await mine.getByRole('button', { name: 'Sửa' }).tap();
    // (The item is found by its text, which the edit is about to change: use the page's one form.)
    await phone.page.getByRole('textbox', { name: 'Nội dung thẻ' }).fill('Livestream có mã giảm giá');
    await phone.page.getByRole('button', { name: 'Lưu' }).tap();
    await expect.poll(() => readMap(doc).cards.map((c) => c.text)).toContain('Livestream có mã giảm giá');
    await expect(laptop.page.getByText('Livestream có mã giảm giá')).toBeVisible();
    await expect(phone.page).toHaveScreenshot('participant-phone-vi.png');
    await expect(laptop.page).toHaveScreenshot('participant-laptop-en.png');

    // The host closes the room: everyone is told.
    await room.close();
    await expect(phone.page.getByText('Người điều phối đã đóng phòng')).toBeVisible();
    await expect(laptop.page.getByText('The facilitator closed this room')).toBeVisible();
    expect([...phone.errors, ...laptop.errors]).toEqual([]);
  } finally {
    await room.close().catch(() => {});
  }
});

test('without the room’s token a phone only learns to ask the facilitator', async ({ browser }) => {
  const { room } = await shopeeRoom();
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const response = await page.goto(`http://127.0.0.1:${room.port}/room/guess`);
    expect(response!.status()).toBe(403);
    await expect(page.getByText('Ask the facilitator for the room')).toBeVisible();
  } finally {
    await room.close();
  }
});

appTest(
  'the host opens a room from the editor; a phone joins by its link and its card appears on the host’s map and in the library',
  async ({ app, browser }) => {
    const { page, library } = app;
    const map = library.createExample('shopee-retail');
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.open();
    await openFromLibrary(page, map.document.title);
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Open workshop room…' }).click();
    const panel = page.getByRole('complementary', { name: 'Workshop room' });
    await panel.getByLabel('This computer only').check();
    await panel.getByRole('button', { name: 'Open room' }).click();
    await expect(panel.getByRole('img', { name: 'QR code of the room’s link' })).toBeVisible();
    const url = (await panel.getByRole('link').textContent())!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/room\/[0-9a-f]{32}$/);

    const phone = await browser.newContext({ ...PHONE, locale: 'vi-VN' });
    const p = await phone.newPage();
    await p.goto(url);
    await expect(panel.getByRole('status')).toHaveText('1 person in the room');
    await p.getByRole('button', { name: '+ Thêm vào Điểm đau' }).first().tap();
    await p.getByRole('textbox', { name: 'Thẻ mới trong Điểm đau' }).fill('Phí ship cao vào cuối tuần');
    await p.getByRole('button', { name: 'Thêm', exact: true }).tap();
    // On the host's canvas, and saved in the library by the host's autosave.
    await expect(page.getByRole('group', { name: /Phí ship cao vào cuối tuần/ })).toBeVisible();
    await expect
      .poll(() => library.maps.load(map.document.id).document.cards.map((c) => c.text))
      .toContain('Phí ship cao vào cuối tuần');
    // The host's own edit reaches the phone.
    await page.getByRole('group', { name: /Phí ship cao vào cuối tuần/ }).dblclick();
    await page.getByRole('textbox', { name: 'Card text' }).fill('Phí ship cao vào cuối tuần (đã xác minh)');
    await page.keyboard.press('Enter');
    await expect(p.getByText('Phí ship cao vào cuối tuần (đã xác minh)')).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/room-host.png' });
    // Presenting: the host's panel is not projected; how to join is, with the head count.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('.room-panel')).toBeHidden();
    const projected = page.getByRole('complementary', { name: 'Workshop room' });
    await expect(projected.getByText('Scan to add your cards')).toBeVisible();
    await expect(projected.getByRole('status')).toHaveText('1 person in the room');
    await page.screenshot({ path: 'test-results/screenshots/room-present.png' });
    await page.keyboard.press('Escape');
    // Closing the room tells the phone.
    await panel.getByRole('button', { name: 'Close room' }).click();
    await expect(p.getByText('Người điều phối đã đóng phòng')).toBeVisible();
    await phone.close();
  },
);
