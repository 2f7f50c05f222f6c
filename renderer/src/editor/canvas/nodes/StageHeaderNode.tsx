import type { NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageIndexAt } from '../../../../../shared/layout/hitTest';
import {
  addStep,
  deleteStage,
  linkDetail,
  moveStage,
  renameStage,
  resizeStage,
} from '../../../../../shared/model/operations';
import { DetailBadge } from '../../detail/DetailBadge';
import { DetailSelect } from '../../detail/DetailField';
import { useServices } from '../../../services/ServicesContext';
import { GLYPHS } from '../../glyphs';
import type { StageNode } from '../buildNodes';
import { useLayoutRef } from '../LayoutContext';
import { usePointerDrag } from '../usePointerDrag';
import { DeleteHeaderButton, HeaderGrab, useFrozenHeader, useRenaming, useReorderDrag } from './gridHeader';

/** A stage column header: double-click renames, drag reorders, the right edge resizes. */
export const StageHeaderNode = memo(function StageHeaderNode({ data, width = 0 }: NodeProps<StageNode>) {
  const { store } = useServices();
  const { t } = useTranslation();
  const layout = useLayoutRef();
  const [renaming, setRenaming] = useRenaming(data.stageId);
  const [resize, setResize] = useState<number | null>(null);
  const [linking, setLinking] = useState(false);
  const change = store.getState().change;
  const drag = useReorderDrag('x', (p) => {
    const l = layout.get();
    const to = l ? stageIndexAt(l, p.x) : data.index;
    if (to !== data.index) change((d) => moveStage(d, data.stageId, to));
  });
  const onDragGrip = usePointerDrag({
    threshold: 1,
    onMove: (p, start) => setResize(Math.max(120, width + p.x - start.x)),
    onDrop: (p, start) => {
      setResize(null);
      change((d) => resizeStage(d, data.stageId, width + p.x - start.x));
    },
    onCancel: () => setResize(null),
  });

  const style = useFrozenHeader('y', data.span, drag.shift);
  return (
    <div
      className={`stage-header ${drag.shift ? 'is-dragging' : ''}`}
      role="heading"
      aria-level={3}
      aria-label={data.name}
      style={style}
    >
      <HeaderGrab
        className="stage-grab"
        nameClass="stage-name"
        before={<span className="stage-index">{data.index + 1}</span>}
        name={data.name}
        fieldLabel={t('grid.stageName')}
        renaming={renaming}
        setRenaming={setRenaming}
        onRename={(name) => change((d) => renameStage(d, data.stageId, name))}
        onPointerDown={drag.onPointerDown}
      />
      {data.detail && <DetailBadge mapId={data.detail} on="stage" />}
      <button
        type="button"
        className="header-action nodrag"
        aria-label={t('grid.renameStage', { name: data.name })}
        onClick={() => setRenaming(true)}
      >
        {GLYPHS.rename}
      </button>
      <button
        type="button"
        className="header-action is-hover-only nodrag"
        aria-label={t('grid.addStep', { name: data.name })}
        onClick={() => {
          const doc = store.getState().doc;
          const count = doc?.stages.find((s) => s.id === data.stageId)?.steps.length ?? 0;
          // Named in the map's language, as a new stage is.
          const name = t('grid.newStep', { n: count + 1, lng: doc?.language });
          change((d) => addStep(d, data.stageId, { name }));
        }}
      >
        {GLYPHS.addStep}
      </button>
      <button
        type="button"
        className="header-action is-hover-only nodrag"
        aria-label={t('detail.linkStage', { name: data.name })}
        aria-expanded={linking}
        onClick={() => setLinking(!linking)}
      >
        {GLYPHS.detail}
      </button>
      {linking && (
        <div className="stage-detail-picker nodrag nopan">
          <DetailSelect
            value={data.detail}
            onPick={(id) => {
              setLinking(false);
              change((d) => linkDetail(d, { stage: data.stageId }, id));
            }}
          />
        </div>
      )}
      <DeleteHeaderButton
        label={t('grid.deleteStage', { name: data.name })}
        disabled={data.count <= 1}
        version={`before-delete-stage:${data.name}`}
        onDelete={() => change((d) => deleteStage(d, data.stageId))}
      />
      <div
        className="stage-resize nodrag nopan"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('grid.resizeStage', { name: data.name })}
        onPointerDown={onDragGrip}
      />
      {resize !== null && <div className="stage-resize-preview" style={{ left: resize - 2 }} />}
    </div>
  );
});
