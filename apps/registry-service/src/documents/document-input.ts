import { createHash } from 'node:crypto';
import { badUserInput, requireText, requireUuid } from '@simpul/service-kit';
import type { DocumentKind } from './document-kind.enum';
import type { IssueDocumentInput } from './issued-document.model';

export const MAX_TITLE_LENGTH = 300;
export const MAX_FIGURES = 30;
export const MAX_FIGURE_TEXT_LENGTH = 200;
export const MAX_SOURCE_PATH_LENGTH = 500;

export interface ValidDocumentInput {
  kind: DocumentKind;
  subjectId: string;
  title: string;
  figures: { label: string; value: string }[];
  sourcePath: string | null;
  /** Same person, kind, subject and this hash: the same document, the same code. */
  contentHash: string;
}

/** A path on the portal's own origin ("/evaluasi/…"), never another site or a script. */
function checkSourcePath(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (!text.startsWith('/') || text.startsWith('//') || text.length > MAX_SOURCE_PATH_LENGTH || /[\s\\]/.test(text)) {
    throw badUserInput(
      'sourcePath',
      'The source page must be a path on the portal, starting with "/".',
      'Halaman sumber harus berupa alamat di portal yang dimulai dengan "/".',
    );
  }
  return text;
}

/** Every field checked and trimmed; the figures keep their printed order. */
export function validateDocumentInput(input: IssueDocumentInput): ValidDocumentInput {
  const subjectId = requireUuid(input.subjectId, 'subjectId');
  const title = requireText(input.title, 'title', 'Give the document’s title.', 'Isi judul dokumen.', { maxLength: MAX_TITLE_LENGTH });
  const given = input.figures ?? [];
  if (given.length === 0 || given.length > MAX_FIGURES) {
    throw badUserInput(
      'figures',
      `Give between 1 and ${MAX_FIGURES} key figures as printed.`,
      `Isi 1 sampai ${MAX_FIGURES} angka kunci seperti tercetak.`,
    );
  }
  const figures = given.map((figure, index) => ({
    label: requireText(figure.label, `figures.${index}.label`, 'Give the figure’s label.', 'Isi label angka.', {
      maxLength: MAX_FIGURE_TEXT_LENGTH,
    }),
    value: requireText(figure.value, `figures.${index}.value`, 'Give the figure’s value.', 'Isi nilai angka.', {
      maxLength: MAX_FIGURE_TEXT_LENGTH,
    }),
  }));
  const sourcePath = checkSourcePath(input.sourcePath);
  const contentHash = createHash('sha256').update(JSON.stringify({ title, figures, sourcePath })).digest('hex');
  return { kind: input.kind, subjectId, title, figures, sourcePath, contentHash };
}
