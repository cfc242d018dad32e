import { STANDARD_COMPONENTS, type StoredStandard } from './standard-component';

/**
 * A stand-in standard with the given filled and published components (one character of content
 * for a filled one), from the lists a trigger keeps beside each service's standard
 * (registry.services.filled_components, published_components): completenessOf gives for it exactly
 * what it gives for the stored standard. Never shown as the standard itself.
 */
export function standardOutline(filled: readonly string[], published: readonly string[]): StoredStandard {
  const outline: StoredStandard = {};
  for (const { component } of STANDARD_COMPONENTS) {
    const hasContent = filled.includes(component);
    const isPublished = published.includes(component);
    if (hasContent || isPublished) outline[component] = { content: hasContent ? '·' : null, published: isPublished };
  }
  return outline;
}
