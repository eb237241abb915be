import { Module } from '@nestjs/common';
import { AuditEventRepository } from './audit-event.repository';
import { AuditResolver } from './audit.resolver';

@Module({ providers: [AuditEventRepository, AuditResolver] })
export class AuditModule {}
