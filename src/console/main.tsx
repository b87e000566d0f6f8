import './app.css';
import { render } from 'preact';
import { App } from './app.js';

render(<App />, document.getElementById('app')!);

// Installable app: the worker caches the shell for flaky phone connections, never the API.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/console/sw.js', { scope: '/console/' }).catch(() => {
      // Without a worker the console still works online; nothing to tell the person.
    });
  });
}
