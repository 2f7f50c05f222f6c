import { memo } from 'react';
import { addLane } from '../../../../../shared/model/operations';
import { METRICS } from '../../../../../shared/layout/metrics';
import { useServices } from '../../../services/ServicesContext';
import { revealAfterRender } from '../revealAfterRender';
import { useTranslation } from 'react-i18next';

export const AddLaneNode = memo(function AddLaneNode() {
  const services = useServices();
  const { store } = services;
  const { t } = useTranslation();
  const add = () => {
    const doc = store.getState().doc;
    // Map content: named in the map's language.
    const name = t('grid.newLane', { lng: doc?.language });
    if (!store.getState().change((d) => addLane(d, { name, cardType: 'note' }))) return;
    const id = store.getState().doc?.lanes.at(-1)?.id;
    // Its name opens for typing, selected: what is typed next names it.
    if (id) store.getState().editName(id);
    // The new row with the add button under it.
    revealAfterRender(services, (l) => {
      const lane = l.lanes.find((x) => x.id === id);
      return lane ? { x: 0, y: lane.y, width: METRICS.laneLabelWidth, height: lane.height + 40 } : null;
    });
  };
  return (
    <button type="button" className="add-lane nodrag" onClick={add}>
      {t('grid.addLane')}
    </button>
  );
});
