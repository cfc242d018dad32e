import { SimpulError } from '@simpul/service-kit';
import { STANDARD_COMPONENTS, type ErrorExtensions } from '@simpul/contracts';
import type { StandardComponent } from '../federation/standard-component.enum';

const LABELS = new Map(STANDARD_COMPONENTS.map((definition) => [definition.component, definition.label]));

/**
 * Components by their names ("Biaya/tarif"), never their codes, in text a person reads (this error
 * and the blocked-service task).
 */
export function componentNames(components: readonly StandardComponent[], language: 'id' | 'en'): string {
  return components.map((component) => LABELS.get(component)?.[language] ?? component).join(', ');
}

export interface NotReadyService {
  serviceId: string;
  name: string;
  missing: StandardComponent[];
  unpublished: StandardComponent[];
}

function describe(service: NotReadyService, missingWord: string, unpublishedWord: string, language: 'id' | 'en'): string {
  const parts = [
    ...(service.missing.length ? [`${missingWord} ${componentNames(service.missing, language)}`] : []),
    ...(service.unpublished.length ? [`${unpublishedWord} ${componentNames(service.unpublished, language)}`] : []),
  ];
  return `${service.name} (${parts.join('; ')})`;
}

/**
 * Services whose Standar Pelayanan lacks delivery components cannot go live; the error says which
 * components each one misses, in the message and as `extensions.notReady` for the UI.
 */
export class ServicesNotReadyError extends SimpulError {
  constructor(
    readonly notReady: NotReadyService[],
    field = 'tenancyId',
  ) {
    super(
      'BAD_USER_INPUT',
      {
        en: `Complete the Standar Pelayanan first: ${notReady.map((service) => describe(service, 'missing', 'not published', 'en')).join('; ')}.`,
        id: `Lengkapi Standar Pelayanan terlebih dahulu: ${notReady.map((service) => describe(service, 'belum diisi', 'belum dipublikasikan', 'id')).join('; ')}.`,
      },
      field,
    );
  }

  override get extensions(): ErrorExtensions & { notReady: NotReadyService[] } {
    return { ...super.extensions, notReady: this.notReady };
  }
}
