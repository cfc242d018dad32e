import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { Clock, type Task } from '@simpul/service-kit';
import { REGISTRY_CLIENT, type RegistryClient } from '../registry/registry-client';
import { agreementTask, endingAgreements } from './agreement-tasks';
import { blockedServices, blockedServiceTask } from './blocked-service-tasks';
import type { TaskQuery } from './mpp-task';
import { onboardingTask, waitingTenancies } from './onboarding-tasks';
import { registryNames } from './registry-names';

/**
 * The caller's open MPP work, for "Tugas saya". Only the mall's operator has MPP work: tenancies
 * waiting on a step, PKS ending within 60 days, services blocked from going live. The national admin
 * approves nothing in MPP (a mall's status is recorded, not requested), a desk reads its tenancies;
 * desks without a survey are the SKM service's tasks (it knows the surveys; see the README).
 */
@Injectable()
export class MppTasks {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(REGISTRY_CLIENT) private readonly registry: RegistryClient,
  ) {}

  async for(caller: Identity, requestId: string = randomUUID()): Promise<Task[]> {
    if (caller.role !== 'MPP_OPERATOR' || !caller.mallId) return [];
    const now = this.clock.now();
    const query: TaskQuery = { db: this.db, today: this.clock.today(), now };
    const [waiting, ending, blocked] = await Promise.all([
      waitingTenancies(query, caller.mallId),
      endingAgreements(query, caller.mallId),
      blockedServices(query, caller.mallId),
    ]);
    const names = await registryNames(
      this.registry,
      { caller, requestId },
      [...waiting, ...ending, ...blocked].map((row) => row.agencyId),
      blocked.map((row) => row.serviceId),
    );
    return [
      ...waiting.map((tenancy) => onboardingTask(query, tenancy, names)),
      ...ending.map((agreement) => agreementTask(query, agreement, names)),
      ...blocked.map((service) => blockedServiceTask(query, service, names)),
    ];
  }
}
