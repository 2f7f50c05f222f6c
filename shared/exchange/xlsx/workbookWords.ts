import type { Language } from '../../model/constants';

/**
 * The workbook's sheet names and column headings, in the map's language. Import reads either
 * language, so a Vietnamese workbook opens in an English interface and the other way round.
 */
export const WORKBOOK_WORDS = {
  en: {
    map: 'Map',
    cards: 'Cards',
    metrics: 'Metrics',
    sources: 'Sources',
    lane: 'Lane',
    emotion: 'Emotion',
    emotionLabel: 'Emotion label',
    columns: {
      stage: 'Stage',
      lane: 'Lane',
      type: 'Type',
      text: 'Text',
      evidence: 'Evidence',
      channel: 'Channel',
      owner: 'Owner',
      tags: 'Tags',
      moment: 'Moment of truth',
      span: 'Stages spanned',
      dots: 'Dots',
      id: 'Id',
    },
    metricColumns: {
      stage: 'Stage',
      date: 'Date',
      entering: 'Customers entering',
      conversion: 'Conversion %',
      satisfaction: 'Satisfaction',
    },
    sourceColumns: { title: 'Title', kind: 'Kind', date: 'Date', note: 'Note' },
    yes: 'yes',
  },
  vi: {
    map: 'Bản đồ',
    cards: 'Thẻ',
    metrics: 'Chỉ số',
    sources: 'Nguồn',
    lane: 'Làn',
    emotion: 'Cảm xúc',
    emotionLabel: 'Nhãn cảm xúc',
    columns: {
      stage: 'Giai đoạn',
      lane: 'Làn',
      type: 'Loại',
      text: 'Nội dung',
      evidence: 'Bằng chứng',
      channel: 'Kênh',
      owner: 'Người phụ trách',
      tags: 'Nhãn',
      moment: 'Khoảnh khắc quyết định',
      span: 'Số giai đoạn',
      dots: 'Chấm',
      id: 'Mã',
    },
    metricColumns: {
      stage: 'Giai đoạn',
      date: 'Ngày',
      entering: 'Khách vào',
      conversion: 'Chuyển đổi %',
      satisfaction: 'Hài lòng',
    },
    sourceColumns: { title: 'Tiêu đề', kind: 'Loại', date: 'Ngày', note: 'Ghi chú' },
    yes: 'có',
  },
} as const satisfies Record<Language, unknown>;

export type CardColumn = keyof (typeof WORKBOOK_WORDS)['en']['columns'];
export const CARD_COLUMNS = Object.keys(WORKBOOK_WORDS.en.columns) as CardColumn[];
