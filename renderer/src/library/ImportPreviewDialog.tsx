import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/exchange/xlsx/fromTables';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface Props {
  preview: ImportPreview;
  onCreate: () => void;
  onCancel: () => void;
}

/** What a workbook will become, before anything is created: stages, lanes (and which are new), cards. */
export function ImportPreviewDialog({ preview, onCreate, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('library.importPreview.title', { title: preview.title })}
      confirmLabel={t('library.importPreview.create')}
      onConfirm={onCreate}
      onCancel={onCancel}
    >
      <p>
        {t('library.importPreview.summary', {
          stages: preview.stages.length,
          lanes: preview.lanes.length,
          count: preview.cards,
        })}
      </p>
      <h3>{t('library.importPreview.stages')}</h3>
      <p className="import-stages">{preview.stages.join(' → ')}</p>
      <h3>{t('library.importPreview.lanes')}</h3>
      <ul className="import-lanes">
        {preview.lanes.map((lane) => (
          <li key={lane.name}>{lane.known ? lane.name : t('library.importPreview.noteLane', { name: lane.name })}</li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
