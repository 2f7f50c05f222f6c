import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/constants';
import { thumbnailSvg } from '../../../shared/render/thumbnail';
import { createExampleMap, EXAMPLES } from '../../../shared/templates/examples';
import { KIND_LABELS } from '../../../shared/templates/labels';
import { svgDataUrl } from '../ui/svgDataUrl';

/** Thumbnails are drawn from the examples themselves (a fixed date: only the shapes matter). */
const PICTURES_AT = new Date('2026-01-01T00:00:00Z');

/**
 * What an empty library shows first: the worked examples with their pictures, one click from a
 * map to learn from (the blank map stays behind "New map").
 */
export function ExampleGallery({ onStart }: { onStart: (example: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const pictures = useMemo(
    () =>
      new Map(
        EXAMPLES.map((x) => {
          const doc = createExampleMap(x.id, PICTURES_AT);
          return [x.id, doc ? svgDataUrl(thumbnailSvg(doc)) : ''];
        }),
      ),
    [],
  );
  return (
    <section className="example-gallery" aria-labelledby="gallery-title">
      <h2 id="gallery-title">{t('library.galleryTitle')}</h2>
      <ul>
        {EXAMPLES.map((x) => (
          <li key={x.id}>
            <button type="button" onClick={() => onStart(x.id)}>
              <img src={pictures.get(x.id)} alt="" />
              <strong>{x.title}</strong>
              <span>
                {KIND_LABELS[x.kind][language]} · {x.scenario}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
