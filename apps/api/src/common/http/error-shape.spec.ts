import { Controller, Get, type INestApplication, Post } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { localizedMessage, seededCalendar } from '@shifan/domain';
import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { JsonLogger } from '../logging/json-logger';
import { requestContext } from '../logging/request-context';
import { defineEndpoint, Endpoint } from './endpoint';
import { EndpointValidationInterceptor } from './endpoint-validation.interceptor';
import { Validated } from './validated';

const ProfileBody = z.object({
  name: z.string().min(2, { message: localizedMessage({ zh: '请填写企业名称', en: 'Enter the enterprise name' }) }),
  employees: z.number().int().min(0),
});

const createProfile = defineEndpoint({
  method: 'post',
  path: '/api/probe',
  operationId: 'probe',
  summary: 'probe',
  tags: ['test'],
  access: { kind: 'public' },
  request: { body: ProfileBody },
  responses: { 201: { description: 'ok' } },
});

@Controller('probe')
class ProbeController {
  @Post()
  @Endpoint(createProfile)
  create(@Validated('body') body: z.infer<typeof ProfileBody>) {
    return { received: body };
  }

  @Get('conflict')
  @Endpoint({ ...createProfile, method: 'get', path: '/api/probe/conflict', request: undefined })
  conflict() {
    throw new AppError('CONFLICT');
  }

  @Get('calendar')
  @Endpoint({ ...createProfile, method: 'get', path: '/api/probe/calendar', request: undefined })
  calendar() {
    // A working-day count past the covered years that no service wrapped (CalendarService.compute does).
    return { endsOn: seededCalendar().workingPeriodEnd('2026-12-28', 5) };
  }

  @Get('boom')
  @Endpoint({ ...createProfile, method: 'get', path: '/api/probe/boom', request: undefined })
  boom() {
    throw new Error('database password is hunter2');
  }
}

describe('the one error shape', () => {
  let app: INestApplication;
  const lines: string[] = [];

  beforeAll(async () => {
    const logger = new JsonLogger('info', { write: (line) => lines.push(line) });
    const moduleRef = await Test.createTestingModule({
      controllers: [ProbeController],
      providers: [
        { provide: APP_FILTER, useValue: new AllExceptionsFilter(logger) },
        { provide: APP_INTERCEPTOR, useClass: EndpointValidationInterceptor },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false, bodyParser: false });
    app.use((_req: express.Request, _res: express.Response, next: express.NextFunction) => requestContext.run({ requestId: 'req-test-0001', locale: 'zh-CN', address: '127.0.0.1' }, next));
    app.use(express.json({ limit: '1kb' }));
    app.setGlobalPrefix('api');
    await app.init();
  });

  afterAll(() => app.close());

  it('passes valid input through, parsed by the contract', async () => {
    const response = await request(app.getHttpServer()).post('/api/probe').send({ name: '武汉光谷', employees: 12 });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ received: { name: '武汉光谷', employees: 12 } });
  });

  it('answers invalid input with 400, a stable code and one detail per field, in Chinese by default', async () => {
    const response = await request(app.getHttpServer()).post('/api/probe').send({ name: 'x', employees: -1 });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.message).toBe('提交的数据有误，请按提示修改');
    expect(response.body.requestId).toBe('req-test-0001');
    const byPath = Object.fromEntries(response.body.details.map((d: { path: string; message: string }) => [d.path, d]));
    expect(byPath.name).toMatchObject({ code: 'too_small', message: '请填写企业名称' });
    expect(byPath.employees.code).toBe('too_small');
    expect(byPath.employees.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('speaks English when the request asks for it', async () => {
    const response = await request(app.getHttpServer()).post('/api/probe').set('Accept-Language', 'en-GB,en;q=0.9').send({ name: 'x' });
    expect(response.body.message).toBe('The request has invalid fields');
    const paths = response.body.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['employees', 'name']);
    expect(response.body.details.find((d: { path: string }) => d.path === 'name').message).toBe('Enter the enterprise name');
  });

  it('maps application errors to their status', async () => {
    const response = await request(app.getHttpServer()).get('/api/probe/conflict').set('Accept-Language', 'en');
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'CONFLICT', requestId: 'req-test-0001' });
  });

  it('answers a working-day count past the entered years with 422 CALENDAR_OUT_OF_RANGE naming the date, never 500', async () => {
    const chinese = await request(app.getHttpServer()).get('/api/probe/calendar');
    expect(chinese.status).toBe(422);
    expect(chinese.body.code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(chinese.body.message).toContain('2027-01-01');
    expect(chinese.body.message).toContain('2017–2026');
    const english = await request(app.getHttpServer()).get('/api/probe/calendar').set('Accept-Language', 'en');
    expect(english.body.message).toContain('covered: 2017–2026');
  });

  it('answers unknown routes, malformed JSON and oversized bodies in the same shape', async () => {
    const missing = await request(app.getHttpServer()).get('/api/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('ROUTE_NOT_FOUND');

    const malformed = await request(app.getHttpServer()).post('/api/probe').set('Content-Type', 'application/json').send('{"name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('BAD_REQUEST');

    const large = await request(app.getHttpServer()).post('/api/probe').send({ name: 'x'.repeat(4096), employees: 1 });
    expect(large.status).toBe(413);
    expect(large.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('hides unexpected errors behind 500 and a request id, and logs the stack', async () => {
    lines.length = 0;
    const response = await request(app.getHttpServer()).get('/api/probe/boom');
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ code: 'INTERNAL_ERROR', message: expect.any(String), requestId: 'req-test-0001' });
    expect(JSON.stringify(response.body)).not.toContain('hunter2');
    const logged = lines.map((line) => JSON.parse(line));
    expect(logged).toContainEqual(expect.objectContaining({ level: 'error', requestId: 'req-test-0001', code: 'INTERNAL_ERROR', stack: expect.stringContaining('hunter2') }));
  });
});
