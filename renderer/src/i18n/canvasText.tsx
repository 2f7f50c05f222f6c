import type { TFunction } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/constants';
import { uiLanguage } from './uiLanguage';

interface CanvasText {
  t: TFunction;
  language: Language;
}

const Context = createContext<CanvasText | null>(null);

/**
 * One translation subscription for the whole canvas: a big map has a thousand card nodes, and a
 * useTranslation() in each (a listener and state per node) measurably slowed opening. Nodes
 * read `t` from here and re-render only when the language changes.
 */
export function CanvasTextProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n);
  const value = useMemo(() => ({ t, language }), [t, language]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCanvasText(): CanvasText {
  const value = useContext(Context);
  if (!value) throw new Error('useCanvasText outside CanvasTextProvider');
  return value;
}
