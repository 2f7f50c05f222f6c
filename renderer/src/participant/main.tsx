import './participant.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { createI18n } from '../i18n/i18n';
import { ParticipantApp } from './ParticipantApp';
import { connectRoom } from './roomClient';
import { loadTypeface } from '../ui/typeface';

// The page's CSP forbids eval, which zod's JIT would use.
z.config({ jitless: true });

const i18n = createI18n();
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (l) => (document.documentElement.lang = l));
// The room's socket sits under the page's own address: /room/<token>/ws.
// Private browsing can refuse storage: the room still works, the name is asked again.
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();
const client = connectRoom(
  `${location.origin.replace(/^http/, 'ws')}${location.pathname.replace(/\/$/, '')}/ws`,
  storage,
);
// Cards are laid out in the bundled face: wait for it (served by the room from the app's files).
await loadTypeface();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ParticipantApp client={client} storage={storage} />
    </I18nextProvider>
  </StrictMode>,
);
