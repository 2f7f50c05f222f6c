import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { addCard } from '../../../../../shared/model/operations';
import { newId } from '../../../../../shared/model/ids';
import { useServices, useWaymark } from '../../../services/ServicesContext';
import type { CellNode as CellNodeType } from '../buildNodes';
import { useCanvasText } from '../../../i18n/canvasText';

/**
 * Grid background for one stage × lane. It lets pointer events through to the pane (marquee
 * selection, double-click to add); only its + button takes clicks.
 */
export const CellNode = memo(function CellNode({ data }: NodeProps<CellNodeType>) {
  const { store } = useServices();
  const { t } = useCanvasText();
  const target = useWaymark((s) => s.dropTarget?.laneId === data.laneId && s.dropTarget?.stageId === data.stageId);
  const active = useWaymark((s) => s.activeCell?.laneId === data.laneId && s.activeCell?.stageId === data.stageId);
  const add = () => {
    const id = newId();
    if (store.getState().change((doc) => addCard(doc, { laneId: data.laneId, stageId: data.stageId, id })))
      store.getState().startEditing(id);
  };
  return (
    <div
      className={`cell ${target ? 'is-drop-target' : ''} ${active ? 'is-active' : ''}`}
      data-cell={`${data.laneId}:${data.stageId}`}
    >
      {data.dividers?.map((x) => (
        <span key={x} className="stage-step-divider" style={{ left: x }} aria-hidden="true" />
      ))}
      <button
        type="button"
        className={`cell-add nodrag ${data.empty ? 'is-empty' : ''}`}
        aria-label={t('grid.addCard', { cell: data.label })}
        onClick={add}
      >
        +
      </button>
    </div>
  );
});
