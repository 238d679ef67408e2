import type { AuditJob, JobEvent } from './audit-job';

/** Page → audit worker. A new `run` replaces any earlier one; `cancel` stops the named run. */
export type AuditRequest = { type: 'run'; job: AuditJob } | { type: 'cancel'; runId: number };

/** Audit worker → page: the running job's events. */
export type AuditResponse = JobEvent;
