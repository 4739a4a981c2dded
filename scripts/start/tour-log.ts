import { appendFileSync } from 'node:fs';

/** A failure the user can act on: `message` is plain words, `detail` the technical cause. */
export class TourError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** Runs `work`; if it throws, throws a TourError that says what did not happen, in plain words. */
export async function expectTo<T>(work: Promise<T>, failure: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof TourError) throw error;
    throw new TourError(failure, firstLine(error));
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

export type TourLog = {
  /** One line, on the terminal and in tour.log, with the seconds since the start. */
  line(text: string): void;
  /** A numbered step: its title, then "ok" with its duration, or the reason it failed. */
  step<T>(title: string, work: () => Promise<T>): Promise<T>;
  elapsedSeconds(): string;
  /** Drops every later line: the run is over. */
  mute(): void;
};

/** Writes to the terminal and, when a file is given, appends the same lines to it. */
export function createTourLog(file?: string): TourLog {
  const started = Date.now();
  let steps = 0;
  let muted = false;
  const seconds = (since: number): string => ((Date.now() - since) / 1000).toFixed(1);
  const line = (text: string): void => {
    if (muted) return;
    const stamped = `[${seconds(started).padStart(5)}s] ${text}`;
    console.log(stamped);
    if (file) appendFileSync(file, `${stamped}\n`);
  };
  return {
    line,
    elapsedSeconds: () => seconds(started),
    mute: () => {
      muted = true;
    },
    async step(title, work) {
      steps += 1;
      const number = steps;
      const stepStarted = Date.now();
      line(`${number}. ${title}`);
      try {
        const result = await work();
        line(`   ok (${seconds(stepStarted)} s)`);
        return result;
      } catch (error) {
        const reason = firstLine(error);
        line(`   FAILED: ${reason}`);
        if (error instanceof TourError && error.detail) line(`   (${error.detail})`);
        throw new TourError(`Step ${number} (${title}) failed: ${reason}`);
      }
    },
  };
}
