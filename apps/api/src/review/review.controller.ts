import { Controller, Get, HttpCode, Post, Put, Res } from '@nestjs/common';
import type { ConflictDeclaration, CreatePanel, DistrictDecision, DistrictPriority, ExpertInput, FormalCheckInput, ReviewListQuery, SaveScore, ShortlistDecision } from '@shifan/domain';
import type { Response } from 'express';
import { AttachmentsService } from '../attachments/attachments.service';
import { type DocumentDownload, DocumentsService } from '../documents/documents.service';
import { type Actor, CurrentActor } from '../auth/actor';
import { sendFile } from '../common/http/downloads';
import { Endpoint } from '../common/http/endpoint';
import { Validated } from '../common/http/validated';
import { JsonLogger } from '../common/logging/json-logger';
import { PanelsService } from './panels.service';
import { RankingService } from './ranking.service';
import * as contract from './review.contract';
import { ReviewDocumentsService } from './review-documents.service';
import { ReviewService } from './review.service';
import { ScoringService } from './scoring.service';

type IdParams = { id: number };

/** HTTP side of the review pipeline (issue #7): every route only parses, calls one service method and answers. */
@Controller()
export class ReviewController {
  constructor(
    private readonly review: ReviewService,
    private readonly panels: PanelsService,
    private readonly scoring: ScoringService,
    private readonly ranking: RankingService,
    private readonly documents: ReviewDocumentsService,
    private readonly attachments: AttachmentsService,
    private readonly documentsService: DocumentsService,
    private readonly logger: JsonLogger,
  ) {}

  // District

  @Get('review/district/applications')
  @Endpoint(contract.listDistrictApplications)
  listDistrict(@CurrentActor() actor: Actor, @Validated('query') query: ReviewListQuery) {
    return this.review.listForDistrict(actor, query);
  }

  @Post('review/applications/:id/district-decision')
  @HttpCode(200)
  @Endpoint(contract.decideDistrict)
  decideDistrict(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Validated('body') body: DistrictDecision) {
    return this.review.decideDistrict(actor, params.id, body);
  }

  @Put('review/district/priority')
  @Endpoint(contract.orderDistrictRecommendations)
  orderRecommendations(@CurrentActor() actor: Actor, @Validated('body') body: DistrictPriority) {
    return this.review.orderRecommendations(actor, body);
  }

  @Get('review/district/recommended.xlsx')
  @Endpoint(contract.exportDistrictRecommendations)
  async exportRecommended(@CurrentActor() actor: Actor, @Validated('query') query: { callId: number }, @Res() response: Response) {
    sendFile(response, await this.documents.districtRecommendations(actor, query.callId));
  }

  // Shared

  @Get('review/applications/:id')
  @Endpoint(contract.getReviewApplication)
  detail(@CurrentActor() actor: Actor, @Validated('params') params: IdParams) {
    return this.review.detail(actor, params.id);
  }

