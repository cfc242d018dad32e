// The front door's own page's entry: the signed-out home without the portal (tools/build/rspack-front-door.mjs).
import './front-page.css';
import { mountFrontPage } from './front-page';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

mountFrontPage({ page: document, fetch: window.fetch.bind(window), storage: storage() });
