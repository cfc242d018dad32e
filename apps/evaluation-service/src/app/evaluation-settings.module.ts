import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, NotificationClient, SystemClock, type FileStorage } from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { evidenceMaxBytes } from '../evidence/evidence-policy';
import { EVIDENCE_STORAGE, evidenceStorageFromEnv } from '../evidence/evidence-storage';
import { EVIDENCE_MAX_BYTES } from '../evidence/evidence.service';
import { SURVEY_BASE_URL } from '../f03/f03.service';

export interface EvaluationSettings {
  /** Where "now" comes from; tests pass a ManualClock to move through the phases. */
  clock?: Clock;
  /** Evidence bytes; default SIMPUL_FILES_STORE: local disk under EVIDENCE_DIR (.data/evidence), or evaluation.file_blobs. */
  evidenceStorage?: FileStorage;
  /** Largest evidence file; default EVIDENCE_MAX_BYTES or 10 MB. */
  evidenceMaxBytes?: number;
  /** Public portal address the F-03 links (and their QR codes) point at; default PUBLIC_PORTAL_URL or http://127.0.0.1:4200. */
  surveyBaseUrl?: string;
  /** Where reminders go (the registry's POST /internal/notifications); default the registry at REGISTRY_URL. */
  notifications?: NotificationClient;
}

/**
 * What the app is started with (the clock, where evidence goes, its size limit, the portal address
 * of F-03 links, where reminders are sent), given once to every feature module.
 */
@Global()
@Module({})
export class EvaluationSettingsModule {
  static forRoot(settings: EvaluationSettings): DynamicModule {
    const providers = [
      { provide: Clock, useValue: settings.clock ?? new SystemClock() },
      {
        provide: EVIDENCE_STORAGE,
        useFactory: (db: DataSource) => settings.evidenceStorage ?? evidenceStorageFromEnv(db),
        inject: [DataSource],
      },
      { provide: EVIDENCE_MAX_BYTES, useValue: settings.evidenceMaxBytes ?? evidenceMaxBytes() },
      { provide: SURVEY_BASE_URL, useValue: settings.surveyBaseUrl ?? process.env.PUBLIC_PORTAL_URL ?? 'http://127.0.0.1:4200' },
      { provide: NotificationClient, useValue: settings.notifications ?? new NotificationClient() },
    ];
    return { module: EvaluationSettingsModule, providers, exports: providers.map((provider) => provider.provide) };
  }
}
