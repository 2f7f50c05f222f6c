import { memo } from 'react';
import { addStage } from '../../../../shared/model/operations';
import { METRICS } from '../../../../shared/layout/metrics';
import { useServices } from '../../app/ServicesContext';
import { revealAfterRender } from '../revealAfterRender';

export const AddStageNode = memo(function AddStageNode() {
  const services = useServices();
  const { store } = services;
  const add = () => {
    const doc = store.getState().doc;
    const name =
      doc?.language === 'vi' ? `Giai đoạn ${doc.stages.length + 1}` : `Stage ${(doc?.stages.length ?? 0) + 1}`;
    if (!store.getState().change((d) => addStage(d, { name }))) return;
    const id = store.getState().doc?.stages.at(-1)?.id;
    // The new column with the add button beside it.
    revealAfterRender(services, (l) => {
      const s = l.stages.find((x) => x.id === id);
      return s ? { x: s.x, y: 0, width: s.width + 48, height: METRICS.headerHeight } : null;
    });
  };
  return (
    <button type="button" className="add-node nodrag" aria-label="Add stage" title="Add stage" onClick={add}>
      +
    </button>
  );
});
