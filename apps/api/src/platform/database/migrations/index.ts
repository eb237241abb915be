import { Foundation1795562199273 } from './1795562199273-Foundation';
import { NeedsAndCapabilities1795564855261 } from './1795564855261-NeedsAndCapabilities';
import { SearchDocuments1795566076097 } from './1795566076097-SearchDocuments';
import { SearchSyncLocksOwner1795570715548 } from './1795570715548-SearchSyncLocksOwner';
import { Matching1795571181841 } from './1795571181841-Matching';
import { KoreanSpellings1795580536411 } from './1795580536411-KoreanSpellings';
import { SearchDocumentAreas1795580896026 } from './1795580896026-SearchDocumentAreas';
import { SearchFacetSets1796551874507 } from './1796551874507-SearchFacetSets';
import { SearchPublicIndexes1796553841000 } from './1796553841000-SearchPublicIndexes';
import { AuditCounterpartOrganization1796600000000 } from './1796600000000-AuditCounterpartOrganization';
import { MatchWordCounts1796612000000 } from './1796612000000-MatchWordCounts';
import { JobOutbox1796700000000 } from './1796700000000-JobOutbox';
import { EmailOutbox1796700000001 } from './1796700000001-EmailOutbox';
import { AccountLinks1796700000002 } from './1796700000002-AccountLinks';
import { Notifications1796800000000 } from './1796800000000-Notifications';
import { Interests1797000000000 } from './1797000000000-Interests';
import { CollaborationLifecycle1797100000020 } from './1797100000020-CollaborationLifecycle';
import { ListingMatchFoundAt1797100000021 } from './1797100000021-ListingMatchFoundAt';
import { Conversations1797200000001 } from './1797200000001-Conversations';
import { ClusterPartnerships1797400000010 } from './1797400000010-ClusterPartnerships';
import { CallsAndFunders1797500000000 } from './1797500000000-CallsAndFunders';
import { BulkImport1797600000010 } from './1797600000010-BulkImport';
import { Applications1797700000000 } from './1797700000000-Applications';
import { PartnershipWithdrawn1798000000001 } from './1798000000001-PartnershipWithdrawn';
import { ReviewPool1798100000000 } from './1798100000000-ReviewPool';
import { AwardAndRedress1798200000000 } from './1798200000000-AwardAndRedress';
import { ListingMatchDeleteTriggers1799000000100 } from './1799000000100-ListingMatchDeleteTriggers';
import { ReviewerCandidateSearch1799000000300 } from './1799000000300-ReviewerCandidateSearch';
import { MatchSweep1799200000100 } from './1799200000100-MatchSweep';
import { MatchRules1799300000100 } from './1799300000100-MatchRules';

/** Every migration, oldest first. `migration:generate` writes new ones; add them here. */
export const MIGRATIONS = [
  Foundation1795562199273,
  NeedsAndCapabilities1795564855261,
  SearchDocuments1795566076097,
  SearchSyncLocksOwner1795570715548,
  Matching1795571181841,
  KoreanSpellings1795580536411,
  SearchDocumentAreas1795580896026,
  SearchFacetSets1796551874507,
  SearchPublicIndexes1796553841000,
  AuditCounterpartOrganization1796600000000,
  MatchWordCounts1796612000000,
  JobOutbox1796700000000,
  EmailOutbox1796700000001,
  AccountLinks1796700000002,
  Notifications1796800000000,
  Interests1797000000000,
  CollaborationLifecycle1797100000020,
  ListingMatchFoundAt1797100000021,
  Conversations1797200000001,
  ClusterPartnerships1797400000010,
  CallsAndFunders1797500000000,
  BulkImport1797600000010,
  Applications1797700000000,
  PartnershipWithdrawn1798000000001,
  ReviewPool1798100000000,
  AwardAndRedress1798200000000,
  ListingMatchDeleteTriggers1799000000100,
  ReviewerCandidateSearch1799000000300,
  MatchSweep1799200000100,
  MatchRules1799300000100,
];
