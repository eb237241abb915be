import { registerEnumType } from '@nestjs/graphql';
import { LISTING_KINDS } from '@spillover/domain';
import { enumOf } from '../platform/graphql/enum-of';

/** The GraphQL ListingKind, registered once for every feature that names a listing's kind. */
export const ListingKindEnum = enumOf(LISTING_KINDS);
registerEnumType(ListingKindEnum, {
  name: 'ListingKind',
  description: 'A technology need or a capability.',
});
