// The QR page's entry: the public questionnaire without the portal (tools/build/rspack-skm-form.mjs).
import './form-page.css';
import { mountFormPage, portalFormUrl } from './form-page';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const portal = portalFormUrl(window.location.pathname, storage());
if (portal) window.location.replace(portal);
const main = portal ? null : document.getElementById('main');
const languageButton = document.getElementById('skm-language');
const brand = document.getElementById('skm-brand');
if (main && languageButton instanceof HTMLButtonElement && brand)
  mountFormPage({ main, languageButton, brand, pathname: window.location.pathname, fetch: window.fetch.bind(window), storage: storage() });
