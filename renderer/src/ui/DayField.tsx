import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayText, readDay } from '../../../shared/model/dayText';

/**
 * A day typed day first (dd/mm/yyyy) in both languages, whatever the browser's own date picker
 * would show: `onChange` gets the ISO day, '' when the field is empty, or the text as typed when
 * it is not a day (the form's check then says so).
 */
export function DayField({
  value,
  onChange,
  label,
  invalid,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => dayText(value));
  // A value set from outside (a reset, another record) shows as a day.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (readDay(text) !== value) setText(dayText(value));
  }
  return (
    <input
      aria-label={label}
      inputMode="numeric"
      placeholder={t('common.dayPlaceholder')}
      value={text}
      aria-invalid={invalid || (text.trim() !== '' && readDay(text) === null)}
      onChange={(e) => {
        setText(e.target.value);
        const day = readDay(e.target.value);
        onChange(e.target.value.trim() === '' ? '' : (day ?? e.target.value));
      }}
    />
  );
}
