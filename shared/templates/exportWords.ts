import type { Language } from '../model/constants';

/**
 * Every word an export draws, in the map's language (exports never use the interface's): the
 * report's title block, the metrics lane, the slides, the workbook and the HTML viewer. One
 * table, the same keys in both languages (tests/unit/i18n/catalogue.test.ts checks them).
 */
const en = {
  /** The title block of PDF, PNG and SVG. */
  report: {
    changes: 'CHANGES',
    comparedWith: 'compared with',
    current: 'Current state',
    future: 'Future state',
    persona: 'PERSONA',
    scenario: 'SCENARIO',
    legend: 'CARD TYPES',
    evidence: 'EVIDENCE',
    goals: 'Goals',
    frustrations: 'Frustrations',
    /** The footer of every PDF page. */
    page: 'Page {n} of {total}',
  },
  /** The metrics lane in pictures. */
  metrics: { in: 'in', on: 'go on', drop: 'drop' },
  /** A card or stage that opens into another map of the library ("detail journey"). */
  detail: { missing: 'missing map' },
  /** A persona with no name yet, in the curves' legend. */
  personaN: 'Persona {n}',
  /** PowerPoint. */
  slides: {
    wholeMap: 'The whole journey',
    emotion: 'Emotion',
    stage: 'Stage {n} of {total}',
    persona: 'Persona',
    goals: 'Goals',
    frustrations: 'Frustrations',
    scenario: 'Scenario',
    /** Beside a stage's name, and a lane's, on a slide that carries on from the one before. */
    continued: '(continued)',
    continues: 'Continues on the next slide',
    /** The overview's last row when not every lane has room. */
    moreLanes: '+{n} more lanes',
    /** The overview's title when it takes more than one slide. */
    part: '{n} of {total}',
  },
  /** The research behind a map: the PDF's list of insights, the workbook's sheet, the viewer. */
  research: {
    title: 'Research behind this map',
    cited: '{n} insights cited by its cards',
    pains: '{backed} of {total} pain points backed by research',
    cards: '{backed} of {total} cards backed by research',
    sheet: 'Insights',
    number: '#',
    insight: 'Insight',
    kind: 'Kind',
    source: 'Source',
    who: 'Who',
    date: 'Date',
    link: 'Link',
    tags: 'Tags',
    citedBy: 'Cited by',
  },
  /** The backlog of opportunities: the workbook, the CSV for Jira, the slide and the PDF page. */
  backlog: {
    title: 'Backlog',
    sheet: 'Backlog',
    rank: 'Rank',
    opportunity: 'Opportunity',
    map: 'Map',
    status: 'Status',
    owner: 'Owner',
    priority: 'Value for effort',
    value: 'Value',
    dots: 'Dots',
    cards: 'Cards addressed',
    description: 'Description',
    /** A line of a Jira issue's description. */
    owned: 'Owner: {owner}',
    addresses: 'Addresses:',
    fromMap: 'From the journey map “{map}” (Waymark).',
    notScored: 'not scored',
  },
  /** Sheet names and column headings; import reads either language. */
  workbook: {
    map: 'Map',
    cards: 'Cards',
    metrics: 'Metrics',
    sources: 'Sources',
    lane: 'Lane',
    emotion: 'Emotion',
    emotionLabel: 'Emotion label',
    /** The map sheet's row of each stage's steps, under the stage names. */
    steps: 'Steps',
    columns: {
      stage: 'Stage',
      lane: 'Lane',
      step: 'Step',
      type: 'Type',
      text: 'Text',
      evidence: 'Evidence',
      channel: 'Channel',
      owner: 'Owner',
      tags: 'Tags',
      moment: 'Moment of truth',
      span: 'Stages spanned',
      dots: 'Dots',
      detail: 'Detail journey',
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
  /** The one-file HTML viewer. */
  viewer: {
    search: 'Search cards',
    matches: '{n} matching cards',
    whole: 'Whole map',
    stages: 'Stage by stage',
    previous: 'Previous stage',
    next: 'Next stage',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit',
    close: 'Close',
    stage: 'Stage',
    lane: 'Lane',
    step: 'Step',
    type: 'Type',
    evidence: 'Evidence',
    channel: 'Channel',
    owner: 'Owner',
    tags: 'Tags',
    dots: 'Dots',
    detail: 'Detail journey',
    comments: 'Comments',
    emotion: 'Emotion',
    made: 'Made with Waymark',
    /** The phone's button for search, views and zoom. */
    tools: 'Search and view',
  },
};

export type ExportWords = typeof en;

/** Card-sheet headings earlier versions wrote, still read on import (see FORMER_LABELS). */
export const FORMER_COLUMNS: Readonly<Partial<Record<CardColumn, readonly string[]>>> = {
  evidence: ['Bằng chứng'],
  moment: ['Khoảnh khắc quyết định'],
};

/**
 * An export's date as readers of the map's language write it: in full under the title
 * ("7 December 2026", "7 tháng 12, 2026"), and short in a page footer ("7 Dec 2026",
 * "07/12/2026", day first as Vietnamese readers write it).
 */
export function exportDate(date: Date, language: Language, style: 'long' | 'short'): string {
  if (language === 'vi')
    return style === 'long'
      ? new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long' }).format(date)
      : new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: style === 'long' ? 'long' : 'medium' }).format(date);
}

