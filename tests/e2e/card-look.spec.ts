import { join } from 'node:path';
import { expect, type Locator } from '@playwright/test';
import { openRoom } from '../../electron/main/room/roomServer';
import { createMapDoc } from '../../shared/collab/mapBinding';
import { updateCards } from '../../shared/model/operations';
import type { Card } from '../../shared/model/types';
import { cardStyle } from '../../shared/render/cardStyle';
import { test } from './fixtures';
import { openFromLibrary } from './harness/canvas';

const APP = join(import.meta.dirname, '..', '..', 'dist', 'renderer');

const rgb = (hex: string) => {
  const v = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(v >> 16) & 255}, ${(v >> 8) & 255}, ${v & 255})`;
};

/** What a card's box, label and text compute to in the page. */
async function computedLook(box: Locator, label: Locator, text: Locator) {
  const read = (l: Locator, props: string[]) =>
    l.evaluate((e, p) => {
      const s = getComputedStyle(e);
      return Object.fromEntries(p.map((name) => [name, s.getPropertyValue(name)]));
    }, props);
  return {
    box: await read(box, [
      'background-color',
      'border-left-color',
      'border-left-width',
      'border-top-color',
      'border-top-width',
      'border-top-left-radius',
      'padding-top',
      'padding-right',
      'color',
    ]),
    label: await read(label, ['color', 'font-size', 'font-weight', 'text-transform']),
    text: await read(text, ['font-size', 'line-height']),
  };
}

/** The computed style that shared/render/cardStyle.ts declares for this card. */
function declaredLook(card: Pick<Card, 'type' | 'color'>) {
  const look = cardStyle(card);
  return {
    box: {
      'background-color': rgb(look.tint),
      'border-left-color': rgb(look.bar),
      'border-left-width': `${look.barWidth}px`,
      'border-top-color': rgb(look.border),
      'border-top-width': `${look.borderWidth}px`,
      'border-top-left-radius': `${look.radius}px`,
      'padding-top': `${look.paddingY}px`,
      'padding-right': `${look.paddingX}px`,
      color: rgb(look.ink),
    },
    label: {
      color: rgb(look.label),
      'font-size': `${look.head.size}px`,
      'font-weight': String(look.head.weight),
      'text-transform': 'uppercase',
    },
    text: { 'font-size': `${look.text.size}px`, 'line-height': `${look.text.lineHeight}px` },
  };
}

test('a card on the canvas and on a phone computes to the one declared look, its chosen colour included', async ({
  app,
  browser,
}) => {
  const { page, library } = app;
  const example = library.createExample('shopee-retail');
  // One card in a colour of its own: the phone page once ignored it.
  const [plain, coloured] = example.document.cards;
  const doc = updateCards(example.document, [coloured!.id], { color: 'pink' });
  library.maps.save(doc, example.revision);
  await app.open();
  await openFromLibrary(page, doc.title);
  for (const card of [plain!, { ...coloured!, color: 'pink' as const }]) {
    const el = page.locator(`.card[data-card-id="${card.id}"]`);
    expect(await computedLook(el, el.locator('.card-type'), el.locator('.card-text')), card.id).toEqual(
      declaredLook(card),
    );
    // The evidence chip too, from the same look.
    const chip = cardStyle(card).evidence;
    if (chip) {
      await expect(el.locator('.evidence')).toHaveCSS('color', rgb(chip.ink));
      await expect(el.locator('.evidence')).toHaveCSS('background-color', rgb(chip.fill));
    }
  }
  expect(plain!.evidence ?? coloured!.evidence).not.toBeNull();

  const room = await openRoom({ host: '127.0.0.1', doc: createMapDoc(doc), appDir: APP });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const phone = await context.newPage();
    await phone.goto(room.url);
    await phone.locator('.room-name input').fill('Lan');
    await phone.locator('.room-name input').press('Enter');
    for (const card of [plain!, { ...coloured!, color: 'pink' as const }]) {
      const el = phone.locator('.room-card').filter({ hasText: card.text }).first();
      await expect(el).toBeVisible();
      const shown = await computedLook(el, el.locator('.room-card-type'), el.locator('p'));
      expect(shown, card.id).toEqual(declaredLook(card));
    }
  } finally {
    await context.close();
    await room.close();
  }
});
