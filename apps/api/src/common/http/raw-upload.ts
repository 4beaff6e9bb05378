import type { Socket } from 'node:net';
import type { Request, Response } from 'express';
import type { UploadInput } from '../../attachments/attachments.service';

/** How long a refused upload's connection stays half-closed for the client to read the answer. */
const LINGER_MS = 5_000;

/**
 * Hands a raw-body upload (the request stream itself, with its headers) to `intake`. If the upload is refused
 * before the whole body arrived, the answer closes the connection (see `closeAfterAnswer`).
 */
export async function receiveRawUpload<T>(request: Request, response: Response, intake: (upload: UploadInput) => Promise<T>): Promise<T> {
  try {
    return await intake({
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

/** The first value of a request header. */
export function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
