import { Module } from '@nestjs/common';
import { MatchModule } from '../match/match.module';
import { HomeRepository } from './home.repository';
import { HomeMatchResolver, HomeResolver } from './home.resolver';
import { HomeService } from './home.service';

/** The home page's summary; other features add parts with resolvers on HomeSummaryObject. */
@Module({
  imports: [MatchModule],
  providers: [HomeRepository, HomeService, HomeResolver, HomeMatchResolver],
})
export class HomeModule {}
