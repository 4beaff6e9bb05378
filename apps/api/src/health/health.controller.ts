import { Controller, Get, Header } from '@nestjs/common';
import { AppError } from '../common/errors/app-error';
import { Endpoint } from '../common/http/endpoint';
import { getHealth } from './health.contract';
import { HealthService } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @Endpoint(getHealth)
  async get() {
    const report = await this.health.check();
    const down = (['database', 'storage'] as const).filter((name) => report[name].status === 'down');
    if (down.length) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        down.map((name) => ({ path: name, code: `${name.toUpperCase()}_DOWN`, message: `${report[name].kind}: ${report[name].error ?? 'down'}` })),
        {
          zh: `服务暂不可用：${down.map((name) => (name === 'database' ? '数据库' : '对象存储')).join('、')}无响应`,
          en: `Service unavailable: ${down.join(' and ')} not answering`,
        },
      );
    }
    return { status: 'ok' as const, database: strip(report.database), storage: strip(report.storage) };
  }
}

function strip(component: { status: 'up' | 'down'; kind: string; latencyMs: number }) {
  return { status: component.status, kind: component.kind, latencyMs: component.latencyMs };
}
