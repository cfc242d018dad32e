import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, conflict, notFound, badUserInput, one, wibDate } from '@simpul/service-kit';
import { MALL_DIRECTORY, type DeskServices, type MallDirectory } from '../malls/mall-directory';
import { linkUrl, newLinkToken } from '../surveys/link.service';
import { SurveyService } from '../surveys/survey.service';
import type { SkmQueueKey } from './queue-key.model';
import type { TicketServed } from './ticket-input';
import { qrSvg } from './ticket-qr';

/** The answer to "ticket served": the one-time link, its QR and what it is attributed to. */
export interface TicketInvitation {
  ticket: string;
  servedOn: string;
  url: string;
  /** The last day the link is accepted: the survey period's end. */
  validUntil: string;
  desk: { id: string; number: number; label: string | null };
  serviceId: string;
  survey: { id: string; title: string };
  qr: { svg: string };
  /** true when this ticket had already been answered with this link (a resent call). */
  replayed: boolean;
}

interface IssuedTicket {
  token: string;
  deskId: string;
  serviceId: string;
  surveyId: string;
  title: string;
  endsOn: string;
}

const ISSUED = `SELECT t.token, t.desk_id AS "deskId", t.service_id AS "serviceId", s.id AS "surveyId", s.title, s.ends_on::text AS "endsOn"
  FROM skm.queue_tickets t JOIN skm.survey_tokens k ON k.token = t.token JOIN skm.surveys s ON s.id = k.survey_id
  WHERE t.mall_id = $1 AND t.served_on = $2 AND t.ticket = $3`;

/** Thrown inside the transaction when another call stored the same ticket first: roll back, answer theirs. */
class TicketTaken extends Error {}

/**
 * Turns a served ticket into a one-time survey link (skm.survey_tokens, spent by the public form as
 * any one-time link) for the desk's running survey, carrying the service. A ticket is one per mall
 * and WIB day: a resent call gets the same link back; the same ticket at another desk or service is
 * a CONFLICT.
 */
@Injectable()
export class TicketService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly surveys: SurveyService,
    @Inject(MALL_DIRECTORY) private readonly malls: MallDirectory,
  ) {}

  async served(key: SkmQueueKey, input: TicketServed): Promise<TicketInvitation> {
    const servedOn = wibDate(this.clock.now());
    const earlier = await one<IssuedTicket>(this.db, ISSUED, [key.mallId, servedOn, input.ticket]);
    const desks = await this.malls.deskServices(key.mallId);
    if (desks === null)
      throw conflict(
        'This mall is not active, so it takes no survey invitations.',
        'MPP ini belum/tidak aktif, sehingga tidak menerima undangan survei.',
        'x-simpul-queue-key',
      );
    const desk = this.deskOf(desks, input);
    if (earlier) return this.replay(earlier, input, desk, servedOn);
    const service = desk.services.find((s) => s.serviceId === input.serviceId);
    if (!service)
      throw badUserInput(
        'serviceId',
        `This service is not offered at desk ${desk.number}.`,
        `Layanan ini tidak diberikan di gerai ${desk.number}.`,
      );
    const survey = await one<{ id: string; title: string; endsOn: string }>(
      this.db,
      // The narrowest running period (a quarter before a year) is the most specific result to count in.
      `SELECT id, title, ends_on::text AS "endsOn" FROM skm.surveys
        WHERE desk_id = $1 AND starts_on <= $2 AND ends_on >= $2 AND (service_unit_id IS NULL OR service_unit_id = $3)
        ORDER BY ends_on - starts_on, created_at DESC LIMIT 1`,
      [desk.id, servedOn, service.serviceUnitId],
    );
    if (!survey)
      throw conflict(
        `No SKM survey runs today for desk ${desk.number}; the mall operator sets one up first.`,
        `Belum ada survei SKM yang berjalan hari ini untuk gerai ${desk.number}; operator MPP perlu menyiapkannya dahulu.`,
        input.desk && 'number' in input.desk ? 'deskNumber' : 'deskId',
      );
    const token = newLinkToken();
    try {
      await this.db.transaction((manager) => this.store(manager, key, input, desk.id, survey.id, token, servedOn));
    } catch (error) {
      if (!(error instanceof TicketTaken)) throw error;
      const theirs = await one<IssuedTicket>(this.db, ISSUED, [key.mallId, servedOn, input.ticket]);
      if (!theirs) throw error;
      return this.replay(theirs, input, desk, servedOn);
    }
    return this.invitation(input.ticket, servedOn, token, desk, input.serviceId, survey, false);
  }

  private deskOf(desks: DeskServices[], input: TicketServed): DeskServices {
    const desk = desks.find((d) => ('number' in input.desk ? d.number === input.desk.number : d.id === input.desk.id));
    if (!desk)
      throw notFound(
        'This mall has no such desk.',
        'MPP ini tidak memiliki gerai tersebut.',
        'number' in input.desk ? 'deskNumber' : 'deskId',
      );
    return desk;
  }

  private async store(
    manager: EntityManager,
    key: SkmQueueKey,
    input: TicketServed,
    deskId: string,
    surveyId: string,
    token: string,
    servedOn: string,
  ): Promise<void> {
    const now = this.clock.now();
    await manager.query(`INSERT INTO skm.survey_tokens (token, survey_id, created_at, service_id) VALUES ($1, $2, $3, $4)`, [
      token,
      surveyId,
      now,
      input.serviceId,
    ]);
    const inserted = await one<{ token: string }>(
      manager,
      `INSERT INTO skm.queue_tickets (mall_id, served_on, ticket, desk_id, service_id, key_id, token, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (mall_id, served_on, ticket) DO NOTHING RETURNING token`,
      [key.mallId, servedOn, input.ticket, deskId, input.serviceId, key.id, token, now],
    );
    // A racing resend stored the ticket first: this link must not exist.
    if (!inserted) throw new TicketTaken();
  }

  private replay(earlier: IssuedTicket, input: TicketServed, desk: DeskServices, servedOn: string): TicketInvitation {
    if (earlier.deskId !== desk.id || earlier.serviceId !== input.serviceId)
      throw conflict(
        `Ticket ${input.ticket} was already served today at another desk or for another service.`,
        `Tiket ${input.ticket} hari ini sudah tercatat dilayani di gerai atau layanan lain.`,
        'ticket',
      );
    return this.invitation(
      input.ticket,
      servedOn,
      earlier.token,
      desk,
      earlier.serviceId,
      { id: earlier.surveyId, title: earlier.title, endsOn: earlier.endsOn },
      true,
    );
  }

  private invitation(
    ticket: string,
    servedOn: string,
    token: string,
    desk: DeskServices,
    serviceId: string,
    survey: { id: string; title: string; endsOn: string },
    replayed: boolean,
  ): TicketInvitation {
    const url = linkUrl(this.surveys, token);
    return {
      ticket,
      servedOn,
      url,
      validUntil: survey.endsOn,
      desk: { id: desk.id, number: desk.number, label: desk.label },
      serviceId,
      survey: { id: survey.id, title: survey.title },
      qr: { svg: qrSvg(url) },
      replayed,
    };
  }
}
