import { Navigate, NavLink, Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../app/layout/NotFoundPage';
import { BreakGlassReviewPage } from './BreakGlassReviewPage';
import { BulkReadAlertsPage } from './BulkReadAlertsPage';
import { IncidentFormPage } from './IncidentFormPage';
import { IncidentsPage } from './IncidentsPage';

const SECTIONS = [
  { path: '/governance/break-glass', label: 'Break-glass reviews' },
  { path: '/governance/alerts', label: 'Misuse alerts' },
  { path: '/governance/incidents', label: 'Incident log' },
];

/** The governance pages' own navigation. */
function GovernanceNavigation() {
  return (
    <nav className="moj-sub-navigation" aria-label="Governance">
      <ul className="moj-sub-navigation__list">
        {SECTIONS.map((section) => (
          <li className="moj-sub-navigation__item" key={section.path}>
            <NavLink className="moj-sub-navigation__link" to={section.path}>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Managers' governance area: the break-glass review queue, misuse alerts and the incident log. */
export function GovernanceRoutes() {
  return (
    <>
      <GovernanceNavigation />
      <Routes>
        <Route index element={<Navigate to="break-glass" replace />} />
        <Route path="break-glass" element={<BreakGlassReviewPage />} />
        <Route path="alerts" element={<BulkReadAlertsPage />} />
        <Route path="incidents" element={<IncidentsPage />} />
        <Route path="incidents/new" element={<IncidentFormPage />} />
        <Route path="incidents/:id" element={<IncidentFormPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}

export default GovernanceRoutes;
