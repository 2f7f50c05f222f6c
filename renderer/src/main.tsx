import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createI18n } from './i18n/i18n';
import { applyTheme, savedTheme } from './ui/theme';
import { loadTypeface } from './ui/typeface';
import { bridge } from './ipc/bridge';
import { createServices } from './app/services';
import { ServicesContext } from './services/ServicesContext';

// The CSP forbids eval, which zod's JIT would use.
z.config({ jitless: true });

const root = createRoot(document.getElementById('root')!);
// The first layout is measured with the bundled face, so the window waits for it (local files).
await loadTypeface();
try {
  const i18n = createI18n();
  const services = createServices(bridge(), i18n);
  applyTheme(savedTheme(), false);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={services}>
          <App />
        </ServicesContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
} catch (err) {
  root.render(
    <p role="alert" className="fatal">
      {(err as Error).message}
    </p>,
  );
}
