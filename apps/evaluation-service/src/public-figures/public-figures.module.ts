import { Module } from '@nestjs/common';
import { IppByProvinceService } from './ipp-by-province';
import { IppByProvinceResolver } from './ipp-by-province.resolver';
import { OmbudsmanZonesService } from './ombudsman-zones';
import { OmbudsmanZonesResolver } from './ombudsman-zones.resolver';

/** Small public figures for the portal's signed-out front door (issue #16 §2); published cycles only. */
@Module({ providers: [IppByProvinceService, IppByProvinceResolver, OmbudsmanZonesService, OmbudsmanZonesResolver] })
export class PublicFiguresModule {}
