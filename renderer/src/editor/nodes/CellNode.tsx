import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { addCard } from '../../../../shared/model/operations';
import { newId } from '../../../../shared/model/ids';
import { useServices } from '../../app/ServicesContext';
import type { CellNode as CellNodeType } from '../buildNodes';

/** An empty-space target: double-click (or the + button) adds a card to this stage × lane. */
export const CellNode = memo(function CellNode({ data }: NodeProps<CellNodeType>) {
  const { store } = useServices();
  const add = () => {
    const id = newId();
    store.getState().change((doc) => addCard(doc, { laneId: data.laneId, stageId: data.stageId, id }));
    store.getState().startEditing(id);
  };
  return (
    <div
      className="cell"
      data-cell={`${data.laneId}:${data.stageId}`}
      onDoubleClick={add}
      onClick={() => store.getState().select([])}
    >
      <button type="button" className="cell-add nodrag" aria-label={`Add card: ${data.label}`} onClick={add}>
        +
      </button>
    </div>
  );
});
