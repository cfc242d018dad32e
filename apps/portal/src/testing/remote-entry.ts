// What a browser does with a remoteEntry.js script tag, for jsdom (which runs no scripts it would
// have to fetch): the entry assigns its container to its global and the tag fires `load`, or the
// fetch fails and it fires `error`. Containers come from the bundler, so a test gives one of its own.

/** The share scope the bundler would fill with the portal's React, router, Mantine and web-kit. */
export const pageShareScope = { react: { '19.0.0': {} } };

/** Makes `__webpack_init_sharing__` and `__webpack_share_scopes__` exist as they do in the built portal. */
export function provideBundlerSharing(): jest.Mock {
  const initSharing = jest.fn(async (_scope: string) => undefined);
  Object.assign(globalThis, { __webpack_init_sharing__: initSharing, __webpack_share_scopes__: { default: pageShareScope } });
  return initSharing;
}

/** A container exposing `modules` (name → exports), recording the share scope it was given. */
export function fakeContainer(modules: Record<string, unknown>) {
  return {
    init: jest.fn((_scope: unknown) => undefined),
    get: jest.fn(async (module: string) => {
      if (!(module in modules)) throw new Error(`Module ${module} does not exist in container.`);
      return () => modules[module];
    }),
  };
}

/** The remote entry scripts in the page. */
export const entryScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[data-container]')];

/** The entry script of `global` ran: it assigned `container` (or nothing) and fired `load`. */
export function runEntry(script: HTMLScriptElement, global: string, container: unknown) {
  Object.assign(globalThis, { [global]: container });
  script.dispatchEvent(new Event('load'));
}

/** The entry could not be fetched (or the browser refused it for its integrity). */
export function failEntry(script: HTMLScriptElement) {
  script.dispatchEvent(new Event('error'));
}
