import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity, Role } from '@simpul/contracts';
import { forbidden, one, uniqueViolation } from '@simpul/service-kit';
import { newDocumentCode, normaliseDocumentCode } from './document-code';
import { validateDocumentInput } from './document-input';
import type { DocumentKind } from './document-kind.enum';
import type { DocumentVerification, IssueDocumentInput, IssuedDocument } from './issued-document.model';

interface DocumentRow {
  code: string;
  kind: DocumentKind;
  subjectId: string;
  title: string;
  issuedAt: Date;
  figures: { label: string; value: string }[];
  sourcePath: string | null;
  issuerName: string;
  issuerRole: Role;
}

const COLUMNS = `code, kind, subject_id AS "subjectId", title, issued_at AS "issuedAt", figures, source_path AS "sourcePath",
  issuer_name AS "issuerName", issuer_role AS "issuerRole"`;

/**
 * Who may issue: anyone signed in. The figures reach the printing page only through the owning
 * service's own access check (evaluation for a rapor, SKM for a survey, MPP for a mall, evaluation for
 * the public Ombudsman results), and the registry cannot see those subjects, so it records who issued
 * the document instead of vouching for the figures: the verification page names the issuer and role.
 * The one rule the registry can check itself: an MPP operator issues report cards of their own mall only.
 */
export function checkMayIssue(caller: Identity, kind: DocumentKind, subjectId: string): void {
  if (kind === 'MPP_REPORT_CARD' && caller.role === 'MPP_OPERATOR' && caller.mallId?.toLowerCase() !== subjectId) {
    throw forbidden('An MPP operator prints the report card of their own mall only.', 'Operator MPP hanya mencetak rapor mal sendiri.');
  }
}

/** Printed documents and their public verification. */
@Injectable()
export class DocumentsService {
  constructor(private readonly db: DataSource) {}

  /** The document's code: a new one, or the one already given to this person for the same subject and figures. */
  async issue(caller: Identity, input: IssueDocumentInput): Promise<IssuedDocument> {
    const valid = validateDocumentInput(input);
    checkMayIssue(caller, valid.kind, valid.subjectId);
    // A fresh code collides with probability ~2^-60 per row; one retry is all the unique key ever needs.
    for (let attempt = 0; ; attempt += 1) {
      try {
        const row = await one<DocumentRow>(
          this.db,
          `INSERT INTO registry.issued_documents
             (id, code, kind, subject_id, title, figures, source_path, content_hash, issued_by, issuer_name, issuer_role)
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11)
           ON CONFLICT ON CONSTRAINT issued_documents_content_key DO NOTHING
           RETURNING ${COLUMNS}`,
          [
            randomUUID(),
            newDocumentCode(),
            valid.kind,
            valid.subjectId,
            valid.title,
            JSON.stringify(valid.figures),
            valid.sourcePath,
            valid.contentHash,
            caller.userId,
            caller.displayName,
            caller.role,
          ],
        );
        const issued =
          row ??
          (await one<DocumentRow>(
            this.db,
            `SELECT ${COLUMNS} FROM registry.issued_documents WHERE issued_by = $1 AND kind = $2 AND subject_id = $3 AND content_hash = $4`,
            [caller.userId, valid.kind, valid.subjectId, valid.contentHash],
          ));
        if (!issued) throw new Error('The issued document vanished between insert and read.');
        return { code: issued.code, kind: issued.kind, subjectId: issued.subjectId, title: issued.title, issuedAt: issued.issuedAt };
      } catch (error) {
        if (attempt < 2 && uniqueViolation(error) === 'issued_documents_code_key') continue;
        throw error;
      }
    }
  }

  /** Public: what was recorded for the code, or null when no document has it. Never the issuer's e-mail or id. */
  async verify(code: string): Promise<DocumentVerification | null> {
    const row = await one<DocumentRow>(this.db, `SELECT ${COLUMNS} FROM registry.issued_documents WHERE code = $1`, [
      normaliseDocumentCode(code),
    ]);
    if (!row) return null;
    return {
      code: row.code,
      kind: row.kind,
      subjectId: row.subjectId,
      title: row.title,
      issuedAt: row.issuedAt,
      figures: row.figures,
      sourcePath: row.sourcePath,
      issuer: { name: row.issuerName, role: row.issuerRole },
      // Nothing revokes a document yet; the field is there so a verifier can tell once something does.
      valid: true,
    };
  }
}
