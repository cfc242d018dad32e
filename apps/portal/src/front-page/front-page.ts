import { h, storedLanguage, storeLanguage, type Language } from '@simpul/web-kit';
import { nationalMap, type Indicator } from './national-map';
import { ikmPanel, ippPanel, kippPanel, mppPanel, ombudsmanPanel } from './panels';
import { ALL_LOADING, fetchFigure, QUERIES, type FigureKey, type Figures } from './public-figures';
import { loadEnglish, wordsFor, type Words } from './words';

/** What anyone may open without an account, each with where it is (as the portal's front door listed it). */
export const OPEN = [
  { key: 'open.units', to: '/registry' },
  { key: 'open.ipp', to: '/evaluasi' },
  { key: 'open.ikm', to: '/skm/hasil' },
  { key: 'open.kipp', to: '/kipp' },
  { key: 'open.mpp', to: '/mpp/malls' },
  { key: 'open.ombudsman', to: '/evaluasi/ombudsman' },
  { key: 'open.data', to: '/data' },
] as const;

export interface FrontPageOptions {
  /** The page's parts the static HTML already drew (index.html), filled in here. */
  page: Document;
  fetch: typeof fetch;
  storage: Storage | null;
  /** Loads the English catalogue (a chunk of its own); given in tests. */
  english?: () => Promise<Record<string, string>>;
}

interface State {
  language: Language;
  english: Record<string, string> | null;
  figures: Figures;
  indicator: Indicator;
  cohort: string;
}

/**
 * The signed-out front door without the portal: the header's words, what anyone can see, then the
 * province map and one panel per figure, each asked for once from the portal's public GraphQL
 * queries. Each part is drawn into its slot of index.html, whose space is reserved so nothing moves.
 */
export function mountFrontPage({ page, fetch: fetcher, storage, english = loadEnglish }: FrontPageOptions): { ready: Promise<void> } {
  const state: State = { language: storedLanguage(storage), english: null, figures: { ...ALL_LOADING }, indicator: 'IPP', cohort: '' };
  const slot = (id: string) => page.getElementById(id);
  let words: Words = wordsFor('id', null);

  const keepFocus = (draw: () => void) => {
    const focused = page.activeElement?.id;
    draw();
    if (focused) page.getElementById(focused)?.focus();
  };
  // A redraw keeps the tables a person opened open (their rows are built again on the toggle).
  const replace = (id: string, element: HTMLElement) => {
    const current = slot(id);
    if (!current) return;
    const open = [...current.querySelectorAll('details[open]')].map((details) => details.id);
    element.id = id;
    current.replaceWith(element);
    for (const details of element.querySelectorAll('details')) if (open.includes(details.id)) details.open = true;
  };

  const drawHeader = () => {
    const { t } = words;
    page.documentElement.lang = words.language;
    const set = (id: string, text: string) => {
      const element = slot(id);
      if (element) element.textContent = text;
    };
    set('fd-skip', t('page.skip'));
    set('fd-tagline', t('page.tagline'));
    set('fd-sign-in', t('page.signIn'));
    set('fd-search-label', t('page.searchLabel'));
    set('fd-search-submit', t('page.search'));
    set('fd-title', t('page.title'));
    set('fd-intro', t('page.intro'));
    set('fd-open-title', t('open.title'));
    set('fd-national-title', t('national.title'));
    set('fd-national-intro', t('national.intro'));
    const switcher = slot('fd-language');
    if (switcher) {
      switcher.textContent = t('page.language');
      switcher.setAttribute('lang', words.language === 'en' ? 'id' : 'en');
      switcher.setAttribute('aria-label', t('page.languageName'));
    }
    replace(
      'fd-open-list',
      h(
        'ul',
        { class: 'fd-open' },
        OPEN.map((item) => h('li', {}, h('a', { href: item.to }, t(item.key)))),
      ),
    );
  };
  const drawMap = () =>
    keepFocus(() =>
      replace(
        'fd-map',
        nationalMap(words, state.figures, state.indicator, (indicator) => {
          state.indicator = indicator;
          drawMap();
        }),
      ),
    );
  /** Each panel by the figure it shows; the map's IKM layer has a query of its own and no panel. */
  const PANELS: Partial<Record<FigureKey, () => void>> = {
    ipp: () =>
      replace(
        'fd-ipp',
        ippPanel(words, state.figures, retry, state.cohort, (cohort) => {
          state.cohort = cohort;
          drawPanel('ipp');
        }),
      ),
    ikm: () => replace('fd-ikm', ikmPanel(words, state.figures, retry)),
    mpp: () => replace('fd-mpp', mppPanel(words, state.figures, retry)),
    kipp: () => replace('fd-kipp', kippPanel(words, state.figures, retry)),
    ombudsman: () => replace('fd-ombudsman', ombudsmanPanel(words, state.figures, retry)),
  };
  /** What the map draws from, per indicator (the Ombudsman layer's table also reads the zones). */
  const MAP_SOURCE: Record<Indicator, FigureKey> = { IPP: 'ipp', IKM: 'ikmMap', MPP: 'mpp', OMBUDSMAN: 'ombudsman' };
  const drawPanel = (key: FigureKey) => keepFocus(() => PANELS[key]?.());
  const drawAll = () => {
    words = wordsFor(state.language, state.english);
    drawHeader();
    drawMap();
    for (const key of Object.keys(PANELS) as FigureKey[]) drawPanel(key);
  };

  // A figure that arrives redraws its own panel, and the map only when it shows that figure: the
  // main thread does not redraw six times what one answer changed.
  const load = (key: FigureKey) =>
    fetchFigure(fetcher, key, state.language).then((figure) => {
      state.figures = { ...state.figures, [key]: figure };
      drawPanel(key);
      if (MAP_SOURCE[state.indicator] === key) drawMap();
    });
  function retry(key: FigureKey) {
    state.figures = { ...state.figures, [key]: { kind: 'loading' } };
    drawPanel(key);
    void load(key);
  }

  const showLanguage = async (language: Language) => {
    if (language === 'en' && !state.english) state.english = await english().catch(() => null);
    state.language = language;
    keepFocus(drawAll);
  };
  slot('fd-language')?.addEventListener('click', () => {
    const next = state.language === 'en' ? 'id' : 'en';
    storeLanguage(storage, next);
    void showLanguage(next);
  });

  drawAll();
  const languageReady = state.language === 'en' ? showLanguage('en') : Promise.resolve();
  const figuresReady = Promise.all((Object.keys(QUERIES) as FigureKey[]).map(load));
  return { ready: Promise.all([languageReady, figuresReady]).then(() => undefined) };
}
