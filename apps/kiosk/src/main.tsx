import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles.css';

// A long press must not open the browser's menu on a touch screen.
document.addEventListener('contextmenu', (e) => e.preventDefault());
window.__kioskBoot ??= `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