const vi: ExportWords = {
  report: {
    changes: 'THAY ĐỔI',
    comparedWith: 'so với',
    current: 'Hiện trạng',
    future: 'Tương lai',
    persona: 'CHÂN DUNG',
    scenario: 'BỐI CẢNH',
    legend: 'LOẠI THẺ',
    evidence: 'MỨC XÁC THỰC',
    goals: 'Mục tiêu',
    frustrations: 'Điều khó chịu',
    page: 'Trang {n}/{total}',
  },
  metrics: { in: 'khách', on: 'đi tiếp', drop: 'rời bỏ' },
  detail: { missing: 'bản đồ không còn' },
  personaN: 'Chân dung {n}',
  slides: {
    wholeMap: 'Toàn bộ hành trình',
    emotion: 'Cảm xúc',
    stage: 'Giai đoạn {n}/{total}',
    persona: 'Chân dung',
    goals: 'Mục tiêu',
    frustrations: 'Điều khó chịu',
    scenario: 'Bối cảnh',
    continued: '(tiếp theo)',
    continues: 'Còn tiếp ở trang chiếu sau',
    moreLanes: '+{n} làn nữa',
    part: '{n}/{total}',
  },
  research: {
    title: 'Nghiên cứu đứng sau bản đồ',
    cited: '{n} thông tin được các thẻ dẫn',
    pains: '{backed}/{total} điểm đau có nghiên cứu đứng sau',
    cards: '{backed}/{total} thẻ có nghiên cứu đứng sau',
    sheet: 'Thông tin nghiên cứu',
    number: 'STT',
    insight: 'Thông tin',
    kind: 'Loại',
    source: 'Nguồn',
    who: 'Ai',
    date: 'Ngày',
    link: 'Liên kết',
    tags: 'Nhãn',
    citedBy: 'Được dẫn bởi',
  },
  backlog: {
    title: 'Danh sách cơ hội',
    sheet: 'Cơ hội',
    rank: 'Thứ hạng',
    opportunity: 'Cơ hội',
    map: 'Bản đồ',
    status: 'Trạng thái',
    owner: 'Người phụ trách',
    priority: 'Giá trị trên công sức',
    value: 'Giá trị',
    dots: 'Phiếu bầu',
    cards: 'Các thẻ được giải quyết',
    description: 'Mô tả',
    owned: 'Người phụ trách: {owner}',
    addresses: 'Giải quyết:',
    fromMap: 'Từ bản đồ hành trình “{map}” (Waymark).',
    notScored: 'chưa chấm',
  },
  workbook: {
    map: 'Bản đồ',
    cards: 'Thẻ',
    metrics: 'Chỉ số',
    sources: 'Nguồn',
    lane: 'Làn',
    emotion: 'Cảm xúc',
    emotionLabel: 'Nhãn cảm xúc',
    steps: 'Các bước',
    columns: {
      stage: 'Giai đoạn',
      lane: 'Làn',
      step: 'Bước',
      type: 'Loại',
      text: 'Nội dung',
      evidence: 'Mức xác thực',
      channel: 'Kênh',
      owner: 'Người phụ trách',
      tags: 'Nhãn',
      moment: 'Khoảnh khắc sự thật',
      span: 'Số giai đoạn',
      dots: 'Chấm',
      detail: 'Hành trình chi tiết',
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
  viewer: {
    search: 'Tìm thẻ',
    matches: '{n} thẻ khớp',
    whole: 'Toàn bộ bản đồ',
    stages: 'Từng giai đoạn',
    previous: 'Giai đoạn trước',
    next: 'Giai đoạn sau',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    fit: 'Vừa màn hình',
    close: 'Đóng',
    stage: 'Giai đoạn',
    lane: 'Làn',
    step: 'Bước',
    type: 'Loại',
    evidence: 'Mức xác thực',
    channel: 'Kênh',
    owner: 'Người phụ trách',
    tags: 'Nhãn',
    dots: 'Phiếu bình chọn',
    detail: 'Hành trình chi tiết',
    comments: 'Bình luận',
    emotion: 'Cảm xúc',
    made: 'Tạo bằng Waymark',
    tools: 'Tìm và xem',
  },
};

export const EXPORT_WORDS: Readonly<Record<Language, ExportWords>> = { en, vi };

/**
 * How an export names the map a card or stage opens into: its title in the library, or words
 * saying it is gone (the link stays in the map, marked broken).
 */
export function detailTitle(title: string | undefined, lang: Language): string {
  return title ?? EXPORT_WORDS[lang].detail.missing;
}

/** The mark of a card or stage that opens into a detail journey, on the canvas and in exports. */
export const DETAIL_GLYPH = '↳';

/** The mark of a card backed by research (the insights it cites), on the canvas and in exports. */
export const INSIGHT_GLYPH = '“';

/** The card's meta line entry for its detail journey: "↳ title". */
export function detailLine(title: string | undefined, lang: Language): string {
  return `${DETAIL_GLYPH} ${detailTitle(title, lang)}`;
}

export type CardColumn = keyof ExportWords['workbook']['columns'];
/** The card sheet's columns, in order. */
export const CARD_COLUMNS = Object.keys(en.workbook.columns) as CardColumn[];

/**
 * The map sheet's row of a persona compared beside the main one: "Emotion · Anh Minh" (and
 * "Emotion label · Anh Minh"); the import reads the persona back from the name.
 */
export const personaRow = (word: string, persona: string) => `${word}${PERSONA_ROW}${persona}`;
export const PERSONA_ROW = ' · ';
/** Between a stage's step names in its cell of the map sheet's steps row. */
export const STEP_SEPARATOR = ' · ';
/** A step with no point, in the map sheet's row of step points. */
export const NO_SCORE = '–';
