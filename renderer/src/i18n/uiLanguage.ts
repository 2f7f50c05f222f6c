import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { commandLabel, type CommandId } from '../../../shared/commands/commands';
import type { Language } from '../../../shared/model/constants';

/** The interface language as the shared tables know it (anything but Vietnamese reads English). */
export function uiLanguage(i18n: Pick<I18n, 'language'>): Language {
  return i18n.language === 'vi' ? 'vi' : 'en';
}

/** The interface language, for labels declared in shared tables (commands, export formats). */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return uiLanguage(i18n);
}

/** A command's label in the interface language. */
export function useCommandLabel(): (id: CommandId) => string {
  const language = useUiLanguage();
  return (id) => commandLabel(id, language);
}

/** Each language's own name for itself (the same whatever the interface speaks). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', vi: 'Tiếng Việt' };
