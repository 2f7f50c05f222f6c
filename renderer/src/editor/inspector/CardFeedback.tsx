import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { deleteComment } from '../../../../shared/model/operations';
import { useServices, useWaymark } from '../../services/ServicesContext';

/**
 * What the room said about a card: its dots and its comments (written on phones in a workshop
 * room), each comment removable by the map's author.
 */
export function CardFeedback({ cardId }: { cardId: string }) {
  const { t, i18n } = useTranslation();
  const { store } = useServices();
  const comments = useWaymark(useShallow((s) => s.doc?.comments.filter((c) => c.cardId === cardId) ?? []));
  const dots = useWaymark((s) => s.doc?.votes.filter((v) => v.cardId === cardId).length ?? 0);
  if (!comments.length && !dots) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="card-feedback" aria-label={t('room.feedback')}>
      {dots > 0 && <p className="card-dots-line">{t('card.dots', { count: dots })}</p>}
      {comments.length > 0 && (
        <>
          <h3>{t('room.comments', { count: comments.length })}</h3>
          <ul>
            {comments.map((c) => (
              <li key={c.id}>
                <strong>{c.author}</strong> <small>{when.format(new Date(c.createdAt))}</small>
                <p>{c.text}</p>
                <button
                  type="button"
                  className="link"
                  onClick={() => store.getState().change((d) => deleteComment(d, c.id))}
                >
                  {t('room.delete')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
