import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { PRINT_ONLY_QUERY } from '../../shared/routes';
import { App } from './App';
import './styles.css';

const render = (app: ReactNode) => createRoot(document.getElementById('root') as HTMLElement).render(<StrictMode>{app}</StrictMode>);

// The PDF printers' window loads its own chunk (the print documents and charts); the app's first screen does not.
if (new URLSearchParams(window.location.search).has(PRINT_ONLY_QUERY)) void import('./print/PrintOnlyApp').then(({ PrintOnlyApp }) => render(<PrintOnlyApp />));
else render(<App />);
