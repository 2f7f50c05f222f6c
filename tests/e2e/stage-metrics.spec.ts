import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storedMap, waitSaved } from './harness/canvas';

const COUNTS = [1000, 600, 300, 240, 200];
const STAGES = ['Awareness', 'Consideration', 'Decision', 'Action (Purchase)', 'Loyalty'];

async function record(
  page: Page,
  stage: string,
  values: { date?: string; entering?: string; conversion?: string; satisfaction?: string },
) {
  const panel = page.getByRole('complementary', { name: 'Stage metrics' });
  await panel.getByLabel('Stage', { exact: true }).selectOption({ label: stage });
  if (values.date) await panel.getByLabel('Date', { exact: true }).fill(values.date);
  if (values.entering !== undefined) await panel.getByLabel('Customers entering').fill(values.entering);
  if (values.conversion !== undefined) await panel.getByLabel('Conversion to next stage (%)').fill(values.conversion);
  if (values.satisfaction !== undefined) await panel.getByLabel('Satisfaction (CSAT (1–5))').fill(values.satisfaction);
  await panel.getByRole('button', { name: 'Record' }).click();
}

const cell = (page: Page, index: number) => page.locator('.metrics-cell').nth(index);

test('counts for five stages give derived conversions, a funnel with the largest drop, and change over time', async ({
  app,
}) => {
  const { page, library } = app;
  library.maps.create({ kind: 'current-state', language: 'en', title: 'Funnel' });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await app.open();
  await page.getByRole('button', { name: 'Funnel', exact: true }).click();
  await page.locator('.side-column [role="group"]').getByRole('button', { name: 'Metrics' }).click();
  const panel = page.getByRole('complementary', { name: 'Stage metrics' });
  await panel.getByRole('button', { name: 'Show a metrics lane on the map' }).click();
  await expect(page.getByRole('heading', { level: 4, name: 'Metrics' })).toBeVisible();

  for (const [i, stage] of STAGES.entries())
    await record(page, stage, { date: '2026-10-01', entering: String(COUNTS[i]), satisfaction: '4' });
  await expect(cell(page, 0)).toContainText('1,000 in');
  await expect(cell(page, 0)).toContainText('60% go on');
  await expect(cell(page, 1)).toContainText('50% go on');
  await expect(cell(page, 1)).toContainText('50% drop');
  await expect(cell(page, 2)).toContainText('80% go on');
  await expect(cell(page, 3)).toContainText('83.3% go on');
  await expect(panel.locator('.funnel-worst')).toHaveAttribute('data-stage-id', storedMap(library).stages[1]!.id);
  await expect(panel).toContainText('Largest drop-off: Consideration (50% leave)');

  // A month later: more people reach Awareness, but fewer go on. The lane shows the change.
  await record(page, 'Awareness', { date: '2026-11-01', entering: '1200' });
  await expect(cell(page, 0)).toContainText('1,200 in');
  await expect(cell(page, 0).locator('.metric-entering .metric-change')).toHaveText('▲200');
  await expect(cell(page, 0).locator('.metric-entering .metric-change')).toHaveClass(/is-better/);
  // Part-way through November: no conversion is derived from October's count of the next stage.
  await expect(cell(page, 0)).not.toContainText('% go on');
  await record(page, 'Consideration', { date: '2026-11-01', entering: '600' });
  await expect(cell(page, 0)).toContainText('50% go on');
  await expect(cell(page, 0).locator('.metric-conversion .metric-change')).toHaveText('▼10');
  await expect(cell(page, 0).locator('.metric-conversion .metric-change')).toHaveClass(/is-worse/);
  await waitSaved(page);
  const stored = storedMap(library);
  expect(stored.metrics.records).toHaveLength(7);

  // Metrics reach the exports: CSV rows and the PDF's text.
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'CSV spreadsheet' }).click();
  await expect(page.getByTestId('notice')).toContainText('Exported to');
  const csv = readFileSync(app.dialogs.saved.at(-1)!, 'utf8');
  expect(csv).toContain('stage,date,customers entering,conversion to next stage (%),drop-off (%),satisfaction (CSAT)');
  expect(csv).toContain('Awareness,2026-10-01,1000,60,40,4');
  expect(csv).toContain('Awareness,2026-11-01,1200,50,50,');
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF…' }).click();
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('notice')).toContainText('.pdf');
  const pdf = app.dialogs.saved.at(-1)!;
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('1,200 in');
  expect(text).toContain('50% go on');
  execFileSync('pdftoppm', ['-png', '-r', '40', '-singlefile', pdf, 'test-results/exports/metrics-lane']);
});

