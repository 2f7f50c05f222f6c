import { addCard } from '../../shared/model/operations';
import { expect, test } from './fixtures';

test('a save refused because the map changed elsewhere is shown, and nothing is overwritten', async ({ app }) => {
  const { page, library } = app;
  const { document } = library.maps.create({ kind: 'current-state', language: 'en', title: 'Shared map' });
  await app.open();
  await page.getByRole('button', { name: 'Shared map', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Awareness' })).toBeVisible();

  // Another writer saves first: the editor's revision is now stale.
  const elsewhere = addCard(document, {
    laneId: document.lanes[0]!.id,
    stageId: document.stages[0]!.id,
    text: 'Saved elsewhere',
  });
  library.maps.save(elsewhere, 1);

  await page.getByRole('button', { name: 'Add card: Decision · Actions' }).click();
  await page.getByRole('textbox', { name: 'Card text' }).fill('My edit');
  await page.keyboard.press('Enter');
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('data-save-state', 'error');
  await expect(status).toHaveText('Not saved');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('was changed elsewhere');
  await expect(alert).toContainText('nothing was overwritten');
  await expect(page.getByRole('group', { name: /My edit/ })).toBeVisible();

  const stored = library.maps.load(document.id);
  expect(stored.revision).toBe(2);
  expect(stored.document.cards.map((c) => c.text)).toEqual(['Saved elsewhere']);

  await alert.getByRole('button', { name: /Load the latest version/ }).click();
  await expect(page.getByRole('group', { name: /Saved elsewhere/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /My edit/ })).toHaveCount(0);
  await expect(status).toHaveText('Saved');
});

test('the storage bridge refuses bad requests from the page with specific messages', async ({ app }) => {
  const { page, library } = app;
  const { document } = library.maps.create({ kind: 'current-state', language: 'en' });
  await app.open();
  const results = await page.evaluate(async (doc) => {
    const w = window as unknown as {
      waymark: { maps: Record<string, (r: unknown) => Promise<unknown>> };
      __waymarkInvoke: (c: string, r: unknown) => Promise<unknown>;
    };
    return {
      invalid: await w.waymark.maps.save!({
        document: { ...doc, cards: [{ id: 'x', text: '<img src=x onerror=alert(1)>' }] },
        baseRevision: 1,
      }),
      shape: await w.waymark.maps.load!({ id: 7 }),
      channel: await w.__waymarkInvoke('shell:openExternal', { url: 'https://example.com' }),
    };
  }, document);
  expect(results.invalid).toMatchObject({ ok: false, error: { code: 'INVALID_DOCUMENT' } });
  expect(results.shape).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  expect(results.channel).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  expect(library.maps.load(document.id)).toEqual({ document, revision: 1 });
});
