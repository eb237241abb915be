import { AwardResolver, CallAwardFieldResolver } from '../../award/award.resolver';
import {
  CallReviewerResolver,
  CallReviewResolver,
  ReviewAssignmentResolver,
} from '../../review/review.resolver';
import {
  ApplicationInvitationResolver,
  ApplicationPartnerResolver,
  ApplicationResolver,
  SuggestedPartnerResolver,
} from '../../application/application.resolver';
import { AccountResolver } from '../../account/account.resolver';
import { AuditResolver } from '../../audit/audit.resolver';
import {
  CapabilityResolver,
  OrganizationCapabilitiesResolver,
} from '../../capability/capability.resolver';
import {
  ClusterMembershipResolver,
  ClusterResolver,
  OrganizationClustersResolver,
} from '../../cluster/cluster.resolver';
import {
  ClusterPartnershipResolver,
  ClusterPartnershipsResolver,
  CrossClusterCollaborationResolver,
} from '../../cluster/cluster-partnership.resolver';
import {
  NdaAcceptanceResolver,
  NeedResolver,
  OrganizationNeedsResolver,
} from '../../need/need.resolver';
import {
  InvitationResolver,
  MembershipResolver,
  OrganizationResolver,
} from '../../organization/organization.resolver';
import { SavedSearchResolver } from '../../search/saved-search.resolver';
import { SearchResolver } from '../../search/search.resolver';
import { ViewerResolver } from '../../viewer/viewer.resolver';
import { MatchResolver } from '../../match/match.resolver';
import { MatchLiveResolver } from '../../match/match-live.resolver';
import { EmailOutboxResolver } from '../../email/email-outbox.resolver';
import { NotificationResolver } from '../../notification/notification.resolver';
import { InterestResolver } from '../../interest/interest.resolver';
import { InterestLiveResolver } from '../../interest/interest-live.resolver';
import { InterestHomeResolver } from '../../interest/interest-home.resolver';
import { InterestBookmarkResolver } from '../../interest/interest-bookmark.resolver';
import { BookmarkResolver } from '../../match/bookmark.resolver';
import { HomeMatchResolver, HomeResolver } from '../../home/home.resolver';
import {
  CollaborationResolver,
  OrganizationCollaborationsResolver,
} from '../../collaboration/collaboration.resolver';
import { ConversationResolver } from '../../conversation/conversation.resolver';
import { ConversationHomeResolver } from '../../conversation/conversation-home.resolver';
import { ImportResolver } from '../../import/import.resolver';
import {
  CallFunderResolver,
  CallResolver,
  PartnershipJointCallsResolver,
} from '../../call/call.resolver';

/** Every resolver class, for printing the schema without starting the app. */
export const RESOLVERS = [
  AccountResolver,
  ViewerResolver,
  OrganizationResolver,
  MembershipResolver,
  InvitationResolver,
  ClusterResolver,
  ClusterMembershipResolver,
  OrganizationClustersResolver,
  ClusterPartnershipResolver,
  ClusterPartnershipsResolver,
  CrossClusterCollaborationResolver,
  AuditResolver,
  NeedResolver,
  NdaAcceptanceResolver,
  OrganizationNeedsResolver,
  CapabilityResolver,
  OrganizationCapabilitiesResolver,
  SearchResolver,
  SavedSearchResolver,
  MatchResolver,
  MatchLiveResolver,
  EmailOutboxResolver,
  NotificationResolver,
  InterestResolver,
  InterestLiveResolver,
  CollaborationResolver,
  OrganizationCollaborationsResolver,
  BookmarkResolver,
  HomeResolver,
  HomeMatchResolver,
  ConversationResolver,
  ConversationHomeResolver,
  InterestHomeResolver,
  InterestBookmarkResolver,
  CallResolver,
  CallFunderResolver,
  ImportResolver,
  PartnershipJointCallsResolver,
  ApplicationResolver,
  ApplicationPartnerResolver,
  SuggestedPartnerResolver,
  ApplicationInvitationResolver,
  CallReviewerResolver,
  CallReviewResolver,
  ReviewAssignmentResolver,
  AwardResolver,
  CallAwardFieldResolver,
];
