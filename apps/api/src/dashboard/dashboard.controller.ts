import { Controller, Get, Post, Put, Res } from '@nestjs/common';
import type { IndicatorValueInput, UpwardOutcomeCreate, UpwardOutcomeUpdate, UpwardRecommendationQuery } from '@shifan/domain';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '../auth/actor';
import { sendFile } from '../common/http/downloads';
import { Endpoint } from '../common/http/endpoint';
import { Validated } from '../common/http/validated';
import * as contract from './dashboard.contract';
import { DashboardService } from './dashboard.service';
import { UpwardOutcomesService } from './upward-outcomes.service';

/** HTTP side of the programme dashboard and the upward outcomes. */
@Controller()
export class DashboardController {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly outcomes: UpwardOutcomesService,
  ) {}

  @Get('dashboard')
  @Endpoint(contract.getDashboard)
  dashboard() {
    return this.dashboards.dashboard();
  }

  @Get('dashboard.xlsx')
  @Endpoint(contract.dashboardXlsx)
  async dashboardXlsx(@CurrentActor() actor: Actor, @Res() response: Response) {
    sendFile(response, await this.dashboards.dashboardXlsx(actor));
  }

  @Put('indicators/:code/values')
  @Endpoint(contract.recordIndicator)
  recordIndicator(@CurrentActor() actor: Actor, @Validated('params') params: { code: string }, @Validated('body') body: IndicatorValueInput) {
    return this.dashboards.recordIndicator(actor, params.code, body);
  }

  @Get('upward-recommendations')
  @Endpoint(contract.listUpwardRecommendations)
  recommendations(@Validated('query') query: UpwardRecommendationQuery) {
    return this.outcomes.page(query);
  }

  @Get('upward-recommendations.xlsx')
  @Endpoint(contract.upwardRecommendationsXlsx)
  async recommendationsXlsx(@CurrentActor() actor: Actor, @Validated('query') query: UpwardRecommendationQuery, @Res() response: Response) {
    sendFile(response, await this.outcomes.exportXlsx(actor, query));
  }

  @Post('upward-outcomes')
  @Endpoint(contract.recordUpwardOutcome)
  record(@CurrentActor() actor: Actor, @Validated('body') body: UpwardOutcomeCreate) {
    return this.outcomes.create(actor, body);
  }

  @Put('upward-outcomes/:id')
  @Endpoint(contract.correctUpwardOutcome)
  correct(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }, @Validated('body') body: UpwardOutcomeUpdate) {
    return this.outcomes.update(actor, params.id, body);
  }
}
