import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CallsController } from './calls.controller';
import { CallsRepository } from './calls.repository';
import { CallsService } from './calls.service';

@Module({ imports: [AuditModule], controllers: [CallsController], providers: [CallsRepository, CallsService], exports: [CallsService, CallsRepository] })
export class CallsModule {}
