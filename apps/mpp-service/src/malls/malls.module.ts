import { forwardRef, Module } from '@nestjs/common';
import { DesksModule } from '../desks/desks.module';
import { FilesModule } from '../files/files.module';
import { TenanciesModule } from '../tenancies/tenancies.module';
import { MallResolver } from './mall.resolver';
import { MallService } from './mall.service';

/** Malls, their status, opening hours and documents. A mall lists its desks and tenancies, which in turn belong to a mall. */
@Module({
  imports: [FilesModule, forwardRef(() => TenanciesModule), forwardRef(() => DesksModule)],
  providers: [MallService, MallResolver],
  exports: [MallService],
})
export class MallsModule {}
