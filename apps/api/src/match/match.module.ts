import { NotificationModule } from '../notification/notification.module';
import { StrongMatchNotifier } from './strong-match-notifier';
import { Module } from '@nestjs/common';
import { CapabilityModule } from '../capability/capability.module';
import { NeedModule } from '../need/need.module';
import { MatchEngine } from './match-engine';
import { MatchIndexes } from './match-indexes';
import { MatchLive } from './match-live';
import { MatchLiveResolver } from './match-live.resolver';
import { MatchRefreshJob } from './match-refresh.job';
import { MatchRules } from './match-rules';
import { MatchRulesRepository } from './match-rules.repository';
import { MatchSweep } from './match-sweep';
import { MatchSweepRepository } from './match-sweep.repository';
import { MatchRepository } from './match.repository';
import { MatchResolver } from './match.resolver';
import { MatchService } from './match.service';
import { BookmarkRepository } from './bookmark.repository';
import { BookmarkResolver } from './bookmark.resolver';
import { BookmarkService } from './bookmark.service';

@Module({
  imports: [NeedModule, CapabilityModule, NotificationModule],
  providers: [
    StrongMatchNotifier,
    MatchRepository,
    MatchEngine,
    MatchIndexes,
    MatchRefreshJob,
    MatchRules,
    MatchRulesRepository,
    MatchSweep,
    MatchSweepRepository,
    MatchService,
    MatchResolver,
    MatchLive,
    MatchLiveResolver,
    BookmarkRepository,
    BookmarkService,
    BookmarkResolver,
  ],
  exports: [
    MatchEngine,
    MatchIndexes,
    MatchRefreshJob,
    MatchRepository,
    MatchService,
    // The import module's "Re-match everything" asks through it, as MatchRules does.
    MatchSweepRepository,
  ],
})
export class MatchModule {}
