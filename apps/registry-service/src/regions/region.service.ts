import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput } from '@simpul/service-kit';
import { Region } from './region.entity';
import { RegionLevel } from './region-level.enum';

@Injectable()
export class RegionService {
  constructor(private readonly dataSource: DataSource) {}

  provinces(): Promise<Region[]> {
    return this.dataSource.getRepository(Region).find({ where: { level: RegionLevel.PROVINCE }, order: { code: 'ASC' } });
  }

  async regencies(provinceCode: string): Promise<Region[]> {
    const repository = this.dataSource.getRepository(Region);
    const province = await repository.findOneBy({ code: provinceCode.trim(), level: RegionLevel.PROVINCE });
    if (!province) {
      throw badUserInput(
        'provinceCode',
        `There is no province with code "${provinceCode}".`,
        `Tidak ada provinsi dengan kode "${provinceCode}".`,
      );
    }
    return repository.find({ where: { parentCode: province.code }, order: { code: 'ASC' } });
  }

  region(code: string): Promise<Region | null> {
    return this.dataSource.getRepository(Region).findOneBy({ code: code.trim() });
  }
}
