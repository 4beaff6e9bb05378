import fs from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

export interface WebApp {
  /** URL prefix: '/' for the enterprise app, '/review' for the reviewer app. */
  mount: string;
  distDir: string;
}

/**
 * Serves a built single-page app: hashed assets cached for a year, index.html never cached, and unknown paths
 * below the mount answered with index.html so client-side routes survive a reload. `/api` is never touched.
 */
export function serveSpa(app: WebApp): RequestHandler[] {
  const index = path.join(app.distDir, 'index.html');
  const files = express.static(app.distDir, {
    index: 'index.html',
    setHeaders(res, filePath) {
      res.setHeader('Cache-Control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fallback = (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.originalUrl.startsWith('/api') || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  return [files, fallback];
}

export function isBuilt(app: WebApp): boolean {
  return fs.existsSync(path.join(app.distDir, 'index.html'));
}
