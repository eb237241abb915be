import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { AccountEmailService } from './account-email.service';
import { AccountLinkRepository } from './account-link.repository';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { UserRepository } from './user.repository';

@Module({
  imports: [EmailModule],
  providers: [
    UserRepository,
    AccountService,
    AccountEmailService,
    AccountLinkRepository,
    AccountResolver,
  ],
  exports: [UserRepository, AccountService],
})
export class AccountModule {}
