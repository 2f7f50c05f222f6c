import { expect, type Locator, type Page } from '@playwright/test';
import type { LibraryServices } from '../../../electron/main/library/services';

/** Opens the New map dialog, creates a map and waits for the canvas. */
export async function createMap(page: Page, options: { language?: 'en' | 'vi'; kind?: RegExp } = {}) {
  await page.getByRole('button', { name: 'New map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New map' });
  if (options.language) await dialog.getByLabel('Template language').selectOption(options.language);
  if (options.kind) await dialog.getByRole('radio', { name: options.kind }).check();
  await dialog.getByRole('button', { name: 'Create map' }).click();
  // A map created without a title opens its title for typing; Escape keeps "Untitled journey".
  await expect(page.getByRole('textbox', { name: 'Map title' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node-card, .react-flow__node-stage').first()).toBeVisible();
  await fitMap(page);
}

/**
 * The whole map in view. Maps open at a readable zoom from the first stage; tests that work
 * with cells across the whole map fit it first, as a person would.
 */
export async function fitMap(page: Page) {
  await page.getByRole('button', { name: /^(Fit map to screen|Vừa khung bản đồ)$/ }).click();
  const viewport = page.locator('.react-flow__viewport');
  let last = '';
  await expect
    .poll(async () => {
      const now = await viewport.getAttribute('style');
      const settled = now === last;
      last = now ?? '';
      return settled;
    })
    .toBe(true);
}

/** Opens a map from the library screen by its title and waits for its cards. */
export async function openFromLibrary(page: Page, title: string | RegExp) {
  await page
    .getByRole('button', typeof title === 'string' ? { name: title, exact: true } : { name: title })
    .first()
    .click();
  await expect(page.locator('.card').first()).toBeVisible();
}

/** The only map in the library, as stored. */
export function storedMap(library: LibraryServices) {
  const [summary] = library.maps.list();
  if (!summary) throw new Error('no map in the library');
  return library.maps.load(summary.id).document;
}

/** Screen centre of the cell at a lane × stage, found by their names. */
export async function cellCenter(page: Page, library: LibraryServices, lane: string, stage: string) {
  const doc = storedMap(library);
  const l = doc.lanes.find((x) => x.name === lane);
  const s = doc.stages.find((x) => x.name === stage);
  if (!l || !s) throw new Error(`no cell ${lane} × ${stage}`);
  const box = await page.locator(`[data-cell="${l.id}:${s.id}"]`).boundingBox();
  if (!box) throw new Error(`cell ${lane} × ${stage} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box, laneId: l.id, stageId: s.id };
}

/** Drags with the real mouse in small steps, as a person would. */
export async function dragMouse(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

export async function centerOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export async function waitSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /Saved|Unsaved|Saving|Not saved/ })).toHaveText('Saved');
}
