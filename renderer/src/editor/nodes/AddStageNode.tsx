import { memo } from 'react';
import { addStage } from '../../../../shared/model/operations';
import { useServices } from '../../app/ServicesContext';

export const AddStageNode = memo(function AddStageNode() {
  const { store } = useServices();
  const add = () => {
    const doc = store.getState().doc;
    const name =
      doc?.language === 'vi' ? `Giai đoạn ${doc.stages.length + 1}` : `Stage ${(doc?.stages.length ?? 0) + 1}`;
    store.getState().change((d) => addStage(d, { name }));
  };
  return (
    <button type="button" className="add-node nodrag" aria-label="Add stage" title="Add stage" onClick={add}>
      +
    </button>
  );
});
