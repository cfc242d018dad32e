// jsdom has no fetch `Request`, and a data router (createMemoryRouter, createBrowserRouter) builds one
// per navigation. Node's own Request refuses jsdom's AbortSignal, so this keeps what react-router
// reads (no loader or action in Simpul's routes reads more). Added to the setupFiles of projects
// that render a data router; a test environment that has Request keeps its own.
class NavigationRequest {
  constructor(url, init = {}) {
    this.url = String(url);
    this.method = init.method ?? 'GET';
    this.signal = init.signal;
  }
}

globalThis.Request ??= NavigationRequest;
