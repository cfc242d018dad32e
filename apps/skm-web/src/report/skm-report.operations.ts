import { type DocumentToIssue } from '@simpul/ui';
import { gql, PAGE_INFO, useMutation } from '@simpul/web-kit';
import { useCallback } from 'react';
import type {
  IssueDocumentMutation,
  IssueDocumentMutationVariables,
  SkmReportQuery,
  SkmReportQueryVariables,
} from '../__generated__/operations';

export type SkmReportData = NonNullable<SkmReportQuery['skmSurvey']>;

const PROFILE = `${PAGE_INFO} edges { cursor node { bucket respondents } }`;

/**
 * Everything the PermenPANRB 14/2017 report needs in one request: the unit (or MPP desk) with its
 * agency and region, the period, IKM with its band, each element, the sample, the respondent profile
 * per dimension and the follow-up plan.
 */
export const SKM_REPORT = gql<SkmReportQuery, SkmReportQueryVariables>`
  query SkmReport($id: ID!) {
    skmSurvey(id: $id) {
      id title serviceUnitId mallId deskId periodKind year number periodLabel startsOn endsOn
      serviceUnit { id name agency { id name } region { code name } }
      desk { id number label mall { id name regency { code name } } }
      result {
        surveyId origin source
        ikm { value interval respondents category { code label labelEn } }
        elements { code name weight answered nrr value categoryCode weak }
        sample { expectedUsers required respondents adequate shortBy percent }
        exclusions { excluded }
        sex: breakdown(dimension: SEX, first: 20) { ${PROFILE} }
        age: breakdown(dimension: AGE_BAND, first: 20) { ${PROFILE} }
        education: breakdown(dimension: EDUCATION, first: 20) { ${PROFILE} }
        occupation: breakdown(dimension: OCCUPATION, first: 20) { ${PROFILE} }
      }
      followUps(first: 50) { ${PAGE_INFO} edges { cursor node { id elementCode elementName action owner dueOn status outcome } } }
    }
  }
`;

/** Registers a printed document with the registry; its code goes under the QR. */
export const ISSUE_DOCUMENT = gql<IssueDocumentMutation, IssueDocumentMutationVariables>`
  mutation IssueDocument($input: IssueDocumentInput!) {
    issueDocument(input: $input) {
      code
      issuedAt
    }
  }
`;

/** The issuing function `useDocumentIssue` takes: the code, or null when the registry refused. */
export function useIssueDocument(): (document: DocumentToIssue) => Promise<string | null> {
  const [issue] = useMutation(ISSUE_DOCUMENT);
  return useCallback(async (document) => (await issue({ input: document })).data?.issueDocument.code ?? null, [issue]);
}
