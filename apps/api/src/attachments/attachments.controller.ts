import { Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor } from '../auth/actor';
import { sendFile } from '../common/http/downloads';
import { Endpoint } from '../common/http/endpoint';
import { receiveRawUpload } from '../common/http/raw-upload';
import { Validated } from '../common/http/validated';
import { JsonLogger } from '../common/logging/json-logger';
import * as contract from './attachments.contract';
import { AttachmentsService } from './attachments.service';

@Controller()
export class AttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly logger: JsonLogger,
  ) {}

  @Post('applications/:id/slots/:slot/attachments')
  @HttpCode(201)
  @Endpoint(contract.uploadAttachment)
  async upload(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; slot: string }, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    return receiveRawUpload(request, response, (upload) => this.attachments.upload(actor, params.id, params.slot, upload));
  }

  @Get('applications/:id/attachments/:attachmentId')
  @Endpoint(contract.downloadAttachment)
  async download(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; attachmentId: number }, @Res() response: Response) {
    const { attachment, body } = await this.attachments.open(actor, params.id, params.attachmentId);
    sendFile(response, { body, size: attachment.size, fileName: attachment.fileName, contentType: attachment.contentType }, {
      headers: { 'Repr-Digest': `sha-256=:${Buffer.from(attachment.sha256, 'hex').toString('base64')}:` },
      logger: this.logger,
      context: { area: 'attachments', attachmentId: attachment.id },
    });
  }

  @Delete('applications/:id/attachments/:attachmentId')
  @HttpCode(204)
  @Endpoint(contract.deleteAttachment)
  async remove(@CurrentActor() actor: Actor, @Validated('params') params: { id: number; attachmentId: number }) {
    await this.attachments.remove(actor, params.id, params.attachmentId);
  }
}
