import { useTranslation } from 'react-i18next';
import { isEmptyPersona, reportPersona } from '../../../../shared/model/persona';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { GLYPHS } from '../glyphs';
import { usePersona } from './usePersona';
import { ResearchChip } from '../insights/ResearchCoverage';

/**
 * Who the map is about and in what situation, above the map: the same persona block and
 * scenario an export's title block prints. Folds to one line (remembered) to give a laptop's
 * height back to the map; editing happens in the Persona panel, one click away.
 */
export function MapHead() {
  const { t } = useTranslation();
  const { store } = useServices();
  const open = useWaymark((s) => s.panels.mapHead);
  const personaId = useWaymark((s) => s.doc?.personaId ?? null);
  const own = useWaymark((s) => s.doc?.persona);
  const scenario = useWaymark((s) => s.doc?.scenario ?? '');
  const readOnly = useWaymark((s) => s.readOnly);
  const { persona: library } = usePersona(personaId);
  if (!own) return null;
  const persona = reportPersona(own, personaId ? library : null);
  const empty = isEmptyPersona(persona) && !scenario.trim();
  const edit = () => {
    const s = store.getState();
    if (!s.panels.side) s.togglePanel('side');
    s.setSidePanel('persona');
  };
  const toggle = () => store.getState().togglePanel('mapHead');
  const toggleLabel = t(open ? 'mapHead.fold' : 'mapHead.unfold');

  if (empty && readOnly) return null;
  if (empty)
    return (
      <section className="map-head is-empty" aria-label={t('mapHead.label')}>
        <span>{t('mapHead.none')}</span>
        <button type="button" className="link" onClick={edit}>
          {t('mapHead.add')}
        </button>
      </section>
    );

  return (
    <section className={`map-head ${open ? 'is-open' : 'is-folded'}`} aria-label={t('mapHead.label')}>
      {persona.photo && open && (
        <img className="map-head-photo" src={persona.photo} alt={t('persona.photoOf', { name: persona.name })} />
      )}
      <div className="map-head-persona">
        <span className="map-head-kicker">{t('persona.title')}</span>
        <strong className="map-head-name">{persona.name || '—'}</strong>
        {persona.quote && <q className="map-head-quote">{persona.quote}</q>}
        {open && <ListBlock title={t('persona.fields.goals')} entries={persona.goals} />}
        {open && <ListBlock title={t('persona.fields.frustrations')} entries={persona.frustrations} />}
      </div>
      {scenario.trim() && (
        <div className="map-head-scenario">
          <span className="map-head-kicker">{t('persona.scenario')}</span>
          <p>{scenario}</p>
        </div>
      )}
      <div className="map-head-actions">
        <ResearchChip />
        {!readOnly && (
          <button type="button" className="link" onClick={edit}>
            {t('mapHead.edit')}
          </button>
        )}
        <button
          type="button"
          className="map-head-toggle"
          aria-expanded={open}
          aria-label={toggleLabel}
          title={toggleLabel}
          onClick={toggle}
        >
          <span aria-hidden="true">{open ? GLYPHS.fold : GLYPHS.unfold}</span>
        </button>
      </div>
    </section>
  );
}

function ListBlock({ title, entries }: { title: string; entries: string[] }) {
  if (entries.length === 0) return null;
  return (
    <div className="map-head-list">
      <span className="map-head-kicker">{title}</span>
      <ul>
        {entries.slice(0, 4).map((entry, i) => (
          <li key={i}>{entry}</li>
        ))}
      </ul>
    </div>
  );
}
