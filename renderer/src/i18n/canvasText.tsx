import type { TFunction } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/constants';
import { uiLanguage } from './uiLanguage';

/** Words every card shows the same: looked up once per language, not once per card. */
const FIXED = ['card.connectInto', 'card.connectFrom', 'card.placeholder', 'card.empty'] as const;
export type FixedText = (typeof FIXED)[number];

interface CanvasText {
  t: TFunction;
  language: Language;
  fixed: Record<FixedText, string>;
}

const Context = createContext<CanvasText | null>(null);

/**
 * One translation subscription for the whole canvas: a big map has a thousand card nodes, and a
 * useTranslation() in each (a listener and state per node) measurably slowed opening. Nodes
 * read `t` from here and re-render only when the language changes; at 5,000 cards even the
 * lookups showed in the opening profile, so the words every card shares are looked up once.
 */
export function CanvasTextProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n);
  const value = useMemo(
    () => ({ t, language, fixed: Object.fromEntries(FIXED.map((k) => [k, t(k)])) as Record<FixedText, string> }),
    [t, language],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCanvasText(): CanvasText {
  const value = useContext(Context);
  if (!value) throw new Error('useCanvasText outside CanvasTextProvider');
  return value;
}
