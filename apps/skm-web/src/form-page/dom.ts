// The few lines of DOM building the QR page needs instead of a framework: it must be usable on a
// cheap phone before anything else of the portal has loaded.

type Child = Node | string | null | undefined | false;
type Attribute = string | number | boolean | null | undefined | ((event: Event) => void);

/** An element with attributes (`on…` are listeners; `value`/`checked` are set as properties, after the children). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, Attribute> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) element.append(child);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'value' || name === 'checked') Object.assign(element, { [name]: value });
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  return element;
}