test('bad numbers are refused with a message on the field, and nothing is saved', async ({ app }) => {
  const { page, library } = app;
  library.maps.create({ kind: 'current-state', language: 'en', title: 'Checks' });
  await app.open();
  await page.getByRole('button', { name: 'Checks', exact: true }).click();
  await page.locator('.side-column [role="group"]').getByRole('button', { name: 'Metrics' }).click();
  const panel = page.getByRole('complementary', { name: 'Stage metrics' });
  await record(page, 'Awareness', { date: '2026-10-01', entering: '500' });
  await expect(page.getByTestId('notice')).toContainText('Recorded for Awareness');
  await waitSaved(page);
  const before = storedMap(library).metrics;

  const cases: [Parameters<typeof record>[2], string][] = [
    [{ entering: '-5' }, 'A count cannot be negative.'],
    [{ entering: 'lots' }, 'Enter a number.'],
    [{ entering: '12.5' }, 'A count is a whole number.'],
    [{ conversion: '120' }, 'A percentage is between 0 and 100.'],
    [{ satisfaction: '7' }, 'A CSAT score is between 1 and 5.'],
  ];
  for (const [values, message] of cases) {
    await record(page, 'Awareness', { date: '2026-10-02', ...values });
    await expect(panel.getByRole('alert')).toHaveText(message);
    await panel.getByLabel('Customers entering').fill('');
    await panel.getByLabel('Conversion to next stage (%)').fill('');
    await panel.getByLabel('Satisfaction (CSAT (1–5))').fill('');
  }
  // More customers in Consideration than entered Awareness, and a conversion the counts cannot give.
  await record(page, 'Consideration', { date: '2026-10-01', entering: '800' });
  await expect(panel.getByRole('alert')).toHaveText('More customers than entered the previous stage (500).');
  await panel.getByLabel('Customers entering').fill('');
  await record(page, 'Consideration', { date: '2026-10-01', entering: '250' });
  await record(page, 'Awareness', { date: '2026-10-01', conversion: '70' });
  await expect(panel.getByRole('alert')).toHaveText('The counts allow at most 50%.');
  await expect(panel.getByLabel('Conversion to next stage (%)')).toHaveValue('70');
  await waitSaved(page);
  const after = storedMap(library).metrics;
  expect(after.records).toHaveLength(before.records.length + 1);
  expect(after.records.filter((r) => r.date === '2026-10-02')).toEqual([]);
});

test('the funnel and the metrics panel in Vietnamese', async ({ app }) => {
  const { page, library } = app;
  // The panel shows today's date (the record's, the notice's): a fixed day keeps the picture the same.
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+07:00'));
  await page.addInitScript(() => localStorage.setItem('waymark.language', 'vi'));
  await page.setViewportSize({ width: 1440, height: 1000 });
  library.maps.create({ kind: 'current-state', language: 'vi', title: 'Phễu bán hàng' });
  await app.open();
  await page.getByRole('button', { name: 'Phễu bán hàng', exact: true }).click();
  await page.locator('.side-column [role="group"]').getByRole('button', { name: 'Chỉ số' }).click();
  const panel = page.getByRole('complementary', { name: 'Chỉ số theo giai đoạn' });
  await panel.getByRole('button', { name: 'Hiện làn chỉ số trên bản đồ' }).click();
  // The day as a Vietnamese reader writes it, day first, whatever the browser's own order.
  await expect(panel.getByLabel('Ngày', { exact: true })).toHaveValue('23/11/2026');
  const stages = ['Nhận biết', 'Cân nhắc', 'Quyết định', 'Mua hàng', 'Trung thành'];
  // Typed as a Vietnamese reader writes them: "1.000" is one thousand, not one.
  const typed = ['1.000', '600', '300', '240', '200'];
  for (const [i, stage] of stages.entries()) {
    await panel.getByLabel('Giai đoạn', { exact: true }).selectOption({ label: stage });
    await panel.getByLabel('Số khách vào giai đoạn').fill(typed[i]!);
    await panel.getByRole('button', { name: 'Ghi nhận' }).click();
  }
  await expect.poll(() => storedMap(library).metrics.records.map((r) => r.entering)).toEqual(COUNTS);
  await expect(panel).toContainText('Rời bỏ nhiều nhất: Cân nhắc (50% rời đi)');
  await expect(cell(page, 0)).toContainText('1.000 khách');
  await expect(page).toHaveScreenshot('metrics-funnel-vi.png');
});
