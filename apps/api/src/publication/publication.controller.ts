import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { ObjectionDecision, ObjectionInput, PublishApprovedList, PublishNotice } from '@shifan/domain';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor } from '../auth/actor';
import { sendFile } from '../common/http/downloads';
import { Endpoint } from '../common/http/endpoint';
import { Validated } from '../common/http/validated';
import { JsonLogger } from '../common/logging/json-logger';
import * as contract from './publication.contract';
import { PublicationService } from './publication.service';

type IdParams = { id: number };
type ListQuery = { year?: number; category?: string; page: number; pageSize: number };

/** HTTP side of publication (issue #8). */
@Controller()
export class PublicationController {
  constructor(
    private readonly publication: PublicationService,
    private readonly logger: JsonLogger,
  ) {}

  @Get('notices')
  @Endpoint(contract.listNotices)
  listNotices(@Validated('query') query: ListQuery) {
    return this.publication.pageNotices(query);
  }

  @Get('notices/:id')
  @Endpoint(contract.getNotice)
  getNotice(@Validated('params') params: IdParams) {
    return this.publication.notice(params.id);
  }

  @Get('notices/:id/notice.pdf')
  @Endpoint(contract.noticePdf)
  async noticePdf(@Validated('params') params: IdParams, @Res() response: Response) {
    sendFile(response, await this.publication.noticePdf(params.id), { cacheControl: 'public, max-age=300' });
  }

  @Post('notices/:id/objections')
  @Endpoint(contract.fileObjection)
  fileObjection(@Validated('params') params: IdParams, @Validated('body') body: ObjectionInput) {
    return this.publication.fileObjection(params.id, body);
  }

  @Post('objections/:caseNo/sealed-letter')
  @HttpCode(201)
  @Endpoint(contract.uploadSealedLetter)
  async uploadSealedLetter(@Validated('params') params: { caseNo: string }, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    try {
      return await this.publication.uploadSealedLetter(params.caseNo, header(request, 'x-upload-token'), {
        body: request,
        fileName: header(request, 'x-file-name'),
        contentLength: request.headers['content-length'] === undefined ? null : Number(request.headers['content-length']),
      });
    } catch (error) {
      if (!request.complete) response.setHeader('Connection', 'close');
      throw error;
    }
  }

  @Get('approved-lists')
  @Endpoint(contract.listApprovedLists)
  listApproved(@Validated('query') query: ListQuery) {
    return this.publication.pageApprovedLists(query);
  }

  @Get('approved-lists/:id')
  @Endpoint(contract.getApprovedList)
  getApproved(@Validated('params') params: IdParams) {
    return this.publication.approvedList(params.id);
  }

  @Get('approved-lists/:id/list.pdf')
  @Endpoint(contract.approvedListPdf)
  async approvedPdf(@Validated('params') params: IdParams, @Res() response: Response) {
    sendFile(response, await this.publication.approvedListPdf(params.id), { cacheControl: 'public, max-age=300' });
  }

  @Get('approved-lists/:id/list.xlsx')
  @Endpoint(contract.approvedListXlsx)
  async approvedXlsx(@Validated('params') params: IdParams, @Res() response: Response) {
    sendFile(response, await this.publication.approvedListXlsx(params.id), { cacheControl: 'public, max-age=300' });
  }

  @Get('open-data/approved-lists/:year.json')
  @Endpoint(contract.openData)
  async openData(@Validated('params') params: { year: number }, @Res({ passthrough: true }) response: Response) {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cache-Control', 'public, max-age=600');
    return this.publication.openData(params.year);
  }

  @Post('calls/:id/notice')
  @Endpoint(contract.publishNotice)
  publishNotice(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Validated('body') body: PublishNotice) {
    return this.publication.publishNotice(actor, params.id, body);
  }

  @Get('notices/:id/objections')
  @Endpoint(contract.listObjections)
  objections(@CurrentActor() actor: Actor, @Validated('params') params: IdParams) {
    return this.publication.objections(actor, params.id);
  }

  @Post('objections/:id/decision')
  @HttpCode(200)
  @Endpoint(contract.decideObjection)
  decide(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Validated('body') body: ObjectionDecision) {
    return this.publication.decide(actor, params.id, body);
  }

  @Get('objections/:id/sealed-letter')
  @Endpoint(contract.downloadSealedLetter)
  async sealedLetter(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Res() response: Response) {
    sendFile(response, await this.publication.sealedLetter(actor, params.id), { logger: this.logger, context: { area: 'publication', objectionId: params.id } });
  }

  @Post('calls/:id/approved-list')
  @Endpoint(contract.publishApprovedList)
  publishApproved(@CurrentActor() actor: Actor, @Validated('params') params: IdParams, @Validated('body') body: PublishApprovedList) {
    return this.publication.publishApprovedList(actor, params.id, body);
  }
}

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
