import type { Localized } from '../templates/labels';

/** What a format's options dialog asks before exporting, if anything. */
export type ExportOptionsKind = 'pdf' | 'png' | 'pptx' | null;

export interface ExportFormatSpec {
  /** File name extension, without the dot. */
  extension: string;
  mime: string;
  /** How the bytes cross the IPC boundary. */
  encoding: 'utf8' | 'base64';
  /** The menu item (native menu and the editor's Export ▾). */
  label: Localized;
  hint: Localized;
  /** The save dialog's file-type filter. */
  fileKind: Localized;
  options: ExportOptionsKind;
  /** A picture of the map (PDF, PNG, SVG): offered where only pictures make sense (compare view). */
  picture: boolean;
}

/**
 * Every export format, declared once and in menu order: the IPC contract, the main process's
 * save dialog, the native menu, the editor's and the compare view's Export menus read this
 * table. How each is built lives in renderer/src/export/builders/, one file per format, keyed
 * by these ids (a missing builder is a type error).
 */
export const EXPORT_FORMATS = {
  pdf: {
    extension: 'pdf',
    mime: 'application/pdf',
    encoding: 'base64',
    label: { en: 'PDF…', vi: 'PDF…' },
    hint: {
      en: 'Vector, text selectable: one report page, tiled paper pages, stage by stage, or a poster',
      vi: 'Dạng vector, chọn được chữ: một trang báo cáo, nhiều trang ghép, theo từng giai đoạn hoặc một trang poster',
    },
    fileKind: { en: 'PDF document', vi: 'Tài liệu PDF' },
    options: 'pdf',
    picture: true,
  },
  png: {
    extension: 'png',
    mime: 'image/png',
    encoding: 'base64',
    label: { en: 'PNG image…', vi: 'Ảnh PNG…' },
    hint: {
      en: 'Picture at 1×, 2× or 3×, white or transparent',
      vi: 'Ảnh 1×, 2× hoặc 3×, nền trắng hoặc trong suốt',
    },
    fileKind: { en: 'PNG image', vi: 'Ảnh PNG' },
    options: 'png',
    picture: true,
  },
  svg: {
    extension: 'svg',
    mime: 'image/svg+xml',
    encoding: 'utf8',
    label: { en: 'SVG image', vi: 'Ảnh SVG' },
    hint: { en: 'Vector image for slides and design tools', vi: 'Ảnh vector cho slide và công cụ thiết kế' },
    fileKind: { en: 'SVG image', vi: 'Ảnh SVG' },
    options: null,
    picture: true,
  },
  pptx: {
    extension: 'pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    encoding: 'base64',
    label: { en: 'PowerPoint (.pptx)…', vi: 'PowerPoint (.pptx)…' },
    hint: {
      en: 'Editable slides: the whole map and one slide per stage, cards as text boxes, 16:9 or 4:3',
      vi: 'Slide sửa được: toàn bộ bản đồ và mỗi giai đoạn một slide, thẻ là hộp chữ, 16:9 hoặc 4:3',
    },
    fileKind: { en: 'PowerPoint presentation', vi: 'Bản trình chiếu PowerPoint' },
    options: 'pptx',
    picture: false,
  },
  xlsx: {
    extension: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    encoding: 'base64',
    label: { en: 'Excel workbook (.xlsx)', vi: 'Bảng tính Excel (.xlsx)' },
    hint: {
      en: 'Stages as columns, lanes as rows, every card’s fields, metrics and sources; imports back',
      vi: 'Giai đoạn theo cột, làn theo hàng, mọi trường của thẻ, chỉ số và nguồn; nhập lại được',
    },
    fileKind: { en: 'Excel workbook', vi: 'Bảng tính Excel' },
    options: null,
    picture: false,
  },
  html: {
    extension: 'html',
    mime: 'text/html',
    encoding: 'utf8',
    label: { en: 'Web page viewer (.html)', vi: 'Trang xem trên web (.html)' },
    hint: {
      en: 'One file anyone opens in a browser, offline: pan, zoom, search, card details, stage by stage',
      vi: 'Một tệp ai cũng mở được bằng trình duyệt, không cần mạng: kéo, phóng, tìm, xem thẻ, từng giai đoạn',
    },
    fileKind: { en: 'Web page', vi: 'Trang web' },
    options: null,
    picture: false,
  },
  json: {
    extension: 'waymark',
    mime: 'application/json',
    encoding: 'utf8',
    label: { en: 'Waymark file (.waymark)', vi: 'Tệp Waymark (.waymark)' },
    hint: { en: 'The open map format, to share or back up', vi: 'Định dạng bản đồ mở, để chia sẻ hoặc sao lưu' },
    fileKind: { en: 'Waymark map', vi: 'Bản đồ Waymark' },
    options: null,
    picture: false,
  },
  ojf: {
    extension: 'ojf',
    mime: 'application/json',
    encoding: 'utf8',
    label: { en: 'OpenJourney (.ojf)', vi: 'OpenJourney (.ojf)' },
    hint: { en: 'The open format of the Ptolemy journey mapper', vi: 'Định dạng mở của công cụ Ptolemy' },
    fileKind: { en: 'OpenJourney Format', vi: 'Định dạng OpenJourney' },
    options: null,
    picture: false,
  },
  csv: {
    extension: 'csv',
    mime: 'text/csv',
    encoding: 'utf8',
    label: { en: 'CSV spreadsheet', vi: 'Bảng tính CSV' },
    hint: { en: 'Every card as a row (Excel-ready UTF-8)', vi: 'Mỗi thẻ một dòng (UTF-8, mở được bằng Excel)' },
    fileKind: { en: 'CSV spreadsheet', vi: 'Bảng tính CSV' },
    options: null,
    picture: false,
  },
  mermaid: {
    extension: 'mmd',
    mime: 'text/vnd.mermaid',
    encoding: 'utf8',
    label: { en: 'Mermaid journey', vi: 'Sơ đồ Mermaid' },
    hint: { en: 'Text diagram for docs and wikis', vi: 'Sơ đồ dạng chữ cho tài liệu và wiki' },
    fileKind: { en: 'Mermaid diagram', vi: 'Sơ đồ Mermaid' },
    options: null,
    picture: false,
  },
} as const satisfies Record<string, ExportFormatSpec>;

export type ExportFormatId = keyof typeof EXPORT_FORMATS;
/** The ids in menu order. */
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormatId[];
export const PICTURE_FORMAT_IDS = EXPORT_FORMAT_IDS.filter((id) => EXPORT_FORMATS[id].picture);
