import type { JourneyMap } from '../../../shared/model/types';
import type { CardType } from '../../../shared/model/constants';

export { CARD_ICONS } from '../../../shared/render/cardStyle';

/** Palette sections; `id` names the heading in the i18n catalogue (`palette.groups.*`). */
export const PALETTE_GROUPS: { id: 'journey' | 'blueprint' | 'other'; types: CardType[] }[] = [
  { id: 'journey', types: ['touchpoint', 'action', 'thought', 'pain-point', 'opportunity'] },
  { id: 'blueprint', types: ['evidence', 'frontstage', 'backstage', 'support'] },
  { id: 'other', types: ['emotion', 'note'] },
];

/**
 * The palette a map is offered: blueprint cards on service blueprints (or maps that already
 * have a blueprint lane); no "Emotion" card where the map draws an emotion curve, whose points
 * say it better.
 */
export function paletteFor(doc: Pick<JourneyMap, 'kind' | 'lanes'>): typeof PALETTE_GROUPS {
  const blueprint =
    doc.kind === 'service-blueprint' ||
    doc.lanes.some((l) => l.cardType !== null && PALETTE_GROUPS[1]!.types.includes(l.cardType));
  const curve = doc.lanes.some((l) => l.type === 'emotion');
  return PALETTE_GROUPS.filter((g) => g.id !== 'blueprint' || blueprint)
    .map((g) => ({ ...g, types: g.types.filter((t) => t !== 'emotion' || !curve) }))
    .filter((g) => g.types.length > 0);
}
