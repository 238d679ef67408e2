import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App, prepareApp } from './app/start-app';
import { registerServiceWorkerWhenIdle } from './platform/service-worker';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

registerServiceWorkerWhenIdle();

void prepareApp().then(() => {
  const root = createRoot(container);
  // Rendered in this task rather than one React's scheduler queues: the input is there sooner.
  flushSync(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});
