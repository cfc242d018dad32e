// What Mantine expects from a browser and jsdom does not provide, and the waits every web project's
// tests share. Web projects' Jest configs load this.
// The DOM library, not the React one: importing @testing-library/react here, before Jest's hooks
// exist, would skip its automatic cleanup after each test.
import { configure } from '@testing-library/dom';

// findBy… waits for the fake network and React: on a CI machine shared with other work a render can
// take many seconds, and the 1 s default would measure the machine instead of the page. A wait that
// succeeds returns as soon as the page is there; the bound only ends a wait for what never comes.
configure({ asyncUtilTimeout: 60_000 });

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}
// jsdom has no layout, so no scrolling; components still call it.
if (!('scrollIntoView' in window.HTMLElement.prototype)) Object.assign(window.HTMLElement.prototype, { scrollIntoView() {} });
