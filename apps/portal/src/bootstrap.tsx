import '@mantine/core/styles.css';
import './styles.css';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

const root = document.getElementById('root');
// In a transition the first render yields to the browser every few milliseconds instead of running as
// one task (issue #17: long tasks on a mid-range phone).
if (root) {
  const reactRoot = createRoot(root);
  startTransition(() => reactRoot.render(<App />));
}
