/** Kinds of partner organisation in a MEAM area. */
export const ORGANISATION_KINDS = [
  'PRISON',
  'PROBATION',
  'COUNCIL_HOUSING',
  'NHS_MENTAL_HEALTH',
  'DRUG_AND_ALCOHOL',
  'POLICE',
  'DWP',
  'CHARITY',
  'PEER_SUPPORT',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  PRISON: 'Prison',
  PROBATION: 'Probation',
  COUNCIL_HOUSING: 'Council housing',
  NHS_MENTAL_HEALTH: 'NHS mental health',
  DRUG_AND_ALCOHOL: 'Drug and alcohol service',
  POLICE: 'Police',
  DWP: 'DWP',
  CHARITY: 'Charity',
  PEER_SUPPORT: 'Peer support',
};
