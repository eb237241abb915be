import { Module } from '@nestjs/common';
import { DemoSeeder } from './demo-seeder';

// PasswordHasher and the DataSource come from the global PlatformModule, so nothing is imported.
@Module({ providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
