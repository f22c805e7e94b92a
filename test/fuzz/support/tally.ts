/** Counts of one suite, printed once so the closing note can quote them. */
export class Tally {
  cases = 0;
  refused = 0;
  loaded = 0;
  readonly crashes: string[] = [];

  constructor(
    private readonly suite: string,
    private readonly acceptedWord = 'loaded',
    private readonly refusedWord = 'refused with a message',
  ) {}

  crash(description: string, why: string): void {
    this.crashes.push(`${description}: ${why}`);
  }

  line(): string {
    return `fuzz ${this.suite}: ${this.cases} cases, ${this.refused} ${this.refusedWord}, ${this.loaded} ${this.acceptedWord}, ${this.crashes.length} crashed`;
  }
}
