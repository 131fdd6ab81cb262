import type { ReferralStep } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { rows } from '../../core/sql.js';
import type { ReferralChangedEvent } from './referral.topics.js';
import type {
  Referral,
  ReferralFigures,
  ReferralFilter,
  ReferralInboxSummary,
  ReferralKind,
  ReferralStepInput,
  SendReferralInput,
} from './referral.types.js';

const notYet = () => new DomainError('INTERNAL_SERVER_ERROR' as never, 'Referrals are not available yet.');

/** Referrals between organisations about one person (issue #17). */
export class ReferralService {
  constructor(private readonly deps: { dataSource: DataSource }) {}

  async kinds(): Promise<ReferralKind[]> {
    return rows<ReferralKind>(
      this.deps.dataSource,
      `SELECT code, label, response_working_days AS "responseWorkingDays", active FROM referral_kind ORDER BY position, label`,
    );
  }

  async list(_viewer: Viewer, _filter: ReferralFilter | null, _personFields: Set<string>, _onlyId: string | null = null): Promise<Referral[]> {
    throw notYet();
  }

  async one(_viewer: Viewer, _id: string, _personFields: Set<string>): Promise<Referral> {
    throw notYet();
  }

  async inbox(_viewer: Viewer): Promise<ReferralInboxSummary> {
    throw notYet();
  }

  async send(_viewer: Viewer, _input: SendReferralInput): Promise<string> {
    throw notYet();
  }

  async step(_viewer: Viewer, _step: ReferralStep, _input: ReferralStepInput): Promise<string> {
    throw notYet();
  }

  async figures(_viewer: Viewer, _from: string | null, _to: string | null): Promise<ReferralFigures> {
    throw notYet();
  }

  async figuresCsv(_viewer: Viewer, _from: string | null, _to: string | null): Promise<string> {
    throw notYet();
  }

  async changeVisibleTo(viewer: Viewer, event: ReferralChangedEvent): Promise<boolean> {
    return viewer.organisationId === event.sendingOrganisationId || viewer.organisationId === event.receivingOrganisationId;
  }
}
