import { Controller, Get, type INestApplication, Param } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import express from 'express';
import request from 'supertest';
import { QueryFailedError } from 'typeorm';
import { JsonLogger } from '../logging/json-logger';
import { requestContext } from '../logging/request-context';
import { AllExceptionsFilter } from './all-exceptions.filter';

function driverError(code: string | undefined, message: string, extra: object = {}): Error {
  return Object.assign(new Error(message), code ? { code } : {}, extra);
}

/** What the database driver throws when the server refuses, goes away, or does not answer. */
const FAILURES: Record<string, () => unknown> = {
  refused: () => new QueryFailedError('SELECT 1', [], driverError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:3306')),
  lost: () => new QueryFailedError('SELECT 1', [], driverError('PROTOCOL_CONNECTION_LOST', 'Connection lost: The server closed the connection.', { fatal: true })),
  'connect-timeout': () => driverError('ETIMEDOUT', 'connect ETIMEDOUT'),
  'query-timeout': () => new QueryFailedError('SELECT 1', [], driverError('PROTOCOL_SEQUENCE_TIMEOUT', 'Query inactivity timeout')),
  'acquire-timeout': () => driverError('POOL_ACQUIRE_TIMEOUT', 'No database connection within 4000 ms'),
  'pool-closed': () => driverError(undefined, 'Pool is closed.'),
  'closed-state': () => new QueryFailedError('START TRANSACTION', [], driverError(undefined, "Can't add new command when connection is in closed state", { fatal: true })),
  'statement-timeout': () => new QueryFailedError('SELECT 1', [], driverError('ER_STATEMENT_TIMEOUT', 'Query execution was interrupted (max_statement_time exceeded)')),
};

@Controller('probe')
class ProbeController {
  @Get('db/:kind')
  fail(@Param('kind') kind: string) {
    throw FAILURES[kind]();
  }

  @Get('bug')
  bug() {
    throw new QueryFailedError('SELECT nope', [], driverError('ER_BAD_FIELD_ERROR', "Unknown column 'nope'"));
  }
}

describe('a database that refuses or does not answer', () => {
  let app: INestApplication;
  const lines: string[] = [];

  beforeAll(async () => {
    const logger = new JsonLogger('info', { write: (line) => lines.push(line) });
    const moduleRef = await Test.createTestingModule({
      controllers: [ProbeController],
      providers: [{ provide: APP_FILTER, useValue: new AllExceptionsFilter(logger, { retryAfterSeconds: 7 }) }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false, bodyParser: false });
    app.use((_req: express.Request, _res: express.Response, next: express.NextFunction) => requestContext.run({ requestId: 'req-test-0503', locale: 'zh-CN', address: '127.0.0.1' }, next));
    app.setGlobalPrefix('api');
    await app.init();
  });

  afterAll(() => app.close());

  it.each(Object.keys(FAILURES))('answers 503 SERVICE_UNAVAILABLE with Retry-After, not 500: %s', async (kind) => {
    const response = await request(app.getHttpServer()).get(`/api/probe/db/${kind}`);
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('7');
    expect(response.body).toEqual({ code: 'SERVICE_UNAVAILABLE', message: '服务暂时无法访问数据库或文件存储，请稍后重试', requestId: 'req-test-0503' });
    const english = await request(app.getHttpServer()).get(`/api/probe/db/${kind}`).set('Accept-Language', 'en');
    expect(english.body.message).toBe('The service cannot reach its database or file storage right now; please try again shortly');
  });

  it('keeps a query that is simply wrong a 500, without Retry-After', async () => {
    const response = await request(app.getHttpServer()).get('/api/probe/bug');
    expect(response.status).toBe(500);
    expect(response.body.code).toBe('INTERNAL_ERROR');
    expect(response.headers['retry-after']).toBeUndefined();
  });
});
