import { expect, test, type Browser, type Page } from '@playwright/test';
import { test as appTest } from './fixtures';
import { openFromLibrary } from './harness/canvas';
import { join } from 'node:path';
import * as Y from 'yjs';
import { openRoom, type Room } from '../../electron/main/room/roomServer';
import { createMapDoc, readMap } from '../../shared/collab/mapBinding';
import { NO_SESSION, revealCards, writeSession } from '../../shared/collab/roomSession';
import { createExampleMap } from '../../shared/templates/examples';
import { addMapPersona, addOpportunity, addStep, setCardPersonas } from '../../shared/model/operations';

const APP = join(import.meta.dirname, '..', '..', 'dist', 'renderer');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** A room on loopback serving the built participant page, for the Shopee example (Vietnamese). */
async function shopeeRoom() {
  const doc = createMapDoc(createExampleMap('shopee-retail', new Date('2026-11-23T10:00:00Z'))!);
  const room = await openRoom({ host: '127.0.0.1', doc, appDir: APP });
  return { doc, room };
}

/** A person joins: opens the link and gives their name, as the page asks first. */
async function joinRoom(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.locator('.room-name input').fill(name);
  await page.locator('.room-name input').press('Enter');
}

async function enter(browser: Browser, room: Room, options: Parameters<Browser['newContext']>[0], name = 'Lan') {
  const context = await browser.newContext(options);
  // A fixed browser key per name: the same person id, so the same colour, in every run.
  const key = Buffer.from(name).toString('hex').padEnd(32, '0').slice(0, 32);
  await context.addInitScript((k) => localStorage.setItem('waymark.room.key', k), key);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await joinRoom(page, room.url, name);
  return { context, page, errors };
}

