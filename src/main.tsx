import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prepareApp } from './app/start-app';
import { registerServiceWorkerWhenIdle } from './platform/service-worker';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

registerServiceWorkerWhenIdle();

void prepareApp().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
