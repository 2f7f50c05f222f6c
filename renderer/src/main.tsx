import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { bridge } from './app/bridge';
import { createServices } from './app/services';
import { ServicesContext } from './app/ServicesContext';

// The CSP forbids eval, which zod's JIT would use.
z.config({ jitless: true });

const root = createRoot(document.getElementById('root')!);
try {
  const services = createServices(bridge());
  root.render(
    <StrictMode>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </StrictMode>,
  );
} catch (err) {
  root.render(
    <p role="alert" className="fatal">
      {(err as Error).message}
    </p>,
  );
}
