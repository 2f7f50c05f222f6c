import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personaInitial, type LibraryPersona } from '../../../../shared/model/persona';
import { PICTURE_LIMITS } from '../../../../shared/model/limits';
import { megabytes, PICKABLE_PICTURE_TYPES } from '../../../../shared/model/pictures';
import { errorText } from '../../i18n/errorText';
import { unwrap } from '../../ipc/bridge';
import { useServices } from '../../services/ServicesContext';
import { PhotoError, preparePhoto } from './preparePhoto';

/** A library persona's photo (or initial): add, change or remove it; a refused file is said in words. */
export function PersonaPhoto({
  persona,
  onChange,
}: {
  persona: LibraryPersona;
  onChange: (p: LibraryPersona) => void;
}) {
  const { api } = useServices();
  const { t } = useTranslation();
  const [photoError, setPhotoError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const pickPhoto = async (file: File | undefined) => {
    if (!file) return;
    try {
      const data = await preparePhoto(file, t);
      onChange(await unwrap(api.personas.setPhoto({ id: persona.id, data })));
      setPhotoError(null);
    } catch (err) {
      setPhotoError(
        err instanceof PhotoError ? err.message : t('persona.photoNotSaved', { message: errorText(t, err) }),
      );
    }
  };
  return (
    <>
      <div className="persona-photo">
        {persona.photo ? (
          <img src={persona.photo} alt={t('persona.photoOf', { name: persona.name })} />
        ) : (
          <span className="persona-initial large" aria-hidden="true">
            {personaInitial(persona.name)}
          </span>
        )}
        <div className="persona-photo-actions">
          <button type="button" onClick={() => fileInput.current?.click()}>
            {persona.photo ? t('persona.changePhoto') : t('persona.addPhoto')}
          </button>
          {persona.photo && (
            <button
              type="button"
              onClick={() => void unwrap(api.personas.setPhoto({ id: persona.id, data: null })).then(onChange)}
            >
              {t('persona.removePhoto')}
            </button>
          )}
          <input
            ref={fileInput}
            type="file"
            accept={PICKABLE_PICTURE_TYPES.join(',')}
            hidden
            aria-label={t('persona.photoFile')}
            onChange={(e) => {
              void pickPhoto(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
      </div>
      <p className="hint">{t('persona.photoHint', { mb: Number(megabytes(PICTURE_LIMITS.photo.pickBytes)) })}</p>
      {photoError && (
        <p role="alert" className="error">
          {photoError}
        </p>
      )}
    </>
  );
}
