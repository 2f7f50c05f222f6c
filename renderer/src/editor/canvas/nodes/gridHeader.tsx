import { useStore, type XYPosition } from '@xyflow/react';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useWaymark } from '../../../services/ServicesContext';
import { InlineTextField } from '../../../ui/InlineTextField';
import { GLYPHS } from '../../glyphs';
import { snapshotBefore } from '../../snapshotBefore';
import { usePointerDrag } from '../usePointerDrag';

/**
 * Dragging a stage header or lane label along its axis: how far it has moved (useFrozenHeader
 * draws it following the pointer) and where it was dropped.
 */
export function useReorderDrag(axis: 'x' | 'y', onDrop: (point: XYPosition) => void) {
  const [shift, setShift] = useState(0);
  const onPointerDown = usePointerDrag({
    onMove: (p, start) => setShift(p[axis] - start[axis]),
    onDrop: (p) => {
      setShift(0);
      onDrop(p);
    },
    onCancel: () => setShift(0),
  });
  return { shift, onPointerDown };
}

/**
 * A stage header or lane label frozen like a spreadsheet's first row or column: scrolled down
 * (a header) or sideways (a label), it slides with the view's edge, never past the map's end
 * (`span`), and follows a reorder drag along its own axis. Off in present mode, which places
 * whole lanes itself, and for `still` headers (a folded lane spans the map already).
 */
export function useFrozenHeader(slideAxis: 'x' | 'y', span: number, dragShift: number, still = false) {
  const presenting = useWaymark((s) => s.present !== null);
  const i = slideAxis === 'x' ? 0 : 1;
  const slide = useStore((s) =>
    still || presenting ? 0 : Math.min(span, Math.max(0, Math.round(-s.transform[i] / s.transform[2]))),
  );
  if (!slide && !dragShift) return undefined;
  const [x, y] = slideAxis === 'x' ? [slide, dragShift] : [dragShift, slide];
  return { transform: `translate(${x}px, ${y}px)` };
}

/**
 * Whether a stage's or lane's name is open for typing: after a double-click or its rename
 * button, and at once for one just added (so its name is typed into the field, never into the
 * editor's shortcuts).
 */
export function useRenaming(id: string): [boolean, (on: boolean) => void] {
  const { store } = useServices();
  const [local, setLocal] = useState(false);
  const asked = useWaymark((s) => s.nameToEdit === id);
  const set = useCallback(
    (on: boolean) => {
      setLocal(on);
      if (!on && store.getState().nameToEdit === id) store.getState().editName(null);
    },
    [id, store],
  );
  return [local || asked, set];
}

interface GrabProps {
  className: string;
  name: string;
  /** The rename field's label ("Stage name", "Lane name"). */
  fieldLabel: string;
  renaming: boolean;
  setRenaming: (on: boolean) => void;
  onRename: (name: string) => void;
  onPointerDown: (e: React.PointerEvent<HTMLElement>) => void;
  /** Shown before the name (a stage's number). */
  before?: ReactNode;
  nameClass: string;
}

/** The grab area of a stage header or lane label: drag to reorder, double-click to rename in place. */
export function HeaderGrab(props: GrabProps) {
  const { t } = useTranslation();
  return (
    <div
      className={`${props.className} nodrag nopan`}
      onPointerDown={props.renaming ? undefined : props.onPointerDown}
      onDoubleClick={(e) => {
        e.stopPropagation();
        props.setRenaming(true);
      }}
      title={t('grid.dragHint')}
    >
      {props.before}
      {props.renaming ? (
        <InlineTextField
          initial={props.name}
          label={props.fieldLabel}
          onDone={(name) => {
            props.setRenaming(false);
            if (name) props.onRename(name);
          }}
        />
      ) : (
        <span className={props.nameClass}>{props.name}</span>
      )}
    </div>
  );
}

/** Deletes a stage or lane, keeping a version of the map first (the delete may take many cards). */
export function DeleteHeaderButton(props: { label: string; disabled: boolean; version: string; onDelete: () => void }) {
  const services = useServices();
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="header-action nodrag"
      aria-label={props.label}
      disabled={props.disabled}
      onClick={() => void snapshotBefore(services, t, props.version, props.onDelete)}
    >
      {GLYPHS.close}
    </button>
  );
}
