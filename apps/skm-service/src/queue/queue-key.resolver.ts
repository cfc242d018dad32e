import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller } from '@simpul/service-kit';
import { SkmQueueKey, SkmQueueKeyCreated } from './queue-key.model';
import { QueueKeyService } from './queue-key.service';

@Resolver(() => SkmQueueKey)
export class QueueKeyResolver {
  constructor(private readonly keys: QueueKeyService) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Query(() => [SkmQueueKey], { description: 'Kunci sistem antrean sebuah MPP, terbaru dahulu (operator MPP itu dan admin nasional)' })
  skmQueueKeys(@Args('mallId', { type: () => ID }) mallId: string, @CurrentCaller() caller: Caller): Promise<SkmQueueKey[]> {
    return this.keys.list(mallId, caller);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => SkmQueueKeyCreated, { description: 'Buat kunci sistem antrean; rahasianya hanya dikembalikan sekali ini' })
  createSkmQueueKey(
    @Args('mallId', { type: () => ID }) mallId: string,
    @Args('name') name: string,
    @CurrentCaller() caller: Caller,
  ): Promise<SkmQueueKeyCreated> {
    return this.keys.create(mallId, name, caller);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => SkmQueueKey, { description: 'Cabut kunci sistem antrean; panggilan berikutnya dengan kunci ini ditolak' })
  revokeSkmQueueKey(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<SkmQueueKey> {
    return this.keys.revoke(id, caller);
  }
}
