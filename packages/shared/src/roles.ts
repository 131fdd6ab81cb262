/** The one role each user holds. Order matters only for display. */
export const ROLES = ['PRACTITIONER', 'COORDINATOR', 'MANAGER', 'ADMIN', 'PEER_MENTOR'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  PRACTITIONER: 'Practitioner',
  COORDINATOR: 'Coordinator',
  MANAGER: 'Manager',
  ADMIN: 'Administrator',
  PEER_MENTOR: 'Peer mentor',
};

/** Areas of the app, and which roles see each one in the navigation. */
export const NAV_AREAS = [
  { key: 'my-work', label: 'My work', path: '/', roles: ['PRACTITIONER', 'COORDINATOR', 'MANAGER'] },
  // A peer mentor works only with the people referred to them: People is their whole app.
  { key: 'people', label: 'People', path: '/people', roles: ['PRACTITIONER', 'COORDINATOR', 'MANAGER', 'PEER_MENTOR'] },
  { key: 'huddles', label: 'Huddles', path: '/huddles', roles: ['PRACTITIONER', 'COORDINATOR', 'MANAGER'] },
  { key: 'actions', label: 'Actions', path: '/actions', roles: ['COORDINATOR', 'MANAGER'] },
  { key: 'referrals', label: 'Referrals', path: '/referrals', roles: ['PRACTITIONER', 'COORDINATOR', 'MANAGER'] },
  { key: 'releases', label: 'Releases', path: '/releases', roles: ['PRACTITIONER', 'COORDINATOR', 'MANAGER'] },
  { key: 'outcomes', label: 'Outcomes', path: '/outcomes', roles: ['MANAGER'] },
  { key: 'admin', label: 'Admin', path: '/admin', roles: ['ADMIN'] },
  { key: 'duplicates', label: 'Possible duplicates', path: '/duplicates', roles: ['COORDINATOR', 'MANAGER'] },
  { key: 'governance', label: 'Governance', path: '/governance', roles: ['COORDINATOR', 'MANAGER', 'ADMIN'] },
  { key: 'agreements', label: 'Sharing agreements', path: '/agreements', roles: ['MANAGER', 'ADMIN'] },
] as const satisfies ReadonlyArray<{ key: string; label: string; path: string; roles: readonly Role[] }>;

export type NavArea = (typeof NAV_AREAS)[number];

/** The navigation areas a role may see, in display order. */
export function navAreasFor(role: Role): NavArea[] {
  return NAV_AREAS.filter((area) => (area.roles as readonly Role[]).includes(role));
}
