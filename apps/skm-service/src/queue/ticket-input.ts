import { badUserInput, isUuid } from '@simpul/service-kit';

/** What a queue system sends when a ticket has been served. */
export interface TicketServed {
  ticket: string;
  /** The desk by its number in the mall (what queue systems are configured with) or by its id. */
  desk: { number: number } | { id: string };
  serviceId: string;
}

// Queue numbers look like "A-017", "B 12", "PAS/0031": letters, digits and a few separators.
const TICKET = /^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,39}$/;

/** Reads the JSON body; every refusal names its field, in both languages. */
export function readTicketServed(body: unknown): TicketServed {
  const raw = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const ticket = typeof raw.ticket === 'string' ? raw.ticket.trim() : '';
  if (!TICKET.test(ticket))
    throw badUserInput(
      'ticket',
      'ticket is the queue number, 1–40 letters, digits, spaces or . / _ -.',
      'ticket berisi nomor antrean, 1–40 huruf, angka, spasi atau . / _ -.',
    );
  let desk: TicketServed['desk'];
  if (raw.deskNumber !== undefined && raw.deskNumber !== null) {
    if (typeof raw.deskNumber !== 'number' || !Number.isInteger(raw.deskNumber) || raw.deskNumber < 1)
      throw badUserInput(
        'deskNumber',
        'deskNumber is the desk number, a whole number from 1.',
        'deskNumber adalah nomor gerai, bilangan bulat mulai 1.',
      );
    desk = { number: raw.deskNumber };
  } else if (typeof raw.deskId === 'string' && isUuid(raw.deskId)) {
    desk = { id: raw.deskId.toLowerCase() };
  } else {
    throw badUserInput('deskNumber', 'Name the desk by deskNumber (or deskId).', 'Sebutkan gerai dengan deskNumber (atau deskId).');
  }
  if (typeof raw.serviceId !== 'string' || !isUuid(raw.serviceId))
    throw badUserInput('serviceId', 'serviceId is the id of the service delivered.', 'serviceId adalah ID layanan yang diberikan.');
  return { ticket, desk, serviceId: raw.serviceId.toLowerCase() };
}
