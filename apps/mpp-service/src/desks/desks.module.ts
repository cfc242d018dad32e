import { forwardRef, Module } from '@nestjs/common';
import { MallsModule } from '../malls/malls.module';
import { TenanciesModule } from '../tenancies/tenancies.module';
import { DeskAssignmentResolver } from './desk-assignment.resolver';
import { DeskResolver } from './desk.resolver';
import { DeskService } from './desk.service';

/** A mall's desks and which tenant serves at each on which weekday. */
@Module({
  imports: [forwardRef(() => MallsModule), forwardRef(() => TenanciesModule)],
  providers: [DeskService, DeskResolver, DeskAssignmentResolver],
  exports: [DeskService],
})
export class DesksModule {}
