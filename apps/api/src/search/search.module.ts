import { Module } from '@nestjs/common';
import { SavedSearchRepository } from './saved-search.repository';
import { SavedSearchResolver } from './saved-search.resolver';
import { SavedSearchService } from './saved-search.service';
import { SearchRepository } from './search.repository';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  providers: [
    SearchRepository,
    SearchService,
    SearchResolver,
    SavedSearchRepository,
    SavedSearchService,
    SavedSearchResolver,
  ],
  exports: [SearchService, SavedSearchService],
})
export class SearchModule {}
