import './participant.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { createI18n } from '../i18n/i18n';
import { ParticipantApp } from './ParticipantApp';
import { connectRoom } from './roomClient';

// The page's CSP forbids eval, which zod's JIT would use.
z.config({ jitless: true });

const i18n = createI18n();
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (l) => (document.documentElement.lang = l));
// The room's socket sits under the page's own address: /room/<token>/ws.
const client = connectRoom(`${location.origin.replace(/^http/, 'ws')}${location.pathname.replace(/\/$/, '')}/ws`);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ParticipantApp client={client} />
    </I18nextProvider>
  </StrictMode>,
);
