/** A failure that stops start-up; its message is the one line printed before the process exits. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