  @Get('review/applications/:id/attachments/:attachmentId')
  @Endpoint(contract.downloadReviewAttachment)
  async reviewAttachment(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; attachmentId: number }, @Res() response: Response) {
    await this.review.visible(actor, params.id);
    await this.stream(response, actor, params.id, params.attachmentId);
  }

  @Get('review/applications/:id/application-form.pdf')
  @Endpoint(contract.reviewApplicationForm)
  async reviewForm(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Res() response: Response) {
    await this.review.visible(actor, params.id);
    this.sendDocument(response, await this.documentsService.submittedApplicationForm(actor, params.id));
  }

  // City

  @Get('review/city/applications')
  @Endpoint(contract.listCityApplications)
  listCity(@Validated('query') query: ReviewListQuery) {
    return this.review.listForCity(query);
  }

  @Post('review/applications/:id/formal-check')
  @HttpCode(200)
  @Endpoint(contract.formalCheck)
  formalCheck(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Validated('body') body: FormalCheckInput) {
    return this.review.formalCheck(actor, params.id, body);
  }

  // Experts

  @Get('experts')
  @Endpoint(contract.listExperts)
  listExperts(@Validated('query') query: { field?: string; available?: 'true' | 'false'; q?: string; page: number; pageSize: number }) {
    return this.panels.pageExperts(query);
  }

  @Post('experts')
  @Endpoint(contract.createExpert)
  createExpert(@CurrentActor() actor: Actor, @Validated('body') body: ExpertInput) {
    return this.panels.createExpert(actor, body);
  }

  @Put('experts/:id')
  @Endpoint(contract.updateExpert)
  updateExpert(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Validated('body') body: { version: number; expert: ExpertInput }) {
    return this.panels.updateExpert(actor, params.id, body);
  }

  // Panels

  @Get('calls/:id/panels')
  @Endpoint(contract.listPanels)
  listPanels(@Validated('params') params: IdParams) {
    return this.panels.listPanels(params.id);
  }

  @Post('calls/:id/panels')
  @Endpoint(contract.createPanel)
  createPanel(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Validated('body') body: CreatePanel) {
    return this.panels.createPanel(actor, params.id, body);
  }

  @Get('panels/:id')
  @Endpoint(contract.getPanel)
  getPanel(@Validated('params') params: IdParams) {
    return this.panels.getPanel(params.id);
  }

  @Post('panels/:id/draw')
  @HttpCode(200)
  @Endpoint(contract.drawPanel)
  draw(@CurrentActor() actor: Actor, @Validated('params') params: IdParams) {
    return this.panels.draw(actor, params.id);
  }

  @Get('panels/:id/replay')
  @Endpoint(contract.replayPanel)
  replay(@Validated('params') params: IdParams) {
    return this.panels.replay(params.id);
  }

  @Post('panels/:id/reminders')
  @HttpCode(200)
  @Endpoint(contract.remindPanel)
  remind(@CurrentActor() actor: Actor, @Validated('params') params: IdParams) {
    return this.panels.remind(actor, params.id);
  }

  @Post('panels/:id/members/:expertId/decline')
  @HttpCode(200)
  @Endpoint(contract.declineMember)
  declineMember(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; expertId: number }, @Validated('body') body: { reason: string }) {
    return this.panels.declineMember(actor, params.id, params.expertId, body.reason);
  }

  @Get('panels/:id/summary.pdf')
  @Endpoint(contract.panelSummaryPdf)
  async panelSummary(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Res() response: Response) {
    sendFile(response, await this.documents.panelSummary(actor, params.id));
  }

  @Get('panels/:id/experts/:expertId/score-sheet.pdf')
  @Endpoint(contract.scoreSheetPdf)
  async scoreSheet(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; expertId: number }, @Res() response: Response) {
    sendFile(response, await this.documents.scoreSheet(actor, params.id, params.expertId));
  }

  // Experts' own work

  @Get('expert/assignments')
  @Endpoint(contract.listAssignments)
  assignments(@CurrentActor() actor: Actor) {
    return this.scoring.assignments(actor);
  }

  @Post('expert/applications/:id/declaration')
  @HttpCode(200)
  @Endpoint(contract.declareConflict)
  declare(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Validated('body') body: ConflictDeclaration) {
    return this.scoring.declare(actor, params.id, body);
  }

  @Get('expert/applications/:id')
  @Endpoint(contract.getExpertApplication)
  expertApplication(@CurrentActor() actor: Actor, @Validated('params') params: IdParams) {
    return this.scoring.view(actor, params.id);
  }

  @Get('expert/applications/:id/attachments/:attachmentId')
  @Endpoint(contract.downloadExpertAttachment)
  async expertAttachment(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; attachmentId: number }, @Res() response: Response) {
    await this.scoring.attachmentFor(actor, params.id, params.attachmentId);
    await this.stream(response, actor, params.id, params.attachmentId);
  }

  @Get('expert/applications/:id/application-form.pdf')
  @Endpoint(contract.expertApplicationForm)
  async expertForm(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Res() response: Response) {
    await this.scoring.assertMayReadForm(actor, params.id);
    this.sendDocument(response, await this.documentsService.submittedApplicationForm(actor, params.id));
  }

  @Put('expert/applications/:id/score')
  @Endpoint(contract.saveScore)
  saveScore(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Validated('body') body: SaveScore) {
    return this.scoring.save(actor, params.id, body);
  }

  @Get('expert/applications/:id/panel-scores')
  @Endpoint(contract.panelScores)
  panelScores(@CurrentActor() actor: Actor, @Validated('params') params: IdParams) {
    return this.scoring.panelScores(actor, params.id);
  }

  // Ranking

  @Get('review/applications/:id/scores')
  @Endpoint(contract.applicationScores)
  applicationScores(@Validated('params') params: IdParams) {
    return this.scoring.applicationScores(params.id);
  }

  @Post('review/applications/:id/scores/:expertId/reopen')
  @HttpCode(200)
  @Endpoint(contract.reopenScore)
  reopen(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; expertId: number }, @Validated('body') body: { reason: string }) {
    return this.scoring.reopen(actor, params.id, params.expertId, body.reason);
  }

  @Get('calls/:id/ranking')
  @Endpoint(contract.getRanking)
  getRanking(@Validated('params') params: IdParams) {
    return this.ranking.ranking(params.id);
  }

  @Get('calls/:id/ranking.xlsx')
  @Endpoint(contract.exportRanking)
  async exportRanking(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Res() response: Response) {
    sendFile(response, await this.documents.rankingWorkbook(actor, params.id));
  }

  @Post('review/applications/:id/shortlist')
  @HttpCode(200)
  @Endpoint(contract.decideShortlist)
  shortlist(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Validated('body') body: ShortlistDecision) {
    return this.ranking.decide(actor, params.id, body);
  }

  /** Sends an archived PDF inline. */
  private sendDocument(response: Response, download: DocumentDownload): void {
    sendFile(response, { ...download, contentType: 'application/pdf' }, { inline: true, headers: { 'X-Verification-Code': download.code }, logger: this.logger, context: { area: 'review' } });
  }

  /** Streams an attachment already checked by the caller, inline; the download is audited before a byte is sent. */
  private async stream(response: Response, actor: Actor, applicationId: number, attachmentId: number): Promise<void> {
    const { attachment, body } = await this.attachments.openForReview(actor, applicationId, attachmentId);
    sendFile(response, { body, size: attachment.size, fileName: attachment.fileName, contentType: attachment.contentType }, { inline: true, logger: this.logger, context: { area: 'review', attachmentId } });
  }
}
