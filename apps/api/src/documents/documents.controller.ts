import { pipeline } from 'node:stream';
import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { contentDisposition } from '../attachments/file-name';
import { type Actor, CurrentActor } from '../auth/actor';
import { Endpoint } from '../common/http/endpoint';
import { Validated } from '../common/http/validated';
import { JsonLogger } from '../common/logging/json-logger';
import * as contract from './documents.contract';
import { type DocumentDownload, DocumentsService } from './documents.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly logger: JsonLogger,
  ) {}

  @Get('applications/:id/documents/application-form.pdf')
  @Endpoint(contract.downloadApplicationForm)
  async applicationForm(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }, @Res() response: Response) {
    this.send(response, await this.documents.applicationForm(actor, params.id));
  }

  @Get('applications/:id/documents/receipt.pdf')
  @Endpoint(contract.downloadReceipt)
  async receipt(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }, @Res() response: Response) {
    this.send(response, await this.documents.receipt(actor, params.id));
  }

  @Get('verify/:code')
  @Endpoint(contract.verifyDocument)
  verify(@Validated('params') params: { code: string }) {
    return this.documents.verify(params.code);
  }

  @Get('calls/:id/applications.xlsx')
  @Endpoint(contract.exportCallSummary)
  async callSummary(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }, @Res() response: Response) {
    const { body, fileName } = await this.documents.callSummary(actor, params.id);
    response.status(200);
    response.setHeader('Content-Type', XLSX);
    response.setHeader('Content-Length', String(body.length));
    response.setHeader('Content-Disposition', contentDisposition(fileName));
    response.setHeader('Cache-Control', 'private, no-store');
    response.end(body);
  }

  private send(response: Response, download: DocumentDownload): void {
    response.status(200);
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Length', String(download.size));
    response.setHeader('Content-Disposition', contentDisposition(download.fileName));
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('X-Verification-Code', download.code);
    if (Buffer.isBuffer(download.body)) {
      response.end(download.body);
      return;
    }
    pipeline(download.body, response, (error) => {
      if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') this.logger.event('error', 'documents', 'download failed mid-stream', { fileName: download.fileName, error: error.message });
    });
  }
}
