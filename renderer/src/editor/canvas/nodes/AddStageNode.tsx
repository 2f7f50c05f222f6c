import { memo } from 'react';
import { addStage } from '../../../../../shared/model/operations';
import { METRICS } from '../../../../../shared/layout/metrics';
import { useServices } from '../../../services/ServicesContext';
import { revealAfterRender } from '../revealAfterRender';
import { GLYPHS } from '../../glyphs';
import { useTranslation } from 'react-i18next';

export const AddStageNode = memo(function AddStageNode() {
  const services = useServices();
  const { store } = services;
  const { t } = useTranslation();
  const add = () => {
    const doc = store.getState().doc;
    // A new stage is map content: named in the map's language, not the interface's.
    const name = t('grid.newStage', { n: (doc?.stages.length ?? 0) + 1, lng: doc?.language });
    if (!store.getState().change((d) => addStage(d, { name }))) return;
    const id = store.getState().doc?.stages.at(-1)?.id;
    // Its name opens for typing, selected: what is typed next names it.
    if (id) store.getState().editName(id);
    // The new column with the add button beside it.
    revealAfterRender(services, (l) => {
      const s = l.stages.find((x) => x.id === id);
      return s ? { x: s.x, y: 0, width: s.width + 48, height: METRICS.headerHeight } : null;
    });
  };
  return (
    <button
      type="button"
      className="add-node nodrag"
      aria-label={t('grid.addStage')}
      title={t('grid.addStage')}
      onClick={add}
    >
      {GLYPHS.add}
    </button>
  );
});
