import { Module } from '@nestjs/common';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { UserRepository } from './user.repository';

@Module({
  providers: [UserRepository, AccountService, AccountResolver],
  exports: [UserRepository, AccountService],
})
export class AccountModule {}
