import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '../auth/actor';
import { sendFile } from '../common/http/downloads';
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

  @Get('applications/:id/documents/signing-copy.pdf')
  @Endpoint(contract.downloadSigningCopy)
  async signingCopy(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }, @Res() response: Response) {
    this.send(response, await this.documents.signingCopy(actor, params.id));
  }

  @Get('applications/:id/documents')
  @Endpoint(contract.applicationDocuments)
  overview(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.documents.overview(actor, params.id);
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
    sendFile(response, { body, fileName, contentType: XLSX });
  }

  private send(response: Response, download: DocumentDownload): void {
    sendFile(response, { ...download, contentType: 'application/pdf' }, { headers: { 'X-Verification-Code': download.code }, logger: this.logger, context: { area: 'documents' } });
  }
}
