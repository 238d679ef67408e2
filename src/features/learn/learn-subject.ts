import type { InspectionReport } from '../../core/inspect-token';
import type { SecretEncoding } from '../../core/keys/decode-secret';

/** What every part of the learn view explains: the learner's token (as typed and as inspected) and key. */
export interface LearnSubject {
  tokenText: string;
  report: InspectionReport;
  keyText: string;
  secretEncoding: SecretEncoding;
}
