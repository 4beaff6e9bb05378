import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountsModule } from './accounts/accounts.module';
import { ApplicationsModule } from './applications/applications.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { CallsModule } from './calls/calls.module';
import { AuditModule } from './audit/audit.module';
import { MailPort } from './auth/mail.port';
import { CalendarModule } from './calendar/calendar.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { DocumentsModule } from './documents/documents.module';
import { ReviewModule } from './review/review.module';
import { PublicationModule } from './publication/publication.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { VerificationModule } from './verification/verification.module';
import { Clock } from './common/clock';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { EndpointValidationInterceptor } from './common/http/endpoint-validation.interceptor';
import { JsonLogger } from './common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { RemindersModule } from './reminders/reminders.module';
import { ObjectStorage } from './storage/object-storage';

export interface AppDependencies {
  config: AppConfig;
  dataSource: DataSource;
  storage: ObjectStorage;
  logger: JsonLogger;
  clock: Clock;
  mail: MailPort;
}

/** Infrastructure opened before Nest starts (so start-up failures are reported in one line) is provided here. */
@Global()
@Module({})
class InfrastructureModule {
  static register(deps: AppDependencies): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: deps.config },
        { provide: ObjectStorage, useValue: deps.storage },
        { provide: JsonLogger, useValue: deps.logger },
        { provide: Clock, useValue: deps.clock },
        { provide: MailPort, useValue: deps.mail },
      ],
      exports: [APP_CONFIG, ObjectStorage, JsonLogger, Clock, MailPort],
    };
  }
}

@Module({})
export class AppModule {
  static register(deps: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.register(deps),
        TypeOrmModule.forRootAsync({ useFactory: () => deps.dataSource.options, dataSourceFactory: async () => deps.dataSource }),
        DiscoveryModule,
        JobsModule,
        MailModule,
        MaintenanceModule,
        RemindersModule,
        HealthModule,
        CatalogueModule,
        AuditModule,
        AccountsModule,
        CallsModule,
        ApplicationsModule,
        AttachmentsModule,
        DocumentsModule,
        ReviewModule,
        PublicationModule,
        DashboardModule,
        VerificationModule,
        CalendarModule,
      ],
      providers: [
        { provide: APP_FILTER, useFactory: (logger: JsonLogger) => new AllExceptionsFilter(logger), inject: [JsonLogger] },
        { provide: APP_INTERCEPTOR, useClass: EndpointValidationInterceptor },
      ],
    };
  }
}
