import { useTranslation } from 'react-i18next';
import type { CardComparison, ComparedField } from '../../../shared/model/compareMaps';
import type { Card, Lane, Stage } from '../../../shared/model/types';
import { CARD_TYPE_LABELS, CHANNEL_LABELS } from '../../../shared/templates/labels';
import type { Language } from '../../../shared/model/constants';

export interface PlacedCard {
  /** Which side's card is drawn: the future card, or (removed / "before" side) the current one. */
  card: Card;
  comparison: CardComparison;
}

/** A card field's old value in words, as the "was" line shows it. */
export type DescribeBefore = (field: ComparedField, card: Card) => string;

export function describeBefore(lanes: Lane[], stages: Stage[], language: Language): DescribeBefore {
  return (field, card) => {
    switch (field) {
      case 'text':
        return card.text;
      case 'type':
        return CARD_TYPE_LABELS[card.type][language];
      case 'laneId':
        return lanes.find((l) => l.id === card.laneId)?.name ?? '?';
      case 'stageId':
        return stages.find((s) => s.id === card.stageId)?.name ?? '?';
      case 'stageSpan':
        return `${card.stageSpan}`;
      case 'channel':
        return card.channel ? CHANNEL_LABELS[card.channel][language] : '—';
      case 'owner':
        return card.owner || '—';
    }
  };
}

interface Props {
  describe: DescribeBefore;
  label: string;
  stages: Stage[];
  lanes: Lane[];
  cards: PlacedCard[];
  language: Language;
  showUnchanged: boolean;
  /** On the "before" side a changed card shows its old text; on the "after" side, what it was. */
  side: 'before' | 'after' | 'overlay';
  /** The titles of the opportunities cards realise, by id (the future state's backlog). */
  opportunities: ReadonlyMap<string, string>;
}

/** A read-only stage × lane grid whose cards carry their compare status. */
export function CompareGrid({
  describe,
  label,
  stages,
  lanes,
  cards,
  language,
  showUnchanged,
  side,
  opportunities,
}: Props) {
  const { t } = useTranslation();
  const visible = cards.filter((c) => showUnchanged || c.comparison.status !== 'same');
  const cell = (laneId: string, stageId: string) =>
    visible.filter((c) => c.card.laneId === laneId && c.card.stageId === stageId);
  return (
    <table className="compare-grid" aria-label={label}>
      <thead>
        <tr>
          <th scope="col" className="lane-head" />
          {stages.map((s) => (
            <th key={s.id} scope="col">
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lanes.map((lane) => (
          <tr key={lane.id}>
            <th scope="row" className="lane-head">
              {lane.name}
            </th>
            {stages.map((s) => (
              <td key={s.id}>
                {cell(lane.id, s.id).map(({ card, comparison }) => (
                  <article
                    key={`${comparison.status}-${card.id}`}
                    className={`compare-card status-${comparison.status}`}
                    data-status={comparison.status}
                    aria-label={t('compare.cardLabel', {
                      status: t(`compare.status.${comparison.status}`),
                      text: card.text,
                    })}
                  >
                    <header>
                      <span>{CARD_TYPE_LABELS[card.type][language]}</span>
                      {/* Only changes are marked: an unchanged card reads as on the map. */}
                      {comparison.status !== 'same' && (
                        <span className="status-tag">{t(`compare.status.${comparison.status}`)}</span>
                      )}
                    </header>
                    <p>{card.text}</p>
                    {card.channel && <small>{CHANNEL_LABELS[card.channel][language]}</small>}
                    {/* Lineage: the opportunity of the backlog this card makes real. */}
                    {card.realises && opportunities.has(card.realises) && (
                      <small className="realises">
                        {t('compare.realises', { title: opportunities.get(card.realises) })}
                      </small>
                    )}
                    {comparison.status === 'changed' && side !== 'before' && comparison.before && (
                      <ul className="was" aria-label={t('compare.before')}>
                        {comparison.changed.map((f) => (
                          <li key={f}>
                            {t('compare.was', { field: t(`compare.fields.${f}`) })}{' '}
                            <del>{describe(f, comparison.before!)}</del>
                          </li>
                        ))}
                      </ul>
                    )}
                  </article>
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
