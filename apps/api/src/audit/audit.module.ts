import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CheckpointSigner, resolveCheckpointKey } from './audit-checkpoint';
import { AuditCheckpointService } from './audit-checkpoint.service';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { RefusalAuditMiddleware, RefusalAuditor } from './refusal-audit';

@Module({
  imports: [DiscoveryModule],
  controllers: [AuditController],
  providers: [
    AuditRepository,
    AuditService,
    AuditCheckpointService,
    RefusalAuditor,
    RefusalAuditMiddleware,
    { provide: CheckpointSigner, useFactory: (config: AppConfig) => new CheckpointSigner(resolveCheckpointKey(config)), inject: [APP_CONFIG] },
  ],
  exports: [AuditService, AuditCheckpointService],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RefusalAuditMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
