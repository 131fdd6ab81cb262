import { Navigate, NavLink, Route, Routes } from 'react-router';
import type { Role } from '@casehuddle/shared';
import { NotFoundPage } from '../../../app/layout/NotFoundPage';
import { useCurrentUser } from '../../auth/session';
import { BreakGlassReviewPage } from './BreakGlassReviewPage';
import { BulkReadAlertsPage } from './BulkReadAlertsPage';
import { IncidentFormPage } from './IncidentFormPage';
import { IncidentsPage } from './IncidentsPage';
import { LogRightsRequestPage } from './LogRightsRequestPage';
import { RetentionPage } from './RetentionPage';
import { RightsRegisterPage } from './RightsRegisterPage';
import { RightsRequestPage } from './RightsRequestPage';

/** The governance pages, and who each is for (the server enforces the same). */
const SECTIONS: ReadonlyArray<{ path: string; label: string; roles: readonly Role[] }> = [
  { path: 'retention', label: 'Retention review', roles: ['COORDINATOR', 'MANAGER', 'ADMIN'] },
  { path: 'rights', label: 'Rights requests', roles: ['COORDINATOR', 'MANAGER'] },
  { path: 'break-glass', label: 'Break-glass reviews', roles: ['MANAGER'] },
  { path: 'alerts', label: 'Misuse alerts', roles: ['MANAGER'] },
  { path: 'incidents', label: 'Incident log', roles: ['MANAGER'] },
];

/** The governance pages' own navigation: only the pages the signed-in role may use. */
function GovernanceNavigation({ sections }: { sections: typeof SECTIONS }) {
  return (
    <nav className="moj-sub-navigation" aria-label="Governance">
      <ul className="moj-sub-navigation__list">
        {sections.map((section) => (
          <li className="moj-sub-navigation__item" key={section.path}>
            <NavLink className="moj-sub-navigation__link" to={`/governance/${section.path}`}>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Information governance at /governance: the retention review and the rights requests register,
 * and, for managers, the break-glass review queue, misuse alerts and the incident log.
 */
export default function GovernanceRoutes() {
  const user = useCurrentUser();
  const sections = SECTIONS.filter((s) => s.roles.includes(user.role));
  const allowed = (path: string) => sections.some((s) => s.path === path);
  return (
    <>
      <GovernanceNavigation sections={sections} />
      <Routes>
        <Route index element={<Navigate to={sections[0]?.path ?? 'retention'} replace />} />
        {allowed('retention') ? <Route path="retention" element={<RetentionPage />} /> : null}
        {allowed('rights') ? (
          <>
            <Route path="rights" element={<RightsRegisterPage />} />
            <Route path="rights/new" element={<LogRightsRequestPage />} />
            <Route path="rights/:id" element={<RightsRequestPage />} />
          </>
        ) : null}
        {allowed('break-glass') ? <Route path="break-glass" element={<BreakGlassReviewPage />} /> : null}
        {allowed('alerts') ? <Route path="alerts" element={<BulkReadAlertsPage />} /> : null}
        {allowed('incidents') ? (
          <>
            <Route path="incidents" element={<IncidentsPage />} />
            <Route path="incidents/new" element={<IncidentFormPage />} />
            <Route path="incidents/:id" element={<IncidentFormPage />} />
          </>
        ) : null}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
