import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { laneIndexAt } from '../../../../../shared/layout/hitTest';
import { deleteLane, moveLane, renameLane, setLaneHidden } from '../../../../../shared/model/operations';
import { useServices } from '../../../services/ServicesContext';
import { GLYPHS } from '../../glyphs';
import type { LaneLabelNode as LaneLabelNodeType } from '../buildNodes';
import { useLayoutRef } from '../LayoutContext';
import { PersonaLegend } from '../../persona/PersonaLegend';
import { DeleteHeaderButton, HeaderGrab, useFrozenHeader, useRenaming, useReorderDrag } from './gridHeader';

/** A lane's label: drag to reorder, double-click to rename, hide/show and delete. */
export const LaneLabelNode = memo(function LaneLabelNode({ data }: NodeProps<LaneLabelNodeType>) {
  const { store } = useServices();
  const { t } = useTranslation();
  const layout = useLayoutRef();
  const [renaming, setRenaming] = useRenaming(data.laneId);
  const drag = useReorderDrag('y', (p) => {
    const l = layout.get();
    const targetId = l?.lanes[laneIndexAt(l, p.y)]?.id;
    const to = store.getState().doc?.lanes.findIndex((x) => x.id === targetId) ?? -1;
    if (to >= 0) store.getState().change((d) => moveLane(d, data.laneId, to));
  });
  const change = store.getState().change;
  const style = useFrozenHeader('x', data.span, drag.shift, data.collapsed);
  return (
    <div
      className={`lane-label lane-label-${data.laneType} ${data.collapsed ? 'is-collapsed' : ''} ${drag.shift ? 'is-dragging' : ''}`}
      role="heading"
      aria-level={4}
      aria-label={data.name}
      style={style}
    >
      <HeaderGrab
        className="lane-grab"
        nameClass="lane-name"
        name={data.name}
        fieldLabel={t('grid.laneName')}
        renaming={renaming}
        setRenaming={setRenaming}
        onRename={(name) => change((d) => renameLane(d, data.laneId, name))}
        onPointerDown={drag.onPointerDown}
      />
      {data.laneType === 'emotion' && !data.collapsed && <PersonaLegend />}
      <div className="lane-actions">
        <button
          type="button"
          className="header-action nodrag"
          aria-label={t(data.collapsed ? 'grid.showLane' : 'grid.hideLane', { name: data.name })}
          aria-pressed={data.collapsed}
          onClick={() => change((d) => setLaneHidden(d, data.laneId, !data.collapsed))}
        >
          {data.collapsed ? GLYPHS.collapsed : GLYPHS.expanded}
        </button>
        {!data.collapsed && (
          <DeleteHeaderButton
            label={t('grid.deleteLane', { name: data.name })}
            disabled={data.count <= 1}
            version={`before-delete-lane:${data.name}`}
            onDelete={() => change((d) => deleteLane(d, data.laneId))}
          />
        )}
      </div>
    </div>
  );
});
