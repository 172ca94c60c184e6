/** Why a source could not be read, for callers that act on the kind (the website link checker). */
export type ReportSourceFailure =
  | 'invalidUrl'
  | 'unsupportedScheme'
  | 'dnsFailure'
  | 'privateAddress'
  | 'refused'
  | 'network'
  | 'timeout'
  | 'tooLarge'
  | 'tooManyRedirects'
  | 'errorStatus'
  | 'other';

/** A report source (file or address) that could not be read; the message is for the user, in Chinese. */
export class ReportSourceError extends Error {
  readonly failure: ReportSourceFailure;
  /** The HTTP status, for `errorStatus`. */
  readonly status: number | null;
  constructor(message: string, details: { failure?: ReportSourceFailure; status?: number } = {}) {
    super(message);
    this.name = 'ReportSourceError';
    this.failure = details.failure ?? 'other';
    this.status = details.status ?? null;
  }
}
