import type { ExportFormatId } from '../../../../shared/exchange/exportFormats';
import { buildPdf } from './pdf';
import { buildPng } from './png';
import { buildPptxFile } from './pptx';
import { buildXlsx } from './xlsx';
import { buildHtmlFile } from './html';
import { buildSvg } from './svg';
import { buildCsv, buildJson, buildMermaid, buildOjf } from './text';
import type { ExportBuilder } from './types';

/** How each format in shared/exchange/exportFormats.ts is built; a format without one is a type error. */
export const EXPORT_BUILDERS: Readonly<Record<ExportFormatId, ExportBuilder>> = {
  pdf: buildPdf,
  png: buildPng,
  svg: buildSvg,
  pptx: buildPptxFile,
  xlsx: buildXlsx,
  html: buildHtmlFile,
  json: buildJson,
  ojf: buildOjf,
  csv: buildCsv,
  mermaid: buildMermaid,
};
