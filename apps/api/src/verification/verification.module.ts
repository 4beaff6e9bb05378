import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ApplicationsModule } from '../applications/applications.module';
import { AuditModule } from '../audit/audit.module';
import { SessionRepository } from '../auth/session.repository';
import { DemoVerificationSeed } from './demo-verification.seed';
import { DisputesController } from './disputes.controller';
import { DisputesService } from './disputes.service';
import { VerificationCleanupJob } from './verification-cleanup.job';
import { VerificationController } from './verification.controller';
import { VerificationRepository } from './verification.repository';
import { VerificationService } from './verification.service';

/** 企业认证 (issue #12): the enterprise's 营业执照 and 授权书, the officers' queue and decisions; USCC disputes. */
@Module({
  imports: [AuditModule, AccountsModule, ApplicationsModule],
  controllers: [VerificationController, DisputesController],
  providers: [VerificationRepository, VerificationService, DemoVerificationSeed, DisputesService, SessionRepository, VerificationCleanupJob],
  exports: [VerificationRepository],
})
export class VerificationModule {}
