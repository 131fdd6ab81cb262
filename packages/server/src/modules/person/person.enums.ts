import { asEnum } from '../../core/enums.js';
import {
  ACCOMMODATION_STATUSES,
  AGREEMENT_STATES,
  NEED_DOMAINS,
  NEED_STATUSES,
  SHARING_SECTIONS,
  SITUATION_KINDS,
  TIMES_OF_DAY,
} from '@casehuddle/shared';
import { registerEnumType } from 'type-graphql';

export const NeedDomainEnum = asEnum(NEED_DOMAINS);
export const NeedStatusEnum = asEnum(NEED_STATUSES);
export const SharingSectionEnum = asEnum(SHARING_SECTIONS);
export const SituationKindEnum = asEnum(SITUATION_KINDS);
export const AccommodationStatusEnum = asEnum(ACCOMMODATION_STATUSES);
export const TimeOfDayEnum = asEnum(TIMES_OF_DAY);
export const AgreementStateEnum = asEnum(AGREEMENT_STATES);
export const AccessBasisEnum = asEnum(['OWNER', 'LEAD_PROFESSIONAL', 'BREAK_GLASS', 'AGREEMENT', 'PEER_MENTOR', 'NONE'] as const);
export const PersonPartEnum = asEnum([
  'PROFILE',
  'SITUATION',
  'STORY',
  'NEED',
  'PREFERENCES',
  'RISK',
  'LEADS',
  'SHARING',
  'TIMELINE',
  'LOCKDOWN',
  'RESTRICTION',
] as const);
export type PersonPart = keyof typeof PersonPartEnum;

registerEnumType(NeedDomainEnum, { name: 'NeedDomain', description: 'The seven resettlement pathways.' });
registerEnumType(NeedStatusEnum, { name: 'NeedStatus' });
registerEnumType(SharingSectionEnum, { name: 'SharingSection', description: 'A part of a record that an agreement-to-share can cover.' });
registerEnumType(SituationKindEnum, { name: 'SituationKind' });
registerEnumType(AccommodationStatusEnum, { name: 'AccommodationStatus' });
registerEnumType(TimeOfDayEnum, { name: 'TimeOfDay' });
registerEnumType(AgreementStateEnum, {
  name: 'AgreementState',
  description: 'Active, expiring (30 days or fewer), expired or withdrawn: computed from today’s date.',
});
registerEnumType(AccessBasisEnum, { name: 'AccessBasis', description: 'Why the viewer may see the record.' });
registerEnumType(PersonPartEnum, { name: 'PersonPart', description: 'A part of a record that changed.' });
