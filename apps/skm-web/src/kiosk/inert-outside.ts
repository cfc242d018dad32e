import { useEffect, type RefObject } from 'react';

/**
 * While the kiosk overlay shows, everything outside it (the portal's header, menu and links under
 * the overlay) is inert: Tab never reaches it and assistive technology does not read it. Undone
 * when the kiosk leaves the page.
 */
export function useInertOutside(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const changed: Element[] = [];
    for (let node = ref.current; node?.parentElement; node = node.parentElement) {
      for (const sibling of Array.from(node.parentElement.children)) {
        if (sibling === node || sibling.hasAttribute('inert') || sibling.tagName === 'SCRIPT' || sibling.tagName === 'STYLE') continue;
        sibling.setAttribute('inert', '');
        changed.push(sibling);
      }
      if (node.parentElement === document.body) break;
    }
    return () => changed.forEach((element) => element.removeAttribute('inert'));
  }, [ref]);
}
