import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTags } from '../../../../shared/model/tags';

/**
 * A card's tags as one comma-separated field. The draft is kept while typing (so "a, " is not
 * cleaned away mid-word) and applied when the field is left or Enter is pressed.
 */
export function TagsField({ tags, onChange }: { tags: readonly string[]; onChange: (tags: string[]) => void }) {
  const { t } = useTranslation();
  const shown = tags.join(', ');
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const next = parseTags(draft);
    setDraft(null);
    if (next.join('\u0000') !== tags.join('\u0000')) onChange(next);
  };
  return (
    <label>
      {t('inspector.tags')}
      <input
        aria-label={t('inspector.tags')}
        value={draft ?? shown}
        placeholder={t('inspector.tagsHint')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
