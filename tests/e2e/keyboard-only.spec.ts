import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storedMap } from './harness/canvas';

/** Presses Tab until the focused element has this accessible name (as a keyboard user would). */
async function tabTo(page: Page, name: RegExp, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute('aria-label') ?? el?.innerText ?? '';
    });
    if (name.test(label.trim())) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** The focused element is visibly marked (an outline or a box shadow). */
async function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  });
}

test('a small map built with the keyboard only: create, edit, move between cells, emotion, delete, undo', async ({
  app,
}) => {
  const { page, library } = app;
  await app.open();

  await tabTo(page, /^New map$/);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New map' })).toBeVisible();
  await tabTo(page, /^Create map$/);
  await page.keyboard.press('Enter');
  // No title was typed: the map opens with its title ready for typing.
  await expect(page.getByRole('textbox', { name: 'Map title' })).toBeFocused();
  await page.keyboard.type('Keyboard journey');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard journey' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Awareness' })).toBeVisible();

  // N adds a card to the active cell (first lane, first stage) and opens it for typing.
  await page.keyboard.press('n');
  await page.keyboard.type('Sees an ad on TikTok');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Action: Sees an ad on TikTok' })).toBeVisible();

  // Alt+→ and Alt+↓ move the active cell; its + button takes the focus.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator(':focus')).toHaveAccessibleName('Add card: Consideration · Touchpoints & channels');
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Reads reviews on Shopee');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('n');
  await page.keyboard.type('Is it genuine?');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /Is it genuine/ })).toBeVisible();

  // Arrow keys move between cards; F2 edits the selected one.
  await tabTo(page, /Is it genuine/);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('group', { name: /Reads reviews on Shopee/ }).locator('..')).toHaveClass(/selected/);
  await page.keyboard.press('F2');
  await page.keyboard.press('End');
  await page.keyboard.type(' and TikTok');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /Reads reviews on Shopee and TikTok/ })).toBeVisible();

  // An emotion score, from the keyboard.
  await tabTo(page, /^Set emotion at Consideration/);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAccessibleName('Emotion at Consideration: +2');

  // Delete a card, then undo.
  await tabTo(page, /Is it genuine/);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Delete');
  await expect(page.getByRole('group', { name: /Is it genuine/ })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: /Is it genuine/ })).toBeVisible();

  await expect(page.getByRole('status').filter({ hasText: /Saved|Unsaved|Saving/ })).toHaveText('Saved');
  const doc = storedMap(library);
  expect(doc.cards.map((c) => c.text).sort()).toEqual([
    'Is it genuine?',
    'Reads reviews on Shopee and TikTok',
    'Sees an ad on TikTok',
  ]);
  expect(doc.emotions).toMatchObject([{ score: 2 }]);
});
