import { pipeline, type Readable } from 'node:stream';
import type { Response } from 'express';
import { contentDisposition } from '../../attachments/file-name';
import type { JsonLogger } from '../logging/json-logger';

/** A file the API hands out: rendered in memory (a Buffer) or streamed from storage (with its size). */
export interface FileDownload {
  body: Buffer | Readable;
  /** Required for a stream; a Buffer's length otherwise. */
  size?: number;
  fileName: string;
  contentType: string;
}

export interface SendFileOptions {
  /** Shown in the browser (`inline`) rather than saved (`attachment`, the default). */
  inline?: boolean;
  /** Default `private, no-store`: most files belong to someone. */
  cacheControl?: string;
  /** Further headers, e.g. `X-Verification-Code` or `Repr-Digest`. */
  headers?: Record<string, string>;
  /** Where a stream that fails half-way is logged (the status line has gone by then). */
  logger?: JsonLogger;
  /** Log fields naming what was sent. */
  context?: { area: string; [field: string]: unknown };
}

/**
 * Answers 200 with a file: type, length, a UTF-8 file name (RFC 5987), caching, then the bytes. One place for every
 * download route, so they all send the same headers the same way.
 */
export function sendFile(response: Response, file: FileDownload, options: SendFileOptions = {}): void {
  const size = Buffer.isBuffer(file.body) ? file.body.length : file.size!;
  const disposition = contentDisposition(file.fileName);
  response.status(200);
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Length', String(size));
  response.setHeader('Content-Disposition', options.inline ? disposition.replace(/^attachment/, 'inline') : disposition);
  response.setHeader('Cache-Control', options.cacheControl ?? 'private, no-store');
  for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
  if (Buffer.isBuffer(file.body)) {
    response.end(file.body);
    return;
  }
  pipeline(file.body, response, (error) => {
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      const { area, ...fields } = options.context ?? { area: 'http' };
      options.logger?.event('error', area, 'download failed mid-stream', { fileName: file.fileName, ...fields, error: error.message });
    }
  });
}
