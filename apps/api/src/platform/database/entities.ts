import { ApplicationEntity } from '../../application/application.entity';
import { AwardGrantEntity } from '../../award/award-grant.entity';
import { RedressRequestEntity } from '../../award/redress-request.entity';
import { ApplicationPartnerEntity } from '../../application/application-partner.entity';
import { UserEntity } from '../../account/user.entity';
import { CallFunderEntity } from '../../call/call-funder.entity';
import { CallEntity } from '../../call/call.entity';
import { CallReviewerEntity } from '../../review/call-reviewer.entity';
import { ReviewAssignmentEntity } from '../../review/review-assignment.entity';
import { ReviewEntity } from '../../review/review.entity';
import { ImportRunEntity } from '../../import/import-run.entity';
import { CapabilityInvitedOrganizationEntity } from '../../capability/capability-invited-organization.entity';
import { CapabilityEntity } from '../../capability/capability.entity';
import { NdaAcceptanceEntity } from '../../need/nda-acceptance.entity';
import { NeedInvitedOrganizationEntity } from '../../need/need-invited-organization.entity';
import { TechnologyNeedEntity } from '../../need/need.entity';
import { SavedSearchEntity } from '../../search/saved-search.entity';
import { SearchDocumentAreaEntity } from '../../search/search-document-area.entity';
import { SearchDocumentEntity } from '../../search/search-document.entity';
import { SearchFacetSetEntity } from '../../search/search-facet-set.entity';
import { SearchWordEntity } from '../../search/search-word.entity';
import { ClusterManagerEntity } from '../../cluster/cluster-manager.entity';
import { ClusterMembershipEntity } from '../../cluster/cluster-membership.entity';
import { ClusterPartnershipEntity } from '../../cluster/cluster-partnership.entity';
import { ClusterEntity } from '../../cluster/cluster.entity';
import { InvitationEntity } from '../../organization/invitation.entity';
import { MembershipEntity } from '../../organization/membership.entity';
import { OrganizationEntity } from '../../organization/organization.entity';
import { ApiTokenEntity } from '../auth/api-token.entity';
import { SessionEntity } from '../auth/session.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { CollaborationEntity } from '../../collaboration/collaboration.entity';
import { ListingMatchEntity } from '../../match/listing-match.entity';
import { MatchDismissalTallyEntity } from '../../match/match-dismissal-tally.entity';
import { MatchFeedbackEntity } from '../../match/match-feedback.entity';
import { MatchRefreshRequestEntity } from '../../match/match-refresh-request.entity';
import { MatchRulesEntity } from '../../match/match-rules.entity';
import { MatchSweepEntity } from '../../match/match-sweep.entity';
import { MatchWordCountEntity } from '../../match/match-word-count.entity';
import { InterestCapabilityEntity } from '../../interest/interest-capability.entity';
import { InterestEntity } from '../../interest/interest.entity';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  ApiTokenEntity,
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
  ClusterEntity,
  ClusterManagerEntity,
  ClusterMembershipEntity,
  ClusterPartnershipEntity,
  AuditEventEntity,
  TechnologyNeedEntity,
  NeedInvitedOrganizationEntity,
  NdaAcceptanceEntity,
  CapabilityEntity,
  CapabilityInvitedOrganizationEntity,
  SavedSearchEntity,
  SearchDocumentEntity,
  SearchDocumentAreaEntity,
  SearchFacetSetEntity,
  SearchWordEntity,
  CollaborationEntity,
  ListingMatchEntity,
  MatchFeedbackEntity,
  MatchDismissalTallyEntity,
  MatchRefreshRequestEntity,
  MatchRulesEntity,
  MatchSweepEntity,
  MatchWordCountEntity,
  InterestEntity,
  InterestCapabilityEntity,
  CallEntity,
  CallFunderEntity,
  ImportRunEntity,
  ApplicationEntity,
  ApplicationPartnerEntity,
  CallReviewerEntity,
  ReviewAssignmentEntity,
  ReviewEntity,
  AwardGrantEntity,
  RedressRequestEntity,
];
