import { SimpulError } from '@simpul/service-kit';
import type { ErrorExtensions } from '@simpul/contracts';
import type { StandardComponent } from '../federation/standard-component.enum';

export interface NotReadyService {
  serviceId: string;
  name: string;
  missing: StandardComponent[];
  unpublished: StandardComponent[];
}

function describe(service: NotReadyService, missingWord: string, unpublishedWord: string): string {
  const parts = [
    ...(service.missing.length ? [`${missingWord} ${service.missing.join(', ')}`] : []),
    ...(service.unpublished.length ? [`${unpublishedWord} ${service.unpublished.join(', ')}`] : []),
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
        en: `Complete the Standar Pelayanan first: ${notReady.map((service) => describe(service, 'missing', 'not published')).join('; ')}.`,
        id: `Lengkapi Standar Pelayanan terlebih dahulu: ${notReady.map((service) => describe(service, 'belum diisi', 'belum dipublikasikan')).join('; ')}.`,
      },
      field,
    );
  }

  override get extensions(): ErrorExtensions & { notReady: NotReadyService[] } {
    return { ...super.extensions, notReady: this.notReady };
  }
}
