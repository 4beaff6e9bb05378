import { Global, Module } from '@nestjs/common';
import { JobScheduler } from './job-scheduler';

/**
 * The scheduler of background jobs, global so that any module can inject `JobScheduler` and register its jobs in its
 * own `onModuleInit`.
 */
@Global()
@Module({
  providers: [JobScheduler],
  exports: [JobScheduler],
})
export class JobsModule {}
