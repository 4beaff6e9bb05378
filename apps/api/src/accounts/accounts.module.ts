import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { AuthController } from '../auth/auth.controller';
import { AuthGuard } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import { RateLimiter } from '../auth/rate-limiter';
import { SessionRepository } from '../auth/session.repository';
import { SessionService } from '../auth/session.service';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { AccountsRepository } from './accounts.repository';
import { ColleaguesController } from './colleagues.controller';
import { ColleaguesService } from './colleagues.service';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

/** Accounts, sessions and the policy gate (AuthGuard, applied to every route). */
@Module({
  imports: [AuditModule],
  controllers: [AuthController, ColleaguesController, StaffController],
  providers: [
    AccountsRepository,
    SessionRepository,
    SessionService,
    RateLimiter,
    SignInThrottle,
    AuthService,
    ColleaguesService,
    StaffService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountsRepository, SessionService],
})
export class AccountsModule {}
