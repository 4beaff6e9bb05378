import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { VerificationDecision, VerificationDocumentKind, VerificationQuery } from '@shifan/domain';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor } from '../auth/actor';
import { sendFile } from '../common/http/downloads';
import { Endpoint } from '../common/http/endpoint';
import { receiveRawUpload } from '../common/http/raw-upload';
import { Validated } from '../common/http/validated';
import { JsonLogger } from '../common/logging/json-logger';
import * as contract from './verification.contract';
import { type OpenedDocument, VerificationService } from './verification.service';

@Controller()
export class VerificationController {
  constructor(
    private readonly verification: VerificationService,
    private readonly logger: JsonLogger,
  ) {}

  @Get('enterprise/verification')
  @Endpoint(contract.ownVerification)
  own(@CurrentActor() actor: Actor) {
    return this.verification.own(actor);
  }

  @Post('enterprise/verification/documents/:kind')
  @HttpCode(201)
  @Endpoint(contract.uploadVerificationDocument)
  async upload(@CurrentActor() actor: Actor, @Validated('params') params: { kind: VerificationDocumentKind }, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return receiveRawUpload(request, response, (upload) => this.verification.upload(actor, params.kind, upload));
  }

  @Get('enterprise/verification/documents/:kind')
  @Endpoint(contract.downloadOwnVerificationDocument)
  async downloadOwn(@CurrentActor() actor: Actor, @Validated('params') params: { kind: VerificationDocumentKind }, @Res() response: Response) {
    this.send(response, await this.verification.openOwn(actor, params.kind));
  }

  @Get('review/verifications')
  @Endpoint(contract.verificationQueue)
  queue(@CurrentActor() actor: Actor, @Validated('query') query: VerificationQuery) {
    return this.verification.queue(actor, query);
  }

  @Get('review/verifications/:enterpriseId')
  @Endpoint(contract.verificationDetail)
  detail(@CurrentActor() actor: Actor, @Validated('params') params: { enterpriseId: number }) {
    return this.verification.forOfficer(actor, params.enterpriseId);
  }

  @Get('review/verifications/:enterpriseId/documents/:kind')
  @Endpoint(contract.downloadVerificationDocument)
  async download(@CurrentActor() actor: Actor, @Validated('params') params: { enterpriseId: number; kind: VerificationDocumentKind }, @Res() response: Response) {
    this.send(response, await this.verification.openForOfficer(actor, params.enterpriseId, params.kind));
  }

  @Post('review/verifications/:enterpriseId/decision')
  @HttpCode(200)
  @Endpoint(contract.decideVerification)
  decide(@CurrentActor() actor: Actor, @Validated('params') params: { enterpriseId: number }, @Validated('body') body: VerificationDecision) {
    return this.verification.decide(actor, params.enterpriseId, body);
  }

  private send(response: Response, { document, body }: OpenedDocument): void {
    sendFile(response, { body, size: document.size, fileName: document.fileName, contentType: document.contentType }, {
      inline: true,
      headers: { 'Repr-Digest': `sha-256=:${Buffer.from(document.sha256, 'hex').toString('base64')}:` },
      logger: this.logger,
      context: { area: 'verification', documentId: document.id },
    });
  }
}
