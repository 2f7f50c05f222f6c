import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { openRoom } from '../../electron/main/room/roomServer';
import { createMapDoc } from '../../shared/collab/mapBinding';
import { SYMBOLS_TYPEFACE, TYPEFACE } from '../../shared/render/typeface';
import { createExampleMap } from '../../shared/templates/examples';
import { test } from './fixtures';
import { openFromLibrary } from './harness/canvas';

const APP = join(import.meta.dirname, '..', '..', 'dist', 'renderer');

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/**
 * Which fonts Chromium actually drew an element's text with (DevTools protocol
 * CSS.getPlatformFontsForNode): the truth, whatever the style sheet asks for and whatever the
 * machine has installed.
 */
async function drawnWith(page: Page, element: Locator): Promise<PlatformFont[]> {
  await element.first().evaluate((e) => e.setAttribute('data-font-probe', '1'));
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await element.first().evaluate((e) => e.removeAttribute('data-font-probe'));
    await cdp.detach();
  }
}

/** Every glyph of the text came from the bundled faces the page loaded (never a system font). */
function expectBundled(fonts: PlatformFont[], where: string) {
  expect(fonts.length, where).toBeGreaterThan(0);
  for (const f of fonts) {
    expect([TYPEFACE, SYMBOLS_TYPEFACE], `${where}: ${JSON.stringify(fonts)}`).toContain(f.familyName);
    expect(f.isCustomFont, `${where}: ${f.familyName} is the page's own file`).toBe(true);
  }
}

test('the editor draws card text, card icons and its own chrome in the bundled faces', async ({ app }) => {
  const { page, library } = app;
  const example = library.createExample('shopee-retail');
  await app.open();
  await openFromLibrary(page, example.document.title);
  const card = page.locator('.card').first();
  const text = await drawnWith(page, card.locator('.card-text'));
  expectBundled(text, 'card text');
  expect(text.map((f) => f.familyName)).toEqual([TYPEFACE]);
  // The card's icon is a symbol the main face lacks: drawn from the bundled symbols face.
  const icon = await drawnWith(page, card.locator('.card-icon'));
  expectBundled(icon, 'card icon');
  expect(icon.map((f) => f.familyName)).toEqual([SYMBOLS_TYPEFACE]);
  expectBundled(await drawnWith(page, page.getByRole('heading', { level: 1 })), 'map title');
});

test('the phone page draws cards in the bundled face, served by the room from the app', async ({ browser }) => {
  const doc = createMapDoc(createExampleMap('shopee-retail', new Date('2026-11-23T10:00:00Z'))!);
  const room = await openRoom({ host: '127.0.0.1', doc, appDir: APP });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  try {
    const page = await context.newPage();
    const faces: string[] = [];
    page.on('response', (r) => r.url().endsWith('.ttf') && faces.push(`${r.status()} ${r.url().split('/').pop()}`));
    page.on('requestfailed', (r) => faces.push(`failed ${r.url()}`));
    await page.goto(room.url);
    await page.locator('.room-name input').fill('Lan');
    await page.locator('.room-name input').press('Enter');
    const card = page.locator('.room-card p').first();
    await expect(card).toBeVisible();
    const fonts = await drawnWith(page, card);
    expectBundled(fonts, 'phone card');
    expect(fonts.map((f) => f.familyName)).toEqual([TYPEFACE]);
    // The room served the faces from the app's files, and the page's CSP let them load.
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.filter((f) => !f.startsWith('200 '))).toEqual([]);
  } finally {
    await context.close();
    await room.close();
  }
});

test('the HTML viewer carries the faces inside the file and draws with them offline', async ({ app, browser }) => {
  const { page, library } = app;
  const example = library.createExample('shopee-retail');
  await app.open();
  await openFromLibrary(page, example.document.title);
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'Web page viewer (.html)' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported to');
  const file = app.dialogs.saved.at(-1)!;
  expect(readFileSync(file, 'utf8')).toContain(`font-family:'${TYPEFACE}'`);
  const context = await browser.newContext({ offline: true });
  try {
    const viewer = await context.newPage();
    await viewer.goto(pathToFileURL(file).href);
    const text = viewer.locator('.card .text').first();
    await expect(text).toBeVisible();
    await viewer.evaluate(() => document.fonts.ready);
    const fonts = await drawnWith(viewer, text);
    expectBundled(fonts, 'viewer card');
    expect(fonts.map((f) => f.familyName)).toEqual([TYPEFACE]);
  } finally {
    await context.close();
  }
});
