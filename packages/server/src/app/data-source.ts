import type { DataSource } from 'typeorm';
import { createDataSource, type DataSourceOptions } from '../core/data-source.js';
import { Foundation1763856000000 } from '../migrations/1763856000000-Foundation.js';
import { PersonRecord1763942400000 } from '../migrations/1763942400000-PersonRecord.js';
import { Actions1764028800000 } from '../migrations/1764028800000-Actions.js';
import { Huddles1764115200000 } from '../migrations/1764115200000-Huddles.js';
import { ReleasePlanning1764201600000 } from '../migrations/1764201600000-ReleasePlanning.js';
import { NameSearchIndex1764288000000 } from '../migrations/1764288000000-NameSearchIndex.js';
import { AgendaDisclosure1764374400000 } from '../migrations/1764374400000-AgendaDisclosure.js';
import { ErasableMinutesAndNotifications1764460800000 } from '../migrations/1764460800000-ErasableMinutesAndNotifications.js';
import { SharedAgendaText1764547200000 } from '../migrations/1764547200000-SharedAgendaText.js';
import { TwoFactorAndMisuse1764892800000 } from '../migrations/1764892800000-TwoFactorAndMisuse.js';
import { MinutesSignOff1764633600000 } from '../migrations/1764633600000-MinutesSignOff.js';
import { RetentionAndRights1764806400000 } from '../migrations/1764806400000-RetentionAndRights.js';
import { AuditPartitions1765152000000 } from '../migrations/1765152000000-AuditPartitions.js';
import { AccessRequests1765324800000 } from '../migrations/1765324800000-AccessRequests.js';
import { Referrals1765411200000 } from '../migrations/1765411200000-Referrals.js';
import { NameSearchAtScale1765584000000 } from '../migrations/1765584000000-NameSearchAtScale.js';
import { PersonMerge1765497600000 } from '../migrations/1765497600000-PersonMerge.js';
import { ReleaseTime1765670400000 } from '../migrations/1765670400000-ReleaseTime.js';
import { PersonSearchKey1766275200000 } from '../migrations/1766275200000-PersonSearchKey.js';
import { ActionAgendaItemIndex1766793600000 } from '../migrations/1766793600000-ActionAgendaItemIndex.js';
import { PeerMentors1766102400000 } from '../migrations/1766102400000-PeerMentors.js';
import { InformationGovernance1764720000000 } from '../migrations/1764720000000-InformationGovernance.js';
import { MeetingPresence1764662400000 } from '../migrations/1764662400000-MeetingPresence.js';
import { Session } from '../modules/auth/session.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { User } from '../modules/user/user.entity.js';

/** Every entity, listed by hand so that bundlers and tests need no file globs. */
export const ENTITIES = [Organisation, User, Session];
/** Every migration, in order. Schema changes happen only here, never through `synchronize`. */
export const MIGRATIONS = [
  Foundation1763856000000,
  PersonRecord1763942400000,
  Actions1764028800000,
  Huddles1764115200000,
  ReleasePlanning1764201600000,
  NameSearchIndex1764288000000,
  AgendaDisclosure1764374400000,
  ErasableMinutesAndNotifications1764460800000,
  SharedAgendaText1764547200000,
  MinutesSignOff1764633600000,
  MeetingPresence1764662400000,
  InformationGovernance1764720000000,
  RetentionAndRights1764806400000,
  TwoFactorAndMisuse1764892800000,
  AuditPartitions1765152000000,
  AccessRequests1765324800000,
  Referrals1765411200000,
  PersonMerge1765497600000,
  NameSearchAtScale1765584000000,
  ReleaseTime1765670400000,
  PeerMentors1766102400000,
  PersonSearchKey1766275200000,
  ActionAgendaItemIndex1766793600000,
];

/** Creates (but does not connect) the application's data source: the core's, with every entity and migration. */
export function createAppDataSource(opts: DataSourceOptions): DataSource {
  return createDataSource({ ...opts, entities: ENTITIES, migrations: MIGRATIONS });
}
