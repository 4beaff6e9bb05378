import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Scheduled jobs and outboxes (issue #12): each job's lease row, the durable outbox of submissions whose documents
 * must be archived, the outbox of mail to send, and the record of deadline reminders sent.
 */
export class JobsAndOutbox1765123200000 implements MigrationInterface {
  name = 'JobsAndOutbox1765123200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'job_lease',
        columns: [
          { name: 'name', type: 'varchar', length: '64', isPrimary: true },
          { name: 'holder', type: 'varchar', length: '100', isNullable: true },
          { name: 'lease_until', type: 'datetime', isNullable: true },
          { name: 'last_started_at', type: 'datetime', isNullable: true },
          { name: 'last_finished_at', type: 'datetime', isNullable: true },
          { name: 'last_outcome', type: 'varchar', length: '16', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '1000', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'document_outbox',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'application_id', type: 'integer' },
          { name: 'receipt_no', type: 'varchar', length: '32' },
          { name: 'submitted_at', type: 'datetime' },
          { name: 'created_at', type: 'datetime' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'next_attempt_at', type: 'datetime' },
          { name: 'last_error', type: 'varchar', length: '1000', isNullable: true },
          { name: 'done_at', type: 'datetime', isNullable: true },
        ],
        indices: [
          { name: 'IDX_document_outbox_due', columnNames: ['done_at', 'next_attempt_at'] },
          { name: 'IDX_document_outbox_application', columnNames: ['application_id'] },
        ],
        foreignKeys: [{ name: 'FK_document_outbox_application', columnNames: ['application_id'], referencedTableName: 'application', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mail_outbox',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'recipient', type: 'varchar', length: '254' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'body', type: 'text' },
          { name: 'application_id', type: 'integer', isNullable: true },
          { name: 'call_id', type: 'integer', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'next_attempt_at', type: 'datetime', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '1000', isNullable: true },
          { name: 'sent_at', type: 'datetime', isNullable: true },
          { name: 'gave_up_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'IDX_mail_outbox_due', columnNames: ['sent_at', 'next_attempt_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'deadline_reminder',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'call_id', type: 'integer' },
          { name: 'application_id', type: 'integer' },
          { name: 'deadline_on', type: 'varchar', length: '10' },
          { name: 'recipients', type: 'integer' },
          { name: 'sent_at', type: 'datetime' },
        ],
        indices: [
          { name: 'UQ_deadline_reminder_call_application', columnNames: ['call_id', 'application_id'], isUnique: true },
          { name: 'IDX_deadline_reminder_application', columnNames: ['application_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('deadline_reminder');
    await queryRunner.dropTable('mail_outbox');
    await queryRunner.dropTable('document_outbox');
    await queryRunner.dropTable('job_lease');
  }
}
