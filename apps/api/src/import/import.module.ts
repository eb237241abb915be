import { Module } from '@nestjs/common';
import { ImportController } from './import.controller';
import { ImportJob } from './import.job';
import { ImportRepository } from './import.repository';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

@Module({
  controllers: [ImportController],
  providers: [ImportRepository, ImportService, ImportResolver, ImportJob],
})
export class ImportModule {}
