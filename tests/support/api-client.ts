/**
 * A signed-in HTTP client for cross-app tests: the session and CSRF cookies of a sign-in, sent back with the CSRF
 * header on writes, as the apps do. For steps a test does not need to click through (they have their own UI tests).
 */
export class ApiClient {
  private constructor(
    private readonly baseUrl: string,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  static async signIn(baseUrl: string, login: string, password: string): Promise<ApiClient> {
    const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: baseUrl },
      body: JSON.stringify({ login, password }),
    });
    if (response.status !== 200) throw new Error(`sign-in of ${login} answered ${response.status}: ${await response.text()}`);
    const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0]);
    const csrf = cookies.find((cookie) => cookie.startsWith('shifan_csrf='))?.split('=')[1] ?? '';
    return new ApiClient(baseUrl, cookies.join('; '), decodeURIComponent(csrf));
  }

  // The answers are JSON of many shapes; tests read the fields they assert.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
    const raw = body instanceof Buffer;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        Cookie: this.cookie,
        Origin: this.baseUrl,
        'X-CSRF-Token': this.csrf,
        ...(body === undefined ? {} : { 'Content-Type': raw ? 'application/pdf' : 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : raw ? new Uint8Array(body) : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed };
  }

  get(path: string) {
    return this.send('GET', path);
  }

  post(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.send('POST', path, body, headers);
  }

  put(path: string, body: unknown) {
    return this.send('PUT', path, body);
  }
}
