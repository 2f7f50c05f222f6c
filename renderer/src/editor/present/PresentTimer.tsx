import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { setSession } from '../room/hostSession';

const mmss = (ms: number) => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** A countdown for workshop exercises: set the minutes, start, pause, reset. */
export function PresentTimer() {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(5);
  const [left, setLeft] = useState(5 * 60_000);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const { store } = useServices();
  const hasRoom = useWaymark((s) => s.room !== null);

  useEffect(() => {
    if (endsAt === null) return;
    const tick = () => {
      const rest = Math.max(0, endsAt - Date.now());
      setLeft(rest);
      if (rest === 0) setEndsAt(null);
    };
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [endsAt]);

  // Paused or reset: what is left; running: when it ends. Every phone in an open room shows it.
  const published = endsAt === null ? left : null;
  useEffect(() => {
    if (hasRoom) setSession(store, { timer: { endsAt, leftMs: published ?? Math.max(0, (endsAt ?? 0) - Date.now()) } });
  }, [store, hasRoom, endsAt, published]);

  const running = endsAt !== null;
  const up = left === 0;
  return (
    <div className={`present-timer ${up ? 'is-up' : ''}`} role="group" aria-label={t('present.timer')}>
      <label>
        {t('present.minutes')}
        <input
          type="number"
          min={1}
          max={180}
          value={minutes}
          disabled={running}
          onChange={(e) => {
            const n = Math.max(1, Math.min(180, Math.round(Number(e.target.value) || 1)));
            setMinutes(n);
            setLeft(n * 60_000);
          }}
        />
      </label>
      <span role="timer" aria-live="off" className="present-time">
        {up ? t('present.timeUp') : mmss(left)}
      </span>
      {running ? (
        <button
          type="button"
          onClick={() => {
            setLeft(Math.max(0, endsAt - Date.now()));
            setEndsAt(null);
          }}
        >
          {t('present.pause')}
        </button>
      ) : (
        <button type="button" disabled={up} onClick={() => setEndsAt(Date.now() + left)}>
          {t('present.start')}
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          setEndsAt(null);
          setLeft(minutes * 60_000);
        }}
      >
        {t('present.reset')}
      </button>
    </div>
  );
}
