import type { Socket } from 'node:net';
import { Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor } from '../auth/actor';
import { sendFile } from '../common/http/downloads';
import { Endpoint } from '../common/http/endpoint';
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
    try {
      return await this.attachments.upload(actor, params.id, params.slot, {
        body: request,
        contentType: request.headers['content-type'],
        contentEncoding: request.headers['content-encoding'],
        contentLength: request.headers['content-length'] === undefined ? null : Number(request.headers['content-length']),
        chunked: request.headers['transfer-encoding'] !== undefined,
        fileName: header(request, 'x-file-name'),
      });
    } catch (error) {
      if (!request.complete) closeAfterAnswer(request, response);
      throw error;
    }
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

/** How long a refused upload's connection stays half-closed for the client to read the answer. */
const LINGER_MS = 5_000;

/**
 * Refused before the whole body arrived: the rest is never read. The answer says `Connection: close`; then the
 * server sends FIN but keeps the socket (still not reading) for a few seconds before destroying it. Destroying it at
 * once, with the client's unread bytes in the receive buffer, would reset the connection and could make the client
 * lose the answer it is about to read (it typically sees EPIPE/ECONNRESET on its next write instead of the 413).
 */
function closeAfterAnswer(request: Request, response: Response): void {
  response.setHeader('Connection', 'close');
  const socket = request.socket as Socket & { destroySoon?: () => void };
  socket.destroySoon = function lingeringClose(this: Socket) {
    this.end();
    setTimeout(() => this.destroy(), LINGER_MS).unref();
  };
}

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
