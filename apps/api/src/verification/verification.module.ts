import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ApplicationsModule } from '../applications/applications.module';
import { AuditModule } from '../audit/audit.module';
import { DemoVerificationSeed } from './demo-verification.seed';
import { VerificationController } from './verification.controller';
import { VerificationRepository } from './verification.repository';
import { VerificationService } from './verification.service';

/** 企业认证 (issue #12): the enterprise's 营业执照 and 授权书, the officers' queue and decisions. */
@Module({
  imports: [AuditModule, AccountsModule, ApplicationsModule],
  controllers: [VerificationController],
  providers: [VerificationRepository, VerificationService, DemoVerificationSeed],
  exports: [VerificationRepository],
})
export class VerificationModule {}
