/** Answers kept back by the "hold" and "slow" faults, so they can be released or dropped on close. */
export class PendingReplies {
  private held: Array<() => void> = [];
  private timers = new Set<NodeJS.Timeout>();

  hold(answer: () => void): void {
    this.held.push(answer);
  }

  get heldCount(): number {
    return this.held.length;
  }

  /** Sends every held answer; returns how many there were. */
  release(): number {
    const answers = this.held;
    this.held = [];
    for (const answer of answers) answer();
    return answers.length;
  }

  delay(answer: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      answer();
    }, ms);
    this.timers.add(timer);
  }

  /** Forgets everything without answering; the server closes the sockets. */
  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.held = [];
  }
}
