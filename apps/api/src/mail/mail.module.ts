import { Global, Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox';

/** The mail outbox, global so that any change (a status move, a reminder) can queue its mail in its transaction. */
@Global()
@Module({
  providers: [MailOutbox],
  exports: [MailOutbox],
})
export class MailModule {}
