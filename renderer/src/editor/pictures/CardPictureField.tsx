import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { updateCard } from '../../../../shared/model/operations';
import type { Card } from '../../../../shared/model/types';
import { PICKABLE_PICTURE_TYPES } from '../../../../shared/model/pictures';
import { useServices } from '../../services/ServicesContext';
import { setCardPicture } from './cardPicture';
import { usePicture } from './usePicture';

/** The picker offers what the browser can decode and the window downscales (the persona photo's list). */
const ACCEPT = PICKABLE_PICTURE_TYPES.join(',');

/** The inspector's picture field: the card's picture, Add or Replace (pick a file), Remove. */
export function CardPictureField({ card }: { card: Card }) {
  const { t } = useTranslation();
  const { api, store } = useServices();
  const input = useRef<HTMLInputElement>(null);
  const url = usePicture(card.picture?.hash ?? null);
  return (
    <fieldset className="card-picture-field">
      <legend>{t('pictures.label')}</legend>
      {url && <img className="card-picture-preview" src={url} alt={t('pictures.current')} />}
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void setCardPicture(api, store, card.id, file);
        }}
      />
      <div className="field-row">
        <button type="button" onClick={() => input.current?.click()}>
          {card.picture ? t('pictures.replace') : t('pictures.add')}
        </button>
        {card.picture && (
          <button
            type="button"
            onClick={() => store.getState().change((d) => updateCard(d, card.id, { picture: null }))}
          >
            {t('pictures.remove')}
          </button>
        )}
      </div>
      <p className="hint">{t('pictures.hint')}</p>
    </fieldset>
  );
}
