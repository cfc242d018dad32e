import { useEffect, useState } from 'react';

/** Where a printed document stands with the registry: its code once recorded. */
export type DocumentIssue =
  { status: 'pending' } | { status: 'issued'; code: string } | { status: 'signed-out' } | { status: 'unavailable' };

/** What the printing page tells the registry (the `issueDocument` input): the figures exactly as printed. */
export interface DocumentToIssue {
  kind: 'PEKPPP_RAPOR' | 'SKM_REPORT' | 'MPP_REPORT_CARD' | 'OMBUDSMAN_SUMMARY';
  subjectId: string;
  title: string;
  figures: { label: string; value: string }[];
  sourcePath?: string | null;
}

/**
 * Registers the document once per distinct content (the registry also returns the same code for the
 * same person, subject and figures, so a reload does not pile up records) and gives its code. The
 * app passes its own mutation, so this hook stays free of any app's generated operation types.
 */
export function useDocumentIssue(
  issue: (document: DocumentToIssue) => Promise<string | null>,
  document: DocumentToIssue | null,
  signedIn: boolean,
): DocumentIssue {
  const key = document && signedIn ? JSON.stringify(document) : null;
  const [state, setState] = useState<{ key: string | null; issue: DocumentIssue }>({ key: null, issue: { status: 'pending' } });
  useEffect(() => {
    if (!key || !document) return;
    let live = true;
    issue(document).then(
      (code) => live && setState({ key, issue: code ? { status: 'issued', code } : { status: 'unavailable' } }),
      () => live && setState({ key, issue: { status: 'unavailable' } }),
    );
    return () => {
      live = false;
    };
    // The key is the document's content: a new object with the same figures must not issue again.
  }, [key]);
  if (!signedIn) return { status: 'signed-out' };
  if (!document || state.key !== key) return { status: 'pending' };
  return state.issue;
}
