import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/constants';
import type { ChannelMatrix } from '../../../../shared/model/guide';
import { CHANNEL_LABELS } from '../../../../shared/templates/labels';
import { useWaymark } from '../../services/ServicesContext';

/** Step 3: touchpoints counted per channel and stage, and what each stage lacks. */
export function ChannelsStep({ matrix }: { matrix: ChannelMatrix }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const doc = useWaymark((s) => s.doc);
  if (!doc) return null;
  const name = (ch: string) =>
    ch === 'none' ? t('guide.noChannel') : CHANNEL_LABELS[ch as keyof typeof CHANNEL_LABELS][lang];
  const empty = doc.stages.filter((s) => !matrix.channels.some((ch) => matrix.counts[ch]?.[s.id]));
  return (
    <div className="guide-channels">
      {matrix.channels.length > 0 && (
        <table className="channel-matrix" aria-label={t('guide.matrix')}>
          <thead>
            <tr>
              <th scope="col">{t('guide.channel')}</th>
              {doc.stages.map((s, i) => (
                <th key={s.id} scope="col" title={s.name}>
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.channels.map((ch) => (
              <tr key={ch}>
                <th scope="row">{name(ch)}</th>
                {doc.stages.map((s) => {
                  const n = matrix.counts[ch]?.[s.id] ?? 0;
                  return (
                    <td key={s.id} className={n ? 'has' : 'lacks'}>
                      {n || '·'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="guide-notes">
        {empty.map((s) => (
          <li key={s.id}>{t('guide.noTouchpoint', { stage: s.name })}</li>
        ))}
        {doc.stages
          .filter((s) => !empty.includes(s) && matrix.lacking[s.id]!.length > 0)
          .map((s) => (
            <li key={s.id}>
              {t('guide.lacks', { stage: s.name, channels: matrix.lacking[s.id]!.map(name).join(', ') })}
            </li>
          ))}
      </ul>
    </div>
  );
}
