import { memo } from 'react';
import { addLane } from '../../../../shared/model/operations';
import { useServices } from '../../app/ServicesContext';

export const AddLaneNode = memo(function AddLaneNode() {
  const { store } = useServices();
  const add = () => {
    const doc = store.getState().doc;
    const name = doc?.language === 'vi' ? 'Làn mới' : 'New lane';
    store.getState().change((d) => addLane(d, { name, cardType: 'note' }));
  };
  return (
    <button type="button" className="add-lane nodrag" onClick={add}>
      + Add lane
    </button>
  );
});
