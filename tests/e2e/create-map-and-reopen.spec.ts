import Database from 'better-sqlite3';
import { MAP_KINDS } from '../../shared/model/constants';
import { KIND_LABELS, UNTITLED_MAP } from '../../shared/templates/labels';
import { STAGE_TEMPLATES } from '../../shared/templates/stages';
import { LANE_TEMPLATES } from '../../shared/templates/lanes';
import { expect, test } from './fixtures';

const TEXT = 'Khách hàng đọc đánh giá trên Shopee';

for (const kind of MAP_KINDS) {
  test(`a new ${kind} map keeps a Vietnamese card across a reload`, async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: 'New map' }).click();
    const dialog = page.getByRole('dialog', { name: 'New map' });
    await dialog.getByLabel('Template language').selectOption('vi');
    await dialog.getByRole('radio', { name: KIND_LABELS[kind].vi }).check();
    await dialog.getByRole('button', { name: 'Create map' }).click();
    // A map created without a title opens its title for typing; Escape keeps "Untitled journey".
    await expect(page.getByRole('textbox', { name: 'Map title' })).toBeFocused();
    await page.keyboard.press('Escape');

    // The template is on the canvas: stage headers and lane labels in Vietnamese.
    const stages = STAGE_TEMPLATES[kind];
    for (const s of stages) await expect(page.getByRole('heading', { level: 3, name: s.vi })).toBeVisible();
    const firstCardLane = LANE_TEMPLATES[kind].find((l) => l.type === 'cards')!;
    await expect(page.getByRole('heading', { level: 4, name: firstCardLane.name.vi, exact: true })).toBeVisible();

    await page.getByRole('button', { name: `Add card: ${stages[1]!.vi} · ${firstCardLane.name.vi}` }).click();
    await page.getByRole('textbox', { name: 'Card text' }).fill(TEXT);
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-save-state', 'saved');
    await expect(status).toHaveText('Saved');

    await page.reload();
    await page.getByRole('button', { name: UNTITLED_MAP.vi, exact: true }).click();
    await expect(page.getByRole('group', { name: new RegExp(TEXT) })).toBeVisible();

    // The SQLite file itself holds the card, read through a separate connection.
    const db = new Database(app.library.file, { readonly: true });
    const row = db.prepare('SELECT document, card_count, revision FROM maps').get() as {
      document: string;
      card_count: number;
      revision: number;
    };
    db.close();
    expect(row.card_count).toBe(1);
    expect(row.revision).toBeGreaterThan(1);
    expect(JSON.parse(row.document).cards[0].text).toBe(TEXT);
  });
}
