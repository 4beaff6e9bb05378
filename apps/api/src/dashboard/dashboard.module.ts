import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';
import { UpwardOutcomesService } from './upward-outcomes.service';

/** The programme dashboard: targets counted as the plan means them, recorded indicators, upward recommendations and outcomes. */
@Module({
  imports: [AuditModule],
  controllers: [DashboardController],
  providers: [DashboardRepository, DashboardService, UpwardOutcomesService],
})
export class DashboardModule {}
