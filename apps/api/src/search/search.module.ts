import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { SavedSearchAlertJob } from './saved-search-alert.job';
import { SavedSearchRepository } from './saved-search.repository';
import { SavedSearchResolver } from './saved-search.resolver';
import { SavedSearchService } from './saved-search.service';
import { SearchRepository } from './search.repository';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [NotificationModule],
  providers: [
    SearchRepository,
    SearchService,
    SearchResolver,
    SavedSearchRepository,
    SavedSearchService,
    SavedSearchResolver,
    SavedSearchAlertJob,
  ],
  exports: [SearchService, SavedSearchService],
})
export class SearchModule {}