test('participants join from a phone and a laptop, add cards, change only their own, and see each other live', async ({
  browser,
}) => {
  const { doc, room } = await shopeeRoom();
  try {
    const phone = await enter(browser, room, { ...PHONE, locale: 'vi-VN' });
    const laptop = await enter(browser, room, { viewport: { width: 1366, height: 768 }, locale: 'en-GB' }, 'Minh');
    await expect(phone.page.getByRole('heading', { name: 'Mua mỹ phẩm trên Shopee và Zalo OA' })).toBeVisible();
    await expect(phone.page.getByRole('status').filter({ hasText: 'Đã kết nối' })).toBeVisible();

    // The phone adds a touchpoint to stage 2 (one stage at a time on a phone).
    await phone.page.getByRole('button', { name: 'Giai đoạn sau' }).tap();
    const stage = phone.page.getByRole('region', { name: 'Cân nhắc' });
    await stage.getByRole('button', { name: '+ Thêm vào Điểm chạm & kênh' }).tap();
    await stage
      .getByRole('textbox', { name: 'Thẻ mới trong Điểm chạm & kênh' })
      .fill('Livestream của shop trên TikTok');
    await stage.getByRole('button', { name: 'Thêm', exact: true }).tap();
    await expect.poll(() => readMap(doc).cards.map((c) => c.text)).toContain('Livestream của shop trên TikTok');

    // The laptop sees it at once, in the whole grid, with no way to change it.
    const theirs = laptop.page.getByRole('listitem').filter({ hasText: 'Livestream của shop trên TikTok' });
    await expect(theirs).toBeVisible();
    await expect(theirs.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await expect(theirs.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    // Each sees who else is in the room.
    await expect(laptop.page.getByRole('list', { name: 'In the room' })).toContainText('Lan');
    await expect(phone.page.getByRole('list', { name: 'Trong phòng' })).toContainText('Minh');

    // The phone changes its own card.
    const mine = phone.page.getByRole('listitem').filter({ hasText: 'Livestream của shop trên TikTok' });
    await expect(mine).toContainText('Của bạn');
    await mine.getByRole('button', { name: 'Sửa' }).tap();
    // (The item is found by its text, which the edit is about to change: use the page's one form.)
    await phone.page.getByRole('textbox', { name: 'Nội dung thẻ' }).fill('Livestream có mã giảm giá');
    await phone.page.getByRole('button', { name: 'Lưu' }).tap();
    await expect.poll(() => readMap(doc).cards.map((c) => c.text)).toContain('Livestream có mã giảm giá');
    await expect(laptop.page.getByText('Livestream có mã giảm giá')).toBeVisible();
    // Nothing the pages sent on their own (presence, sync) was refused.
    await expect(phone.page.getByRole('alert')).toHaveCount(0);
    await expect(laptop.page.getByRole('alert')).toHaveCount(0);
    await expect(phone.page).toHaveScreenshot('participant-phone-vi.png');
    await expect(laptop.page).toHaveScreenshot('participant-laptop-en.png');

    // On a laptop every stage shows: the one worked in is the one the room sees it looking at.
    await laptop.page
      .getByRole('region', { name: 'Mua hàng' })
      .getByRole('button', { name: /^\+ Add to/ })
      .first()
      .focus();
    const fourth = readMap(doc).stages[3]!.id;
    await expect.poll(() => room.people().find((p) => p.name === 'Minh')?.stage).toBe(fourth);
    // A tablet gets the grid too, not the phone's one stage at a time; the join page named the map.
    const tablet = await enter(browser, room, { viewport: { width: 768, height: 1024 }, hasTouch: true }, 'Hoa');
    await expect(tablet.page.locator('.room-stage:visible')).toHaveCount(readMap(doc).stages.length);
    await expect(tablet.page.getByRole('navigation', { name: 'Stages' })).toBeHidden();
    const late = await browser.newPage();
    await late.goto(room.url);
    await expect(late.locator('.room-join-title')).toHaveText('Mua mỹ phẩm trên Shopee và Zalo OA');
    await late.close();
    // Twelve colours for twelve people: the three here all differ.
    const colours = room.people().map((p) => p.colour);
    expect(new Set(colours).size).toBe(colours.length);

    // The host closes the room: everyone is told.
    await room.close();
    await expect(phone.page.getByText('Người điều phối đã đóng phòng')).toBeVisible();
    await expect(laptop.page.getByText('The facilitator closed this room')).toBeVisible();
    expect([...phone.errors, ...laptop.errors]).toEqual([]);
  } finally {
    await room.close().catch(() => {});
  }
});

test('silent brainstorm hides each phone’s new cards from the others until the host reveals them; a removed person is told and kept out', async ({
  browser,
}) => {
  const { doc, room } = await shopeeRoom();
  try {
    writeSession(doc, { ...NO_SESSION, silent: true }, 'host');
    const lan = await enter(browser, room, { ...PHONE, locale: 'vi-VN' }, 'Lan');
    const minh = await enter(browser, room, { ...PHONE, locale: 'en-GB' }, 'Minh');
    const an = await enter(browser, room, { viewport: { width: 1366, height: 768 }, locale: 'vi-VN' }, 'An');
    await expect(lan.page.getByText('Động não im lặng')).toBeVisible();
    const stage = lan.page.getByRole('region', { name: 'Nhận biết' });
    await stage.getByRole('button', { name: '+ Thêm vào Điểm đau' }).tap();
    await stage.getByRole('textbox', { name: 'Thẻ mới trong Điểm đau' }).fill('Ý tưởng bí mật');
    await stage.getByRole('button', { name: 'Thêm', exact: true }).tap();
    await expect.poll(() => readMap(doc).cards.map((c) => c.text)).toContain('Ý tưởng bí mật');
    await expect(lan.page.getByText('Ý tưởng bí mật')).toBeVisible();
    await expect(minh.page.getByRole('list', { name: 'In the room' })).toContainText('Lan');
    await expect(minh.page.getByText('Ý tưởng bí mật')).toHaveCount(0);
    await expect(an.page.getByRole('list', { name: 'Trong phòng' })).toContainText('Lan');
    await expect(an.page.getByText('Ý tưởng bí mật')).toHaveCount(0);
    // Reveal: everyone sees it.
    revealCards(doc, 'host');
    writeSession(doc, { ...NO_SESSION, silent: false }, 'host');
    await expect(minh.page.getByText('Ý tưởng bí mật')).toBeVisible();
    await expect(an.page.getByText('Ý tưởng bí mật')).toBeVisible();

    const id = room.people().find((p) => p.name === 'Minh')!.id;
    room.remove(id);
    await expect(minh.page.getByText('The facilitator removed you from this room.')).toBeVisible();
    await minh.page.reload();
    await expect(minh.page.getByText('The facilitator removed you from this room.')).toBeVisible();
    expect([...lan.errors, ...minh.errors, ...an.errors]).toEqual([]);
  } finally {
    await room.close();
  }
});

/** The phone loses the network (the page says so) and adds a pain point to the first stage anyway. */
async function addWhileOffline(phone: Awaited<ReturnType<typeof enter>>, text: string) {
  await expect(phone.page.getByRole('status').filter({ hasText: 'Đã kết nối' })).toBeVisible();
  await phone.context.setOffline(true);
  // Going offline closes the socket in Chromium; the page tries again by itself.
  await expect(phone.page.getByRole('status').filter({ hasText: 'Đang kết nối lại…' })).toBeVisible();
  const stage = phone.page.getByRole('region', { name: 'Nhận biết' });
  await stage.getByRole('button', { name: '+ Thêm vào Điểm đau' }).tap();
  await stage.getByRole('textbox', { name: 'Thẻ mới trong Điểm đau' }).fill(text);
  await stage.getByRole('button', { name: 'Thêm', exact: true }).tap();
}

test('a phone that loses the network keeps working: it says so, and its card reaches the room when it is back', async ({
  browser,
}) => {
  const { doc, room } = await shopeeRoom();
  try {
    const lan = await enter(browser, room, { ...PHONE, locale: 'vi-VN' }, 'Lan');
    await addWhileOffline(lan, 'Viết khi mất mạng');
    await expect(lan.page.getByText('Viết khi mất mạng')).toBeVisible();
    expect(readMap(doc).cards.map((c) => c.text)).not.toContain('Viết khi mất mạng');
    await lan.context.setOffline(false);
    await expect.poll(() => readMap(doc).cards.map((c) => c.text), { timeout: 15_000 }).toContain('Viết khi mất mạng');
    await expect(lan.page.getByRole('status').filter({ hasText: 'Đã kết nối' })).toBeVisible();
    await expect(lan.page.getByRole('alert')).toHaveCount(0);
  } finally {
    await room.close();
  }
});

test('the host restarts while a phone is away: the room comes back on the same link, the phone rejoins by itself and its card is not lost', async ({
  browser,
}) => {
  const first = await shopeeRoom();
  const saved = Y.encodeStateAsUpdate(first.doc);
  let second: Room | null = null;
  try {
    const lan = await enter(browser, first.room, { ...PHONE, locale: 'vi-VN' }, 'Lan');
    await addWhileOffline(lan, 'Viết trong lúc máy chủ khởi động lại');
    // The host goes away (its window's last save is all the new room starts from) and comes back.
    await first.room.close();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, saved);
    second = await openRoom({ host: '127.0.0.1', doc, appDir: APP, token: first.room.token, port: first.room.port });
    expect(second.url).toBe(first.room.url);
    await lan.context.setOffline(false);
    await expect
      .poll(() => readMap(doc).cards.map((c) => c.text), { timeout: 15_000 })
      .toContain('Viết trong lúc máy chủ khởi động lại');
    await expect(lan.page.getByRole('status').filter({ hasText: 'Đã kết nối' })).toBeVisible();
    expect(lan.errors).toEqual([]);
  } finally {
    await first.room.close().catch(() => {});
    await second?.close();
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

/** The host opens a room on this computer from the editor's "…" menu; returns its panel and link. */
async function openRoomInEditor(page: Page) {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Open workshop room…' }).click();
  const panel = page.getByRole('complementary', { name: 'Workshop room' });
  await panel.getByLabel('This computer only').check();
  await panel.getByRole('button', { name: 'Open room' }).click();
  await expect(panel.getByRole('img', { name: 'QR code of the room’s link' })).toBeVisible();
  return { panel, url: (await panel.getByRole('link').textContent())! };
}

/** The Shopee example opened in the editor at 1440×900 with a room on this computer open. */
async function shopeeInEditorWithRoom(app: Parameters<Parameters<typeof appTest>[2]>[0]['app']) {
  const { page, library } = app;
  const map = library.createExample('shopee-retail');
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await openFromLibrary(page, map.document.title);
  return { map, ...(await openRoomInEditor(page)) };
}

appTest('with the lobby on, a newcomer waits by name until the host lets them in', async ({ app, browser }) => {
  const { map, panel, url } = await shopeeInEditorWithRoom(app);
  await panel.getByLabel('Let people in myself (lobby)').check();
  const phone = await browser.newContext({ ...PHONE, locale: 'vi-VN' });
  const p = await phone.newPage();
  await joinRoom(p, url, 'Lan');
  await expect(p.getByText('Người điều phối sẽ cho từng người vào')).toBeVisible();
  const waiting = panel.getByRole('region', { name: 'Waiting to come in' });
  await expect(waiting).toContainText('Lan');
  await expect(panel.getByRole('status').first()).toHaveText('0 people in the room');
  await waiting.getByRole('button', { name: 'Let Lan in' }).click();
  await expect(p.getByRole('heading', { name: map.document.title })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'People' })).toContainText('Lan');
  await phone.close();
});

appTest('removing a person keeps their browser out and offers the lobby for anyone new', async ({ app, browser }) => {
  const { panel, url } = await shopeeInEditorWithRoom(app);
  const phone = await browser.newContext({ ...PHONE, locale: 'vi-VN' });
  const p = await phone.newPage();
  await joinRoom(p, url, 'Minh');
  await expect(panel.getByRole('region', { name: 'People' })).toContainText('Minh');
  await panel.getByRole('button', { name: 'Remove Minh from the room' }).click();
  await expect(p.getByText('Người điều phối đã mời bạn ra khỏi phòng.')).toBeVisible();
  // A room on this computer only: every phone has the same address, so only the browser is barred.
  const offer = panel.getByRole('status').filter({ hasText: 'Minh is out of the room' });
  await expect(offer).toContainText('They could come back from another browser');
  await offer.getByRole('button', { name: 'Turn on the lobby' }).click();
  await expect(panel.getByLabel('Let people in myself (lobby)')).toBeChecked();
  await expect(offer).toBeHidden();
  await p.reload();
  await expect(p.getByText('Người điều phối đã mời bạn ra khỏi phòng.')).toBeVisible();
  await phone.close();
});

appTest(
  'the host opens a room from the editor; a phone joins by its link and its card appears on the host’s map and in the library',
  async ({ app, browser }) => {
    const { page, library } = app;
    const map = library.createExample('shopee-retail');
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.open();
    await openFromLibrary(page, map.document.title);
    const { panel, url } = await openRoomInEditor(page);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/room\/[0-9a-f]{32}$/);

    const phone = await browser.newContext({ ...PHONE, locale: 'vi-VN' });
    const p = await phone.newPage();
    await joinRoom(p, url, 'Lan');
    await expect(p.getByRole('list', { name: 'Trong phòng' })).toContainText('Bạn');
    await expect(panel.getByRole('status').first()).toHaveText('1 person in the room');
    await expect(panel.getByRole('region', { name: 'People' })).toContainText('Lan');
    // By the button itself, not a point on the screen: under a loaded CI machine a tap once landed
    // on a neighbouring lane's button while the page was still settling.
    await p.getByRole('button', { name: '+ Thêm vào Điểm đau' }).first().press('Enter');
    await p.getByRole('textbox', { name: 'Thẻ mới trong Điểm đau' }).fill('Phí ship cao vào cuối tuần');
    await p.getByRole('button', { name: 'Thêm', exact: true }).tap();
    // On the host's canvas, and saved in the library by the host's autosave.
    await expect(page.getByRole('group', { name: /Phí ship cao vào cuối tuần/ })).toBeVisible();
    await expect
      .poll(() => library.maps.load(map.document.id).document.cards.map((c) => c.text))
      .toContain('Phí ship cao vào cuối tuần');
    const added = () => library.maps.load(map.document.id).document.cards.find((c) => c.text.startsWith('Phí ship'))!;
    expect(added().type).toBe('pain-point');
    // The host's own edit reaches the phone.
    // Opened from the keyboard: a double-click while cards are still arriving (lanes growing under
    // the pointer) can turn into a drag that moves the card to another lane.
    await page.getByRole('group', { name: /Phí ship cao vào cuối tuần/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Card text' }).fill('Phí ship cao vào cuối tuần (đã xác minh)');
    await page.keyboard.press('Enter');
    await expect(p.getByText('Phí ship cao vào cuối tuần (đã xác minh)')).toBeVisible();
    // A dot vote on pain points: the phone places a dot; the host's card shows it.
    await panel.getByRole('button', { name: 'Open the vote' }).click();
    await expect(panel.getByText('Voting is open: 3 dots per person.')).toBeVisible();
    // The phone turns to the vote list: the cards that can take a dot, one big button each.
    await expect(p.getByRole('button', { name: 'Bình chọn', exact: true })).toHaveAttribute('aria-pressed', 'true');
    const voteItem = p.locator('.room-vote-item').filter({ hasText: 'Phí ship cao vào cuối tuần (đã xác minh)' });
    await expect(p.getByText('Còn 3/3 phiếu cho Điểm đau.')).toBeVisible();
    const dot = voteItem.getByRole('button', { name: /^Bình chọn cho/ });
    expect((await dot.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await dot.tap();
    await expect(p.getByText('Còn 2/3 phiếu cho Điểm đau.')).toBeVisible();
    await expect(voteItem.getByRole('button', { name: /^Rút phiếu khỏi/ })).toHaveText('● Rút lại');
    await p.getByRole('button', { name: 'Mọi thẻ' }).tap();
    const phoneCard = p.getByRole('listitem').filter({ hasText: 'Phí ship cao vào cuối tuần (đã xác minh)' });
    const hostCard = page.getByRole('group', { name: /Phí ship cao vào cuối tuần/ });
    await expect(hostCard.locator('.card-dots')).toHaveText('● 1');
    await expect(panel.getByRole('list', { name: 'Most dots' })).toContainText('Phí ship cao');
    await expect.poll(() => library.maps.load(map.document.id).document.votes.length).toBe(1);
    // A comment from the phone shows in the host's inspector for the card.
    await phoneCard.getByRole('button', { name: 'Bình luận' }).tap();
    await phoneCard.getByRole('button', { name: 'Thêm bình luận' }).tap();
    await phoneCard.getByRole('textbox', { name: 'Thêm bình luận' }).fill('Cuối tuần nào cũng vậy');
    await phoneCard.getByRole('button', { name: 'Gửi' }).tap();
    await hostCard.click();
    // The room is a tab of the side column; the card's details are the next tab.
    const tabs = page.locator('.side-column [role="group"]');
    await tabs.getByRole('button', { name: 'Details', exact: true }).click();
    const feedback = page.getByRole('region', { name: 'From the workshop room' });
    await expect(feedback).toContainText('1 dot from the room’s vote');
    await expect(feedback).toContainText('Lan');
    await expect(feedback).toContainText('Cuối tuần nào cũng vậy');
    // The timer the host starts in present mode runs on the phone.
    // Presenting: the host's panel is not projected; how to join is, with the head count.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('.room-panel')).toBeHidden();
    const projected = page.getByRole('complementary', { name: 'Workshop room' });
    await expect(projected.getByText('Scan to add your cards')).toBeVisible();
    await expect(projected.getByRole('status')).toHaveText('1 person in the room');
    await expect(projected.getByRole('list', { name: 'Most dots' })).toContainText('Phí ship cao');
    // The projected whole map with the dot on its card and the tally (the QR code and link change per room).
    await page.getByRole('button', { name: 'Whole map' }).click();
    // The projected room card is checked by its words above; its height follows the tally as it
    // arrives, so the picture leaves its corner out and compares the map with its dot.
    expect((await projected.boundingBox())!.x).toBeGreaterThan(1180);
    await expect(page).toHaveScreenshot('room-present-votes.png', { clip: { x: 0, y: 0, width: 1180, height: 900 } });
    await page.getByRole('button', { name: 'One stage at a time' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(p.getByRole('timer')).toHaveText(/^4:5\d$/);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(p.getByRole('timer')).toHaveText('5:00');
    await page.keyboard.press('Escape');
    // Closing the room tells the phone.
    await tabs.getByRole('button', { name: 'Room', exact: true }).click();
    await panel.getByRole('button', { name: 'Close room' }).click();
    await expect(p.getByText('Người điều phối đã đóng phòng')).toBeVisible();
    await phone.close();
  },
);

for (const [width, height, lang] of [
  [1366, 768, 'vi'],
  [1920, 1080, 'en'],
] as const)
  appTest(
    `the host's room panel fits ${width}×${height} in ${lang === 'vi' ? 'Vietnamese' : 'English'}`,
    async ({ app }) => {
      const { page, library } = app;
      if (lang === 'vi')
        await page.addInitScript(() => {
          Object.defineProperty(navigator, 'languages', { get: () => ['vi-VN', 'vi'] });
          Object.defineProperty(navigator, 'language', { get: () => 'vi-VN' });
        });
      const map = library.createExample('shopee-retail');
      await page.setViewportSize({ width, height });
      await app.open();
      await openFromLibrary(page, map.document.title);
      const words =
        lang === 'vi'
          ? {
              more: 'Thao tác khác',
              open: 'Mở phòng hội thảo…',
              room: 'Phòng hội thảo',
              here: 'Chỉ máy tính này',
              go: 'Mở phòng',
              close: 'Đóng phòng',
            }
          : {
              more: 'More actions',
              open: 'Open workshop room…',
              room: 'Workshop room',
              here: 'This computer only',
              go: 'Open room',
              close: 'Close room',
            };
      await page.getByRole('button', { name: words.more }).click();
      await page.getByRole('menuitem', { name: words.open }).click();
      const panel = page.getByRole('complementary', { name: words.room });
      await panel.getByLabel(words.here).check();
      await panel.getByRole('button', { name: words.go }).click();
      await expect(panel.getByRole('img')).toBeVisible();
      // The panel sits beside the map, never over a stage where participants' cards arrive, and
      // Close room is on screen without scrolling.
      const side = (await panel.boundingBox())!;
      const canvas = (await page.locator('.react-flow').boundingBox())!;
      expect(side.x, 'the room panel over the map').toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
      expect(canvas.width).toBeGreaterThan(width * 0.6);
      const close = (await panel.getByRole('button', { name: words.close }).boundingBox())!;
      expect(close.y + close.height).toBeLessThanOrEqual(height);
      // The link and QR code are new for every room: masked; the rest is the reference.
      await expect(page).toHaveScreenshot(`room-panel-${width}-${lang}.png`, {
        mask: [panel.getByRole('img'), panel.locator('.room-link')],
      });
    },
  );

test('on a phone, a new card goes into a step of its stage, and cards name their step and the personas they concern', async ({
  browser,
}) => {
  let map = createExampleMap('shopee-retail', new Date('2026-11-23T10:00:00Z'))!;
  const stage = map.stages[0]!.id;
  map = addStep(map, stage, { name: 'Lướt TikTok', id: 'scroll' });
  map = addStep(map, stage, { name: 'Xem review', id: 'review' });
  map = addMapPersona(map, { personaId: null, name: 'Anh Minh', id: 'minh' });
  map = setCardPersonas(map, [map.cards[0]!.id], ['minh']);
  const doc = createMapDoc(map);
  const room = await openRoom({ host: '127.0.0.1', doc, appDir: APP });
  try {
    const phone = await enter(browser, room, { ...PHONE, locale: 'vi-VN' });
    const column = phone.page.getByRole('region', { name: map.stages[0]!.name });
    // The card about Minh alone says so.
    await expect(column.locator('.room-card-persona')).toHaveText(['Anh Minh']);
    await column.getByRole('button', { name: '+ Thêm vào Hành động' }).tap();
    await column.getByRole('combobox', { name: 'Bước' }).selectOption({ label: 'Xem review' });
    await column.getByRole('textbox', { name: 'Thẻ mới trong Hành động' }).fill('Đọc bình luận dưới video');
    await column.getByRole('button', { name: 'Thêm', exact: true }).tap();
    await expect
      .poll(() => readMap(doc).cards.find((c) => c.text === 'Đọc bình luận dưới video')?.stepId)
      .toBe('review');
    await expect(
      column.locator('.room-card', { hasText: 'Đọc bình luận dưới video' }).locator('.room-card-step'),
    ).toHaveText('Xem review');
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  } finally {
    await room.close();
  }
});

test('a dot vote on the backlog: a phone lists the opportunities and places its dot on one', async ({ browser }) => {
  let map = createExampleMap('shopee-retail', new Date('2026-11-23T10:00:00Z'))!;
  const pain = map.cards.find((c) => c.type === 'pain-point')!;
  map = addOpportunity(map, {
    id: 'tem',
    title: 'Tem chống giả quét bằng Zalo',
    cardIds: [pain.id],
    createdAt: map.updatedAt,
  });
  map = addOpportunity(map, { id: 'chat', title: 'Chatbot trả lời ngoài giờ', cardIds: [], createdAt: map.updatedAt });
  const doc = createMapDoc(map);
  const room = await openRoom({ host: '127.0.0.1', doc, appDir: APP });
  try {
    writeSession(doc, { ...NO_SESSION, vote: { dots: 1, types: [], opportunities: true } }, 'host');
    const lan = await enter(browser, room, { ...PHONE, locale: 'vi-VN' }, 'Lan');
    const list = lan.page.getByRole('region', { name: 'Các cơ hội' });
    await expect(list.locator('.room-vote-item')).toHaveCount(2);
    await expect(lan.page.getByText('Còn 1/1 phiếu cho Các cơ hội.')).toBeVisible();
    await list
      .locator('.room-vote-item')
      .filter({ hasText: 'Tem chống giả' })
      .getByRole('button', { name: /^Bình chọn cho/ })
      .tap();
    await expect.poll(() => readMap(doc).votes.map((v) => v.cardId)).toEqual(['tem']);
    await expect(lan.page.getByText('Còn 0/1 phiếu cho Các cơ hội.')).toBeVisible();
    expect(lan.errors).toEqual([]);
  } finally {
    await room.close();
  }
});
