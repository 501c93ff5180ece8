import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// one import registers all four elements (guarded, so a second copy would be harmless)
import 'send-insight';
import { App } from './App.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
