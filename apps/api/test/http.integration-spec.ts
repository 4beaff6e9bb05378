import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

describe('the API process', () => {
  let server: RunningServer;

  beforeAll(async () => {
    const config = testConfig({ CORS_ORIGINS: '' });
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger });
  });

  afterAll(() => server.close());

  it('reports database and storage as up', async () => {
    const response = await request(server.app.getHttpServer()).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      database: { status: 'up', kind: process.env.DB_URL ? 'mysql' : 'sqlite' },
      storage: { status: 'up', kind: 'embedded' },
    });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('sends security headers and a request id, and keeps CORS closed by default', async () => {
    const response = await request(server.app.getHttpServer()).get('/api/health').set('Origin', 'https://evil.example.com').set('X-Request-Id', 'trace-12345678');
    expect(response.headers['x-request-id']).toBe('trace-12345678');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('publishes an OpenAPI document generated from the contracts, and Swagger UI', async () => {
    const document = await request(server.app.getHttpServer()).get('/api/docs-json');
    expect(document.status).toBe(200);
    expect(document.body.openapi).toBe('3.1.0');
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/catalogue']));
    expect(document.body.paths['/api/health'].get.responses['503'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    expect(document.body.components.schemas.Error.required).toEqual(expect.arrayContaining(['code', 'message']));
    const ui = await request(server.app.getHttpServer()).get('/api/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('serves the catalogue seeded from the plan', async () => {
    const response = await request(server.app.getHttpServer()).get('/api/catalogue').set('Accept-Language', 'en');
    expect(response.status).toBe(200);
    expect(response.body.categories.map((c: { code: string }) => c.code)).toEqual(['SMART_MFG_PILOT', 'TECH_TRANSFORMATION', 'INNOVATION_CENTRE', 'IT_INTEGRATION']);
    expect(response.body.districts).toHaveLength(13);
    expect(response.body.fields[0].subFields.length).toBeGreaterThan(0);
  });

  it('answers 503 naming the storage when the S3 server stops answering', async () => {
    await server.stopEmbeddedStorage?.();
    const response = await request(server.app.getHttpServer()).get('/api/health').set('Accept-Language', 'en');
    expect(response.status).toBe(503);
    expect(response.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(response.body.details.map((d: { path: string }) => d.path)).toEqual(['storage']);
    expect(response.body.message).toContain('storage');
  });

  it('answers 503 naming the database when it goes away too', async () => {
    await server.dataSource.destroy();
    const response = await request(server.app.getHttpServer()).get('/api/health');
    expect(response.status).toBe(503);
    expect(response.body.details.map((d: { path: string }) => d.path)).toEqual(['database', 'storage']);
    expect(response.body.message).toContain('数据库');
  });
});
