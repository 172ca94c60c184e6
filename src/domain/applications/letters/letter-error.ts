/** A letter cannot be built from the case as it stands; `problems` say why, in Chinese. */
export class LetterError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'LetterError';
    this.problems = problems;
  }
}
