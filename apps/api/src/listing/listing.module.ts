import { Module } from '@nestjs/common';
import { CapabilityModule } from '../capability/capability.module';
import { NeedModule } from '../need/need.module';
import { ListingAccess } from './listing-access';

/**
 * The listing core: what technology needs and capabilities share, so features that answer
 * either (interests) are written once.
 *
 * In the core (apps/api/src/listing/, packages/domain/src/listing/):
 * - ListingKind 'NEED' | 'CAPABILITY', ListingRef {kind, id}, isOpenForAnswers (domain);
 * - ListingAccess.visible(actor, ref): a ListingView of a listing the actor may see, else NOT_FOUND;
 * - ListingStore: the shared SQL (visible/locked loads, the organization's page, save, delete,
 *   invited organizations of a PRIVATE listing), which NeedRepository/CapabilityRepository extend;
 * - ListingLifecycle: get, ofOrganization, createDraft, patch (audience check + invitations),
 *   transition (ORG_ADMIN, row lock, audit), deleteDraft, which NeedService/CapabilityService extend.
 * Per kind (need/, capability/): entities and tables, draft values and patch rules, the state
 * machines (need: OPEN/CLOSED/EXPIRED with close reasons and expiry; capability: PUBLISHED/ARCHIVED),
 * the NDA and confidential details (needs), capability kinds, GraphQL objects and resolvers.
 * Visibility itself is the policy's (Policy.listingVisibility) and common/visibility.ts's.
 */
@Module({
  imports: [NeedModule, CapabilityModule],
  providers: [ListingAccess],
  exports: [ListingAccess],
})
export class ListingModule {}
