/** The time source. Production uses the system clock; tests substitute one they can move forward. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * The system clock shifted by whole days, for a training or rehearsal environment (`CLOCK_OFFSET_DAYS`): staff can
 * walk a call through its deadlines and a 公示 through its end without waiting. Never in production (the config refuses).
 */
export class OffsetClock extends Clock {
  constructor(private readonly offsetDays: number) {
    super();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetDays * 86_400_000);
  }
}

/** A clock for tests: starts at a given instant and moves only when told. */
export class ManualClock extends Clock {
  private current: number;

  constructor(start: Date = new Date()) {
    super();
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
