import { NotificationModule } from '../notification/notification.module';
import { StrongMatchNotifier } from './strong-match-notifier';
import { Module } from '@nestjs/common';
import { CapabilityModule } from '../capability/capability.module';
import { NeedModule } from '../need/need.module';
import { MatchEngine } from './match-engine';
import { MatchLive } from './match-live';
import { MatchLiveResolver } from './match-live.resolver';
import { MatchRefreshJob } from './match-refresh.job';
import { MatchRepository } from './match.repository';
import { MatchResolver } from './match.resolver';
import { MatchService } from './match.service';

@Module({
  imports: [NeedModule, CapabilityModule, NotificationModule],
  providers: [
    StrongMatchNotifier,
    MatchRepository,
    MatchEngine,
    MatchRefreshJob,
    MatchService,
    MatchResolver,
    MatchLive,
    MatchLiveResolver,
  ],
  exports: [MatchEngine, MatchRefreshJob, MatchRepository, MatchService],
})
export class MatchModule {}
