import { blankInsight } from '../../shared/model/insight';
import { addOpportunity, citeInsights, updateOpportunity } from '../../shared/model/operations';
import { expect, test } from './fixtures';
import { openFromLibrary } from './harness/canvas';

const NOTES = {
  en: [
    ['I never know if the range estimate is real until winter', 'P4', 'interview'],
    ['42% of test-drive bookings are abandoned at the payment step', '', 'analytics'],
    ['Delivery date moved three times, nobody called', 'P9', 'support'],
  ],
  vi: [
    ['Không có thời gian so sánh từng shop, chỉ muốn biết hàng thật', 'P3', 'interview'],
    ['38% bỏ giỏ hàng ở bước nhập mã giảm giá', '', 'analytics'],
    ['Hỏi Zalo lúc 10 giờ tối, sáng hôm sau mới có trả lời', 'P7', 'support'],
  ],
} as const;

const IDEAS = {
  en: ['Show winter range on the configurator', 'Pay the deposit later', 'Text the delivery date', 'Owner forum'],
  vi: ['Tem chống giả quét bằng Zalo', 'Kiểm tra mã ngay trong giỏ', 'Chatbot trả lời ngoài giờ', 'Nhóm khách quen'],
} as const;

for (const language of ['en', 'vi'] as const)
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const)
    test(`the insights panel and the backlog's matrix at ${width}×${height} (${language}), against reviewed pictures`, async ({
      app,
    }) => {
      const { page, library } = app;
      const example = library.createExample(language === 'vi' ? 'shopee-retail' : 'tesla');
      const ids = library.insights.createMany(
        NOTES[language].map(([text, who, source]) => ({ ...blankInsight(text), who, source })),
      ).ids;
      let doc = example.document;
      const pains = doc.cards.filter((c) => c.type === 'pain-point');
      doc = citeInsights(doc, [pains[0]!.id], [ids[0]!, ids[1]!]);
      doc = citeInsights(doc, [pains[1]!.id], [ids[2]!]);
      const scores = [
        [5, 4, 2, 'planned'],
        [4, 5, 3, 'idea'],
        [3, 2, 5, 'in-progress'],
        [null, null, null, 'idea'],
      ] as const;
      IDEAS[language].forEach((title, i) => {
        const [customerValue, businessValue, effort, status] = scores[i]!;
        doc = addOpportunity(doc, {
          id: `o${i}`,
          title,
          cardIds: pains[i] ? [pains[i].id] : [],
          createdAt: doc.updatedAt,
        });
        doc = updateOpportunity(doc, `o${i}`, { customerValue, businessValue, effort, status });
      });
      library.maps.save(doc, example.revision);
      if (language === 'vi') await page.addInitScript(() => localStorage.setItem('waymark.language', 'vi'));
      await page.setViewportSize({ width, height });
      await app.open();
      await openFromLibrary(page, doc.title);

      await page.getByRole('button', { name: language === 'vi' ? 'Nghiên cứu' : 'Research', exact: true }).click();
      const panel = page.getByRole('complementary', { name: language === 'vi' ? 'Thông tin nghiên cứu' : 'Insights' });
      await expect(panel.getByRole('listitem')).toHaveCount(3);
      await expect(
        panel.getByText(language === 'vi' ? '2/4 điểm đau có nghiên cứu đứng sau' : /2 of \d pain points/),
      ).toBeVisible();
      await expect(page).toHaveScreenshot(`insights-${language}-${width}.png`);

      await page.locator('.backlog-toggle').click();
      await page
        .getByRole('button', { name: new RegExp(`^${IDEAS[language][0]}`) })
        .first()
        .click();
      await expect(page.locator('.matrix-point')).toHaveCount(3);
      await expect(page).toHaveScreenshot(`backlog-${language}-${width}.png`);
    });
