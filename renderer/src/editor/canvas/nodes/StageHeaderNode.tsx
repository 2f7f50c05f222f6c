import type { NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { stageIndexAt } from '../../../../../shared/layout/hitTest';
import { deleteStage, moveStage, renameStage, resizeStage } from '../../../../../shared/model/operations';
import { InlineTextField } from '../../../ui/InlineTextField';
import { snapshotBefore } from '../../snapshotBefore';
import { GLYPHS } from '../../glyphs';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../../services/ServicesContext';
import type { StageNode } from '../buildNodes';
import { useLayoutRef } from '../LayoutContext';
import { usePointerDrag } from '../usePointerDrag';

/** A stage column header: double-click renames, drag reorders, the right edge resizes. */
export const StageHeaderNode = memo(function StageHeaderNode({ data, width = 0 }: NodeProps<StageNode>) {
  const services = useServices();
  const { t } = useTranslation();
  const { store } = services;
  const layout = useLayoutRef();
  const [renaming, setRenaming] = useState(false);
  const [shift, setShift] = useState(0);
  const [resize, setResize] = useState<number | null>(null);

  const onDragHeader = usePointerDrag({
    onMove: (p, start) => setShift(p.x - start.x),
    onDrop: (p) => {
      setShift(0);
      const l = layout.get();
      if (!l) return;
      const to = stageIndexAt(l, p.x);
      if (to !== data.index) store.getState().change((d) => moveStage(d, data.stageId, to));
    },
    onCancel: () => setShift(0),
  });

  const onDragGrip = usePointerDrag({
    threshold: 1,
    onMove: (p, start) => setResize(Math.max(120, width + p.x - start.x)),
    onDrop: (p, start) => {
      setResize(null);
      store.getState().change((d) => resizeStage(d, data.stageId, width + p.x - start.x));
    },
    onCancel: () => setResize(null),
  });

  return (
    <div
      className={`stage-header ${shift ? 'is-dragging' : ''}`}
      role="heading"
      aria-level={3}
      aria-label={data.name}
      style={shift ? { transform: `translateX(${shift}px)` } : undefined}
    >
      <div
        className="stage-grab nodrag nopan"
        onPointerDown={renaming ? undefined : onDragHeader}
        onDoubleClick={(e) => {
          e.stopPropagation();
          setRenaming(true);
        }}
        title={t('grid.dragHint')}
      >
        <span className="stage-index">{data.index + 1}</span>
        {renaming ? (
          <InlineTextField
            initial={data.name}
            label={t('grid.stageName')}
            onDone={(name) => {
              setRenaming(false);
              if (name) store.getState().change((d) => renameStage(d, data.stageId, name));
            }}
          />
        ) : (
          <span className="stage-name">{data.name}</span>
        )}
      </div>
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
        className="header-action nodrag"
        aria-label={t('grid.deleteStage', { name: data.name })}
        disabled={data.count <= 1}
        onClick={() =>
          void snapshotBefore(services, t, `before-delete-stage:${data.name}`, () =>
            store.getState().change((d) => deleteStage(d, data.stageId)),
          )
        }
      >
        {GLYPHS.close}
      </button>
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
