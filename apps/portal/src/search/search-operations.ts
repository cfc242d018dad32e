import { gql } from '@simpul/web-kit';
import type { SiteSearchQuery, SiteSearchQueryVariables } from '../__generated__/operations';

/** Public: the cross-module search, best first, with how many hits of each kind there are. */
export const SITE_SEARCH = gql<SiteSearchQuery, SiteSearchQueryVariables>`
  query SiteSearch($text: String!, $first: Int, $after: String, $kinds: [SearchHitKind!]) {
    search(text: $text, first: $first, after: $after, kinds: $kinds) {
      totalCount
      correctedText
      facets {
        kind
        count
      }
      edges {
        cursor
        node {
          kind
          id
          title
          subtitle
          url
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
