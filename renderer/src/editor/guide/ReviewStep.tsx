import { useTranslation } from 'react-i18next';
import type { HealthItem } from '../../../../shared/model/guide';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { findingText } from '../blueprint/BlueprintCheckPanel';

const SHOWN = 12;

/** Step 5: the map's health; each entry takes the person to the card or cell. */
export function ReviewStep({ items }: { items: HealthItem[] }) {
  const { t } = useTranslation();
  const { store, canvas, layout } = useServices();
  const doc = useWaymark((s) => s.doc);
  if (!doc) return null;
  const stageName = (id: string) => doc.stages.find((s) => s.id === id)?.name ?? '';
  const laneName = (id: string) => doc.lanes.find((l) => l.id === id)?.name ?? '';
  const cardText = (id: string) => {
    const text = doc.cards.find((c) => c.id === id)?.text ?? '';
    return text.length > 60 ? `${text.slice(0, 57)}…` : text || t('blueprint.emptyCard');
  };
  const describe = (item: HealthItem) => {
    switch (item.kind) {
      case 'empty-cell':
        return t('guide.health.empty-cell', { cell: `${stageName(item.stageId)} · ${laneName(item.laneId)}` });
      case 'no-emotion':
        return t('guide.health.no-emotion', { stage: stageName(item.stageId) });
      case 'blueprint':
        return findingText(t, { cardId: item.cardId, problem: item.problem, excerpt: cardText(item.cardId) });
      default:
        return t(`guide.health.${item.kind}`, { text: cardText(item.cardId) });
    }
  };
  const go = (item: HealthItem) => {
    if ('cardId' in item) {
      store.getState().select([item.cardId]);
      canvas.get()?.focusCard(item.cardId);
      return;
    }
    const stageId = item.stageId;
    const laneId = 'laneId' in item ? item.laneId : doc.lanes.find((l) => l.type === 'emotion')?.id;
    if (!laneId) return;
    store.getState().select([]);
    store.getState().setActiveCell({ laneId, stageId });
    const box = layout.get()?.lanes.find((l) => l.id === laneId);
    const stage = layout.get()?.stages.find((s) => s.id === stageId);
    if (box && stage) canvas.get()?.reveal({ x: stage.x, y: box.y, width: stage.width, height: box.height });
  };
  if (items.length === 0) return <p className="hint">{t('guide.health.allGood')}</p>;
  return (
    <ul className="health-list">
      {items.slice(0, SHOWN).map((item, i) => (
        <li key={i}>
          <button type="button" className="link" onClick={() => go(item)}>
            {describe(item)}
          </button>
        </li>
      ))}
      {items.length > SHOWN && <li className="hint">{t('guide.health.more', { count: items.length - SHOWN })}</li>}
    </ul>
  );
}
