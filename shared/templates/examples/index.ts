import type { Language, MapKind } from '../../model/constants';
import type { JourneyMap } from '../../model/types';
import { buildExample, type ExampleSpec } from './buildExample';
import { SERVICE_VISIT } from './blueprint';
import { DAY_OFFICE_WORKER } from './dayInTheLife';
import { FUTURE_GROCERY } from './futureGrocery';
import { SHOPEE_RETAIL } from './shopeeRetail';
import { TESLA } from './tesla';

const SPECS: Readonly<Record<string, ExampleSpec>> = {
  tesla: TESLA,
  'shopee-retail': SHOPEE_RETAIL,
  'future-grocery': FUTURE_GROCERY,
  'day-office-worker': DAY_OFFICE_WORKER,
  'service-visit': SERVICE_VISIT,
};

export interface ExampleInfo {
  id: string;
  kind: MapKind;
  language: Language;
  title: string;
  scenario: string;
}

/** What the "Start from example" dialog lists. */
export const EXAMPLES: readonly ExampleInfo[] = Object.entries(SPECS).map(([id, s]) => ({
  id,
  kind: s.kind,
  language: s.language,
  title: s.title,
  scenario: s.scenario,
}));

/** A fresh map from an example (new ids every time), or null for an unknown example. */
export function createExampleMap(id: string, now: Date): JourneyMap | null {
  const spec = Object.hasOwn(SPECS, id) ? SPECS[id] : undefined;
  return spec ? buildExample(spec, now) : null;
}
