import { Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor } from '../auth/actor';
import { sendFile } from '../common/http/downloads';
import { Endpoint } from '../common/http/endpoint';
import { receiveRawUpload } from '../common/http/raw-upload';
import { Validated } from '../common/http/validated';
import { JsonLogger } from '../common/logging/json-logger';
import * as contract from './slot-templates.contract';
import { type OpenedTemplate, SlotTemplatesService } from './slot-templates.service';

@Controller()
export class SlotTemplatesController {
  constructor(
    private readonly templates: SlotTemplatesService,
    private readonly logger: JsonLogger,
  ) {}

  @Post('calls/:id/slots/:slot/template')
  @HttpCode(201)
  @Endpoint(contract.uploadSlotTemplate)
  async upload(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; slot: string }, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return receiveRawUpload(request, response, (upload) => this.templates.upload(actor, params.id, params.slot, upload));
  }

  @Delete('calls/:id/slots/:slot/template')
  @HttpCode(204)
  @Endpoint(contract.deleteSlotTemplate)
  async remove(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; slot: string }) {
    await this.templates.remove(actor, params.id, params.slot);
  }

  @Get('calls/:id/slot-templates')
  @Endpoint(contract.listSlotTemplates)
  list(@Validated('params') params: { id: number }) {
    return this.templates.list(params.id);
  }

  @Get('calls/:id/slots/:slot/template')
  @Endpoint(contract.downloadSlotTemplate)
  async download(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; slot: string }, @Res() response: Response) {
    this.send(response, await this.templates.openForOfficer(actor, params.id, params.slot));
  }

  @Get('applications/:id/templates/:slot')
  @Endpoint(contract.downloadApplicationTemplate)
  async downloadForApplicant(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; slot: string }, @Res() response: Response) {
    this.send(response, await this.templates.openForApplicant(actor, params.id, params.slot));
  }

  private send(response: Response, { template, body }: OpenedTemplate): void {
    sendFile(response, { body, size: template.size, fileName: template.fileName, contentType: template.contentType }, {
      headers: { 'Repr-Digest': `sha-256=:${Buffer.from(template.sha256, 'hex').toString('base64')}:` },
      logger: this.logger,
      context: { area: 'templates', callId: template.callId, slotKey: template.slotKey },
    });
  }
}
