import { gql } from '@simpul/web-kit';
import type { UpdateMallMutation, UpdateMallMutationVariables } from '../__generated__/operations';

/** The mall's name and address as its operator (or an admin) corrects them; the other fields are left as they are. */
export const UPDATE_MALL = gql<UpdateMallMutation, UpdateMallMutationVariables>`
  mutation UpdateMall($id: ID!, $input: UpdateMallInput!) {
    updateMall(id: $id, input: $input) {
      id
      name
      address
    }
  }
`;
