import { Injectable } from '@nestjs/common';
import type { Identity } from '@simpul/contracts';
import type { Task } from '@simpul/service-kit';

/** The caller's open PEKPPP work, for "Tugas saya". */
@Injectable()
export class EvaluationTasks {
  async for(_caller: Identity): Promise<Task[]> {
    return [];
  }
}
