import type { MapSummary } from '../../../shared/model/types';
import { KIND_LABELS } from '../../../shared/templates/labels';
import { formatWhen } from './formatWhen';
import { InlineTextField } from '../app/InlineTextField';

interface Props {
  map: MapSummary;
  inTrash: boolean;
  onOpen: () => void;
  renaming: boolean;
  onAction: (action: 'rename' | 'duplicate' | 'delete' | 'restore') => void;
  onRename: (title: string | null) => void;
}

export function MapListItem({ map, inTrash, renaming, onOpen, onAction, onRename }: Props) {
  return (
    <li className="map-item">
      <div className="map-main">
        {renaming ? (
          <InlineTextField initial={map.title} label="Map title" className="rename-field" onDone={onRename} />
        ) : inTrash ? (
          <span className="map-title">{map.title}</span>
        ) : (
          <button type="button" className="map-title link" onClick={onOpen}>
            {map.title}
          </button>
        )}
        <span className={`kind-badge kind-${map.kind}`}>{KIND_LABELS[map.kind][map.language]}</span>
      </div>
      <div className="map-meta">
        {map.personaName && <span>{map.personaName} · </span>}
        <span>
          {map.cardCount} {map.cardCount === 1 ? 'card' : 'cards'}
        </span>
        <span> · </span>
        <time dateTime={inTrash ? (map.deletedAt ?? map.updatedAt) : map.updatedAt}>
          {inTrash ? 'Deleted ' : 'Changed '}
          {formatWhen(inTrash ? (map.deletedAt ?? map.updatedAt) : map.updatedAt)}
        </time>
      </div>
      <div className="map-actions">
        {inTrash ? (
          <button type="button" onClick={() => onAction('restore')} aria-label={`Restore ${map.title}`}>
            Restore
          </button>
        ) : (
          <>
            <button type="button" onClick={() => onAction('rename')} aria-label={`Rename ${map.title}`}>
              Rename
            </button>
            <button type="button" onClick={() => onAction('duplicate')} aria-label={`Duplicate ${map.title}`}>
              Duplicate
            </button>
            <button type="button" onClick={() => onAction('delete')} aria-label={`Move ${map.title} to trash`}>
              Move to trash
            </button>
          </>
        )}
      </div>
    </li>
  );
}
