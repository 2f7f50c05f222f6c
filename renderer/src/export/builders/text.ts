import { exportOjf } from '../../../../shared/exchange/ojf';
import { toCsv, toMermaid, toWaymarkJson } from '../formats';
import type { ExportBuilder } from './types';

/** The text formats: the map itself, OpenJourney, a spreadsheet, a Mermaid diagram. */
export const buildJson: ExportBuilder = async ({ doc, options }) =>
  toWaymarkJson(doc, options.pictures, options.detailMaps, options.insights);
export const buildOjf: ExportBuilder = async ({ doc }) => `${JSON.stringify(exportOjf(doc), null, 2)}\n`;
export const buildCsv: ExportBuilder = async ({ doc, options }) => toCsv(doc, options.detailTitles);
export const buildMermaid: ExportBuilder = async ({ doc }) => toMermaid(doc);
