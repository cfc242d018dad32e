import { Module } from '@nestjs/common';
import { DocumentsResolver } from './documents.resolver';
import { DocumentsService } from './documents.service';

/** Printed report cards registered for verification (issue #16 §4). */
@Module({ providers: [DocumentsResolver, DocumentsService] })
export class DocumentsModule {}
