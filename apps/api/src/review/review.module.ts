import { Module } from '@nestjs/common';
import { CallModule } from '../call/call.module';
import { NotificationModule } from '../notification/notification.module';
import { ReviewAccess } from './review-access';
import { ReviewAssignmentService } from './review-assignment.service';
import { ReviewConflictService } from './review-conflict.service';
import { ReviewPoolService } from './review-pool.service';
import { ReviewProgressService } from './review-progress.service';
import { ReviewRepository } from './review.repository';
import {
  CallReviewerResolver,
  CallReviewResolver,
  ReviewAssignmentResolver,
} from './review.resolver';
import { ReviewService } from './review.service';

@Module({
  imports: [CallModule, NotificationModule],
  providers: [
    ReviewRepository,
    ReviewAccess,
    ReviewPoolService,
    ReviewConflictService,
    ReviewAssignmentService,
    ReviewProgressService,
    ReviewService,
    CallReviewerResolver,
    CallReviewResolver,
    ReviewAssignmentResolver,
  ],
  exports: [ReviewRepository, ReviewConflictService],
})
export class ReviewModule {}
