import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { DemoSeeder } from './demo-seeder';

// PasswordHasher and the DataSource come from the global PlatformModule; the outbox's
// examples go through the real mailer.
@Module({ imports: [EmailModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
