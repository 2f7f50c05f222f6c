import type { NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { laneIndexAt } from '../../../../../shared/layout/hitTest';
import { deleteLane, moveLane, renameLane, setLaneHidden } from '../../../../../shared/model/operations';
import { InlineTextField } from '../../../ui/InlineTextField';
import { useServices } from '../../../services/ServicesContext';
import { snapshotBefore } from '../../snapshotBefore';
import { GLYPHS } from '../../glyphs';
import { useTranslation } from 'react-i18next';
import type { LaneLabelNode as LaneLabelNodeType } from '../buildNodes';
import { useLayoutRef } from '../LayoutContext';
import { usePointerDrag } from '../usePointerDrag';

/** A lane's label: drag to reorder, double-click to rename, hide/show and delete. */
export const LaneLabelNode = memo(function LaneLabelNode({ data }: NodeProps<LaneLabelNodeType>) {
  const services = useServices();
  const { t } = useTranslation();
  const { store } = services;
  const layout = useLayoutRef();
  const [renaming, setRenaming] = useState(false);
  const [shift, setShift] = useState(0);

  const onDrag = usePointerDrag({
    onMove: (p, start) => setShift(p.y - start.y),
    onDrop: (p) => {
      setShift(0);
      const l = layout.get();
      if (!l) return;
      const row = laneIndexAt(l, p.y);
      const targetId = l.lanes[row]?.id;
      const doc = store.getState().doc;
      const to = doc?.lanes.findIndex((x) => x.id === targetId) ?? -1;
      if (to >= 0) store.getState().change((d) => moveLane(d, data.laneId, to));
    },
    onCancel: () => setShift(0),
  });

  const hide = (hidden: boolean) => store.getState().change((d) => setLaneHidden(d, data.laneId, hidden));

  return (
    <div
      className={`lane-label lane-label-${data.laneType} ${data.collapsed ? 'is-collapsed' : ''} ${shift ? 'is-dragging' : ''}`}
      role="heading"
      aria-level={4}
      aria-label={data.name}
      style={shift ? { transform: `translateY(${shift}px)` } : undefined}
    >
      <div
        className="lane-grab nodrag nopan"
        onPointerDown={renaming ? undefined : onDrag}
        onDoubleClick={(e) => {
          e.stopPropagation();
          setRenaming(true);
        }}
        title={t('grid.dragHint')}
      >
        {renaming ? (
          <InlineTextField
            initial={data.name}
            label={t('grid.laneName')}
            onDone={(name) => {
              setRenaming(false);
              if (name) store.getState().change((d) => renameLane(d, data.laneId, name));
            }}
          />
        ) : (
          <span className="lane-name">{data.name}</span>
        )}
      </div>
      <div className="lane-actions">
        <button
          type="button"
          className="header-action nodrag"
          aria-label={t(data.collapsed ? 'grid.showLane' : 'grid.hideLane', { name: data.name })}
          aria-pressed={data.collapsed}
          onClick={() => hide(!data.collapsed)}
        >
          {data.collapsed ? GLYPHS.collapsed : GLYPHS.expanded}
        </button>
        {!data.collapsed && (
          <button
            type="button"
            className="header-action nodrag"
            aria-label={t('grid.deleteLane', { name: data.name })}
            disabled={data.count <= 1}
            onClick={() =>
              void snapshotBefore(services, t, `before-delete-lane:${data.name}`, () =>
                store.getState().change((d) => deleteLane(d, data.laneId)),
              )
            }
          >
            {GLYPHS.close}
          </button>
        )}
      </div>
    </div>
  );
});
