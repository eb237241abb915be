import { Module } from '@nestjs/common';
import { MatchModule } from '../match/match.module';
import { ImportController } from './import.controller';
import { ImportJob } from './import.job';
import { ImportRepository } from './import.repository';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';
import { ImportValidator } from './import-validator';

@Module({
  imports: [MatchModule],
  controllers: [ImportController],
  providers: [ImportRepository, ImportValidator, ImportService, ImportResolver, ImportJob],
})
export class ImportModule {}
