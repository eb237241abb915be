import { Module } from '@nestjs/common';
import { AuditEventRepository } from './audit-event.repository';
import { AuditAccess } from './audit-access';
import { AuditExportController } from './audit-export.controller';
import { AuditResolver } from './audit.resolver';

@Module({
  providers: [AuditEventRepository, AuditAccess, AuditResolver],
  controllers: [AuditExportController],
})
export class AuditModule {}
