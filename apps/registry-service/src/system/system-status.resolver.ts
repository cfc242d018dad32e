import { Query, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { SystemStatus } from './system-status.model';
import { SystemStatusService } from './system-status.service';

@Resolver(() => SystemStatus)
export class SystemStatusResolver {
  constructor(private readonly system: SystemStatusService) {}

  @Access('public')
  @Query(() => SystemStatus, { description: 'Publik: apakah data contoh dimuat (spanduk "Data contoh" di setiap halaman portal)' })
  systemStatus(): Promise<SystemStatus> {
    return this.system.status();
  }
}
