import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { useNotifications } from './features/notifications/slice';
import { useSettings } from './features/settings/slice';
import './app/styles.css';

// The locale first, so the first paint is already in the person's language.
void useSettings
  .getState()
  .start()
  .then((notices) => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    notices.forEach((text) => useNotifications.getState().notify('warning', text));
  });
