import { HEALTH_PATH } from '@shifan/ui';
import { useEffect, useState } from 'react';

const TICK_MS = 60_000;

/**
 * "Now" by the server's clock, which decides whether a call is open: the offset from the `Date` header of one
 * `GET /api/health`, then a fresh value every minute so phases roll over while the page is open. Until the answer
 * arrives (or if it carries no date) the browser's clock stands in. The value only changes on those occasions, so it
 * can be a memo dependency.
 */
export function useServerNow(): Date {
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const controller = new AbortController();
    let offset = 0;
    const sent = Date.now();
    fetch(HEALTH_PATH, { signal: controller.signal, credentials: 'same-origin', cache: 'no-store' }).then(
      (response) => {
        const header = response.headers.get('date');
        const server = header ? Date.parse(header) : Number.NaN;
        if (!Number.isFinite(server)) return;
        // The header has whole seconds; take the middle of the round trip as the moment it was written.
        offset = server - (sent + Date.now()) / 2;
        setNow(new Date(Date.now() + offset));
      },
      () => undefined,
    );
    const timer = window.setInterval(() => setNow(new Date(Date.now() + offset)), TICK_MS);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, []);

  return now;
}
