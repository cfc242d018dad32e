import { Injectable } from '@nestjs/common';
import type { Identity } from '@simpul/contracts';
import type { Task } from '@simpul/service-kit';

/** The caller's open KIPP work, for "Tugas saya". */
@Injectable()
export class KippTasks {
  async for(_caller: Identity): Promise<Task[]> {
    return [];
  }
}
