import { h } from '@simpul/web-kit';
import type { Figure } from './public-figures';
import type { FigureOrigin, Words } from './words';

export interface FigureTable {
  caption: string;
  head: string[];
  rows: { key: string; cells: (string | Node)[] }[];
}

export interface Bar {
  key: string;
  label: string;
  value: number;
  display: string;
  colour?: string;
}

/** A figure's origin word, and its source unless it is demo (an official figure names where it was published). */
export function originLine(words: Words, origin: FigureOrigin | undefined | null, source?: string | null): HTMLElement | null {
  if (!origin) return null;
  const shown = origin === 'DEMO' ? null : source;
  return h(
    'p',
    { class: 'fd-origin' },
    h('span', { class: `fd-badge fd-badge-${origin.toLowerCase()}` }, words.t(`origin.${origin}`)),
    // Sources are Indonesian titles (decrees, reports): marked as such on an English page.
    shown ? h('span', words.language === 'en' ? { lang: 'id' } : {}, ` ${words.t('origin.source', { source: shown })}`) : null,
  );
}

/** Horizontal bars, one `role="img"` named by a sentence that sums them up; the values are written beside the bars. */
export function barChart(bars: Bar[], summary: string, max = Math.max(1, ...bars.map((bar) => bar.value))): HTMLElement {
  return h(
    'div',
    { class: 'fd-bars', role: 'img', 'aria-label': summary },
    bars.map((bar) =>
      h(
        'div',
        { class: 'fd-bar', 'aria-hidden': 'true' },
        h('span', { class: 'fd-bar-label' }, bar.label),
        h(
          'span',
          { class: 'fd-bar-track' },
          h('span', {
            class: 'fd-bar-fill',
            style: `width:${Math.max(0, Math.min(100, (bar.value / max) * 100)).toFixed(1)}%${bar.colour ? `;background:${bar.colour}` : ''}`,
          }),
        ),
        h('span', { class: 'fd-bar-value' }, bar.display),
      ),
    ),
  );
}

/**
 * A figure's table behind a native disclosure (keyboard-usable as it is): the accessible form of its
 * chart. Its rows are built when it is first opened, not with every panel: the first screen's main
 * thread only draws what shows.
 */
export function tableDisclosure(words: Words, id: string, title: string, table: () => FigureTable): HTMLDetailsElement {
  const details = h('details', { class: 'fd-details', id }, h('summary', {}, words.t('panel.table', { title })));
  details.addEventListener('toggle', () => {
    if (details.open && !details.querySelector('table')) details.append(tableElement(table()));
  });
  return details;
}

function tableElement(table: FigureTable): HTMLElement {
  return h(
    'div',
    { class: 'fd-scroll' },
    h(
      'table',
      {},
      h('caption', {}, table.caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          table.head.map((cell) => h('th', { scope: 'col' }, cell)),
        ),
      ),
      h(
        'tbody',
        {},
        table.rows.map((row) =>
          h(
            'tr',
            {},
            row.cells.map((cell, index) => (index === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))),
          ),
        ),
      ),
    ),
  );
}

/**
 * One national figure as the portal showed it: title, chart, origin, note, table and links; loading,
 * failure (with "Coba lagi") and "nothing yet" each said in words.
 */
export function figurePanel<T>(
  words: Words,
  options: {
    id: string;
    title: string;
    figure: Figure<T>;
    isEmpty: (data: T) => boolean;
    emptyText: string;
    retry: () => void;
    body: (data: T) => (Node | null)[];
    links: (data: T | null) => { to: string; label: string }[];
  },
): HTMLElement {
  const { figure } = options;
  const data = figure.kind === 'ready' ? figure.data : null;
  const content: (Node | null)[] =
    figure.kind === 'loading'
      ? [h('p', { class: 'fd-loading' }, words.t('panel.loading', { title: options.title }))]
      : figure.kind === 'error'
        ? [
            h(
              'div',
              { class: 'fd-error', role: 'alert' },
              h('p', { class: 'fd-error-title' }, words.t('panel.error', { title: options.title })),
              figure.message ? h('p', {}, figure.message) : null,
              h('button', { type: 'button', onclick: options.retry }, words.t('panel.retry')),
            ),
          ]
        : data === null || options.isEmpty(data)
          ? [h('p', {}, options.emptyText)]
          : options.body(data);
  return h(
    'section',
    { class: 'fd-panel', 'aria-labelledby': `${options.id}-title`, 'aria-busy': figure.kind === 'loading' ? 'true' : null },
    h('h3', { id: `${options.id}-title` }, options.title),
    content,
    options.links(data).map((link) => h('p', {}, h('a', { href: link.to }, link.label))),
  );
}
