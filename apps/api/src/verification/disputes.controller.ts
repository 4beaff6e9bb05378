import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { DisputeDecision, DisputeQuery, FileDispute, VerificationDocumentKind } from '@shifan/domain';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor } from '../auth/actor';
import { sendFile } from '../common/http/downloads';
import { Endpoint } from '../common/http/endpoint';
import { header, receiveRawUpload } from '../common/http/raw-upload';
import { Validated } from '../common/http/validated';
import { JsonLogger } from '../common/logging/json-logger';
import * as contract from './disputes.contract';
import { DisputesService } from './disputes.service';

@Controller()
export class DisputesController {
  constructor(
    private readonly disputes: DisputesService,
    private readonly logger: JsonLogger,
  ) {}

  @Post('disputes')
  @HttpCode(201)
  @Endpoint(contract.fileDispute)
  file(@Validated('body') body: FileDispute) {
    return this.disputes.file(body);
  }

  @Post('disputes/:caseNo/documents/:kind')
  @HttpCode(201)
  @Endpoint(contract.uploadDisputeDocument)
  async upload(@Validated('params') params: { caseNo: string; kind: VerificationDocumentKind }, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return receiveRawUpload(request, response, (upload) => this.disputes.upload(params.caseNo, header(request, 'x-dispute-token'), params.kind, upload));
  }

  @Get('admin/disputes')
  @Endpoint(contract.listDisputes)
  list(@Validated('query') query: DisputeQuery) {
    return this.disputes.page(query);
  }

  @Get('admin/disputes/:id')
  @Endpoint(contract.getDispute)
  one(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.disputes.one(actor, params.id);
  }

  @Get('admin/disputes/:id/documents/:kind')
  @Endpoint(contract.downloadDisputeDocument)
  async download(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; kind: VerificationDocumentKind }, @Res() response: Response) {
    const { document, body } = await this.disputes.openDocument(actor, params.id, params.kind);
    sendFile(response, { body, size: document.size, fileName: document.fileName, contentType: document.contentType }, { inline: true, logger: this.logger, context: { area: 'disputes', documentId: document.id } });
  }

  @Post('admin/disputes/:id/decision')
  @HttpCode(200)
  @Endpoint(contract.decideDispute)
  decide(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }, @Validated('body') body: DisputeDecision) {
    return this.disputes.decide(actor, params.id, body);
  }
}
