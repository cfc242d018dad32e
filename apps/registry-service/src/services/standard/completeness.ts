import { STANDARD_COMPONENTS, StandardComponent, type StoredStandard } from './standard-component';

export interface ComponentValue {
  component: StandardComponent;
  delivery: boolean;
  content: string | null;
  published: boolean;
}

export interface Completeness {
  complete: boolean;
  missing: StandardComponent[];
  unpublished: StandardComponent[];
  deliveryReady: boolean;
  filled: number;
  total: number;
}

function filled(content: string | null | undefined): content is string {
  return typeof content === 'string' && content.trim() !== '';
}

/** Always 14 entries in legal order; only filled delivery components count as published. */
export function standardValues(stored: StoredStandard): ComponentValue[] {
  return STANDARD_COMPONENTS.map(({ component, delivery }) => {
    const value = stored[component];
    const content = filled(value?.content) ? value.content : null;
    return { component, delivery, content, published: Boolean(delivery && content && value?.published) };
  });
}

/**
 * Missing: components without content. Unpublished: delivery components with content that are
 * not published. Complete: nothing missing and nothing unpublished (indicator 1.a.Ak needs all 14;
 * 3.a.T needs the delivery components published).
 */
export function completenessOf(stored: StoredStandard): Completeness {
  const values = standardValues(stored);
  const missing = values.filter((value) => !value.content).map((value) => value.component);
  const unpublished = values.filter((value) => value.delivery && value.content && !value.published).map((value) => value.component);
  const deliveryReady = values.filter((value) => value.delivery).every((value) => value.content && value.published);
  return {
    complete: missing.length === 0 && unpublished.length === 0,
    missing,
    unpublished,
    deliveryReady,
    filled: values.length - missing.length,
    total: values.length,
  };
}
