/** A report source (file or address) that could not be read; the message is for the user, in Chinese. */
export class ReportSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportSourceError';
  }
}
