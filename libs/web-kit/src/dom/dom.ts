// The few lines of DOM building the pages that must show before anything of the portal has loaded
// (the signed-out front door, the QR SKM form) use instead of a framework.

type Child = Node | string | null | undefined | false;
type Attribute = string | number | boolean | null | undefined | ((event: Event) => void);

/** An HTML element with children and attributes (`on…` are listeners; `value`/`checked` are set as properties, after the children). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, Attribute> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, children);
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element, the same way. */
export function svg(tag: string, attributes: Record<string, Attribute> = {}, ...children: (Child | Child[])[]): SVGElement {
  return fill(document.createElementNS(SVG, tag), attributes, children);
}

function fill<E extends Element>(element: E, attributes: Record<string, Attribute>, children: (Child | Child[])[]): E {
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) element.append(child);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'checked' || name === 'value') Object.assign(element, { [name]: value });
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  return element;
}
