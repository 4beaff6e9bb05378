import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PurgeJob } from './purge.job';

/** Housekeeping jobs that belong to no feature: the purge of expired sign-in records. */
@Module({
  imports: [AuditModule],
  providers: [PurgeJob],
  exports: [PurgeJob],
})
export class MaintenanceModule {}
