import {
  Module,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';
import { AccountModule } from './account/account.module';
import { AuditModule } from './audit/audit.module';
import { ClusterModule } from './cluster/cluster.module';
import { ConversationModule } from './conversation/conversation.module';
import { DemoModule } from './demo/demo.module';
import { ImportBodyMiddleware } from './import/import-body';
import { ImportModule } from './import/import.module';
import { EmailModule } from './email/email.module';
import { NeedModule } from './need/need.module';
import { ApplicationModule } from './application/application.module';
import { ReviewModule } from './review/review.module';
import { AwardModule } from './award/award.module';
import { CallModule } from './call/call.module';
import { NotificationModule } from './notification/notification.module';
import { CapabilityModule } from './capability/capability.module';
import { CollaborationModule } from './collaboration/collaboration.module';
import { HomeModule } from './home/home.module';
import { ListingModule } from './listing/listing.module';
import { MatchModule } from './match/match.module';
import { InterestModule } from './interest/interest.module';
import { OrganizationModule } from './organization/organization.module';
import { AuthMiddleware } from './platform/auth/auth.middleware';
import { GraphqlBodyMiddleware } from './platform/graphql/graphql-body';
import type { Config } from './platform/config/config';
import { PlatformModule } from './platform/platform.module';
import { SearchModule } from './search/search.module';
import { ViewerModule } from './viewer/viewer.module';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: Config, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, databaseUrl),
        EmailModule,
        AccountModule,
        OrganizationModule,
        ClusterModule,
        ViewerModule,
        AuditModule,
        NeedModule,
        CapabilityModule,
        CallModule,
        ApplicationModule,
        ReviewModule,
        AwardModule,
        ListingModule,
        SearchModule,
        MatchModule,
        CollaborationModule,
        HomeModule,
        InterestModule,
        NotificationModule,
        ConversationModule,
        DemoModule,
        ImportModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GraphqlBodyMiddleware, AuthMiddleware).forRoutes('graphql');
    consumer
      .apply(AuthMiddleware)
      .forRoutes('exports/audit-events.csv', 'exports/award.csv', 'exports/award.xlsx');
    // Uploads are raw bytes (CSV or XLSX) up to the import's limit; the same session and CSRF checks as /graphql.
    consumer
      .apply(ImportBodyMiddleware, AuthMiddleware)
      .forRoutes(
        { path: 'imports', method: RequestMethod.POST },
        'imports/template.xlsx',
        'imports/export.csv',
      );
  }
}
